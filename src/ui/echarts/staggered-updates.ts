import type { EChartsType } from 'echarts/core';
import { callAllDrawn } from './charts-drawn.ts';

/** Both forms ECharts takes: setOption(option, notMerge?, lazyUpdate?) and setOption(option, { notMerge, lazyUpdate, ... }). */
type SetOptionArgs = [option: unknown, second?: boolean | { notMerge?: boolean; lazyUpdate?: boolean }, lazyUpdate?: boolean];

interface Waiting {
  /** The instance's own setOption, called when its turn comes. */
  setOptionNow: (...args: SetOptionArgs) => void;
  /** The calls since the last one that replaced the whole option (notMerge), oldest first. */
  calls: SetOptionArgs[];
}

/**
 * Methods that read or act on what a chart shows. Each first applies the chart's waiting option, so a caller (an
 * export, a tooltip action, a test reading the option) never sees an option older than the one it was handed.
 */
const READS_OPTION = ['getOption', 'getDataURL', 'getConnectedDataURL', 'getZr', 'dispatchAction', 'convertToPixel', 'convertFromPixel', 'containPixel'] as const;

/** Charts whose new option has not been drawn yet, in the order the options arrived. */
const waiting = new Map<EChartsType, Waiting>();
const staggered = new WeakSet<EChartsType>();
const errorHandlers = new WeakMap<EChartsType, (error: unknown) => void>();
let channel: MessageChannel | null = null;
let scheduled = false;

function replacesAll(args: SetOptionArgs): boolean {
  const [, second] = args;
  return second === true || (typeof second === 'object' && second.notMerge === true);
}

/** The same call, drawn at once: the turn is the chart's own task, so deferring the drawing again would only bunch it up. */
function drawnNow(args: SetOptionArgs): SetOptionArgs {
  const [option, second] = args;
  if (typeof second === 'object') return [option, { ...second, lazyUpdate: false }];
  return [option, second === true, false];
}

/** Applies a chart's waiting calls now (its turn, or a read that needs them); a disposed chart's are dropped. */
function applyWaiting(instance: EChartsType): void {
  const entry = waiting.get(instance);
  if (entry === undefined) return;
  waiting.delete(instance);
  if (instance.isDisposed()) return;
  try {
    for (const call of entry.calls) entry.setOptionNow(...drawnNow(call));
  } catch (error) {
    const handler = errorHandlers.get(instance);
    if (handler === undefined) throw error;
    handler(error);
  }
}

function schedule(): void {
  if (scheduled || waiting.size === 0) return;
  scheduled = true;
  if (channel === null) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => {
      scheduled = false;
      const next = waiting.keys().next();
      // the next chart's turn is queued before this one draws, so a chart that throws does not stop the others
      if (waiting.size > 1) schedule();
      if (next.done !== true) applyWaiting(next.value);
      if (waiting.size === 0) callAllDrawn();
    };
  }
  channel.port2.postMessage(null);
}

/**
 * Makes an ECharts instance draw each new option in a task of its own. ECharts' lazy update draws every chart whose
 * option changed in the same animation frame, so a view of six charts handed new data at once (a batch of a province's
 * load arriving) froze the page for the sum of them, 0.3 s and more at 200,000 tasks; one chart per task keeps each
 * task to one chart's drawing, with input, frames and the load's own work in between. Charts take turns in the order
 * their options arrived; a chart given a new option before its turn draws only the newest.
 */
export function staggerUpdates(instance: EChartsType): EChartsType {
  // already staggered (echarts-for-react asks init for an instance, and ECharts hands back the one a box has)
  if (staggered.has(instance)) return instance;
  staggered.add(instance);
  const setOptionNow = instance.setOption.bind(instance) as (...args: SetOptionArgs) => void;
  const setOptionInTurn = (...args: SetOptionArgs): void => {
    if (instance.isDisposed()) return;
    const entry = waiting.get(instance);
    if (entry === undefined) waiting.set(instance, { setOptionNow, calls: [args] });
    else if (replacesAll(args)) entry.calls = [args];
    else entry.calls.push(args);
    schedule();
  };
  (instance as { setOption: unknown }).setOption = setOptionInTurn;
  for (const name of READS_OPTION) {
    const method = (instance[name] as (...args: unknown[]) => unknown).bind(instance);
    (instance as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      applyWaiting(instance);
      return method(...args);
    };
  }
  return instance;
}

/**
 * Where an error thrown while the chart draws its option goes (its error boundary); without one it is thrown from the
 * chart's task, like an error of ECharts' own lazy update.
 */
export function onDrawError(instance: EChartsType, handler: (error: unknown) => void): void {
  errorHandlers.set(instance, handler);
}

/** How many charts are waiting for their turn; for tests. */
export function chartsWaiting(): number {
  return waiting.size;
}
