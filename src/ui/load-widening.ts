/** The narrowed start of a load ends when no file has answered for this long: a slow file must not hold the others back... */
const STALL_MS = 1000;
/** ...or this long after its first batch is shown, if no chart has drawn it by then (a view without charts). */
const DRAWN_WITHIN_MS = 1500;

/** See createWidening. */
export interface LoadWidening {
  widened: Promise<void>;
  widen: () => void;
  widenOnceDrawn: () => void;
  noteProgress: () => void;
}

/**
 * When a load's narrow start (LoadOptions.narrowStart) ends: `widened` settles on `widen()`, once the charts are drawn
 * after `widenOnceDrawn()` (the first batch is on screen; `afterChartsDrawn` says when they are), or STALL_MS after
 * the last `noteProgress()` (the manifest read, each file answered) while no batch was shown.
 */
export function createWidening(afterChartsDrawn: (callback: () => void) => () => void): LoadWidening {
  let settle: () => void = () => undefined;
  const widened = new Promise<void>((resolve) => (settle = resolve));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopWaitingForCharts: () => void = () => undefined;
  let waitingForCharts = false;
  let done = false;
  const widen = () => {
    done = true;
    clearTimeout(timer);
    stopWaitingForCharts();
    settle();
  };
  const noteProgress = () => {
    if (done || waitingForCharts) return;
    clearTimeout(timer);
    timer = setTimeout(widen, STALL_MS);
  };
  const widenOnceDrawn = () => {
    // the first batch shown starts the wait; later batches change nothing
    if (done || waitingForCharts) return;
    waitingForCharts = true;
    clearTimeout(timer);
    timer = setTimeout(widen, DRAWN_WITHIN_MS);
    stopWaitingForCharts = afterChartsDrawn(widen);
  };
  return { widened, widen, widenOnceDrawn, noteProgress };
}

