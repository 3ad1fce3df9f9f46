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
  /**
   * No batch once more than this share of the files is in, unless the load stalls: the rest follows in less time
   * than it took to get here, and rebuilding everything for a batch so close to the end only delays the whole.
   */
  lastShare?: number;
}

/**
 * Returns a decision `(loaded, total, now) → boolean`: true when the page should redraw with
 * `loaded` of `total` files. Geometric growth bounds the redraws to about log₂(total), so
 * rebuilding the rows over everything loaded so far costs about twice one rebuild in all, not
 * quadratically more; the complete result (loaded = total) is never a batch — the load hands
 * it over itself. Pure: the start and every `now` are passed in.
 */
export function createBatchSchedule(startMs: number, options: BatchScheduleOptions = {}): (loaded: number, total: number, nowMs: number) => boolean {
  const { firstAfterMs = 250, minIntervalMs = 250, growth = 2, stallMs = 1000, lastShare = 0.75 } = options;
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
    const stalled = loaded > lastLoaded && nowMs - seenMs >= stallMs;
    const early = loaded <= total * lastShare;
    const due = lastMs === null
      ? nowMs - startMs >= firstAfterMs && (early || stalled)
      : nowMs - lastMs >= minIntervalMs && ((early && loaded >= lastLoaded * growth) || stalled);
    if (!due) return false;
    lastMs = nowMs;
    lastLoaded = loaded;
    return true;
  };
}
