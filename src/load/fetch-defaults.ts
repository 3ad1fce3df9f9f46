/** 60 s: a slow intranet still delivers a 10 MB file; a request that never answers is given up. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** 200 MB of JSON: far above a province's data (a few MB), far below what kills a tab (a gzip bomb). */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
