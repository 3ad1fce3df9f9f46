/** When a progressive load hands its partial result to the page. */
export interface BatchScheduleOptions {
  /** The first partial result waits this long after the start, so a quick load is shown once, whole. */
  firstAfterMs?: number;
  /** At least this long between two partial results. */
  minIntervalMs?: number;
  /** Each partial result has at least this many times the files of the one before... */
  growth?: number;
  /**
   * ...unless no file has answered for this long while some are not shown yet: a hung file stalls the load, and the
   * files that did answer must not wait for its deadline just because they are fewer than `growth` times as many.
   * A steady load never stalls, so its redraws stay geometric.
   */
  stallMs?: number;
}

/**
 * Returns a decision `(loaded, total, now) → boolean`: true when the page should redraw with
 * `loaded` of `total` files. Geometric growth bounds the redraws to about log₂(total), so
 * rebuilding the rows over everything loaded so far costs about twice one rebuild in all, not
 * quadratically more; the complete result (loaded = total) is never a batch — the load hands
 * it over itself. Pure: the start and every `now` are passed in.
 */
export function createBatchSchedule(startMs: number, options: BatchScheduleOptions = {}): (loaded: number, total: number, nowMs: number) => boolean {
  const { firstAfterMs = 250, minIntervalMs = 250, growth = 2, stallMs = 1000 } = options;
  let lastMs: number | null = null;
  let lastLoaded = 0;
  let seenLoaded = 0;
  let seenMs = startMs;
  return (loaded, total, nowMs) => {
    if (loaded !== seenLoaded) {
      seenLoaded = loaded;
      seenMs = nowMs;
    }
    if (loaded === 0 || loaded >= total) return false;
    const due = lastMs === null
      ? nowMs - startMs >= firstAfterMs
      : nowMs - lastMs >= minIntervalMs && (loaded >= lastLoaded * growth || (loaded > lastLoaded && nowMs - seenMs >= stallMs));
    if (!due) return false;
    lastMs = nowMs;
    lastLoaded = loaded;
    return true;
  };
}
