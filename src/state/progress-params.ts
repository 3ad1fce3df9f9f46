import type { AppState } from './app-state.ts';

/** The progress colours a link can filter by (`progress=red,amber`). */
export type RagParam = 'red' | 'amber' | 'green' | 'grey';
const RAG_PARAMS: readonly RagParam[] = ['red', 'amber', 'green', 'grey'];

/** The 督办 parameters of a link, kept in the state's `extra` so the shared hash code stays as it is. */
export interface ProgressParams {
  /** Progress colours to keep; empty = all. */
  progress: RagParam[];
  /** Days before a deadline a task not done turns amber (`soon=`, default 30). */
  soon: number;
  /** The unit whose 催办单 is shown (`remind=`), or null. */
  remind: string | null;
}

export const DEFAULT_SOON = 30;

function decode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Reads `progress`, `soon` and `remind` from a state's extra parameters; malformed values fall back to defaults. */
export function parseProgressParams(state: Pick<AppState, 'extra'>): ProgressParams {
  const get = (key: string) => state.extra.find(([k]) => k === key)?.[1] ?? null;
  const progress = (get('progress') ?? '').split(',').map(decode).filter((v): v is RagParam => (RAG_PARAMS as readonly string[]).includes(v));
  const soonRaw = Number(get('soon'));
  const remind = get('remind');
  return {
    progress: [...new Set(progress)],
    soon: Number.isInteger(soonRaw) && soonRaw >= 0 && soonRaw <= 365 && get('soon') !== null ? soonRaw : DEFAULT_SOON,
    remind: remind === null || remind === '' ? null : decode(remind),
  };
}

/** Returns the state with the given 督办 parameters changed (defaults left out of the link); the inverse of parseProgressParams. */
export function withProgressParams(state: AppState, patch: Partial<ProgressParams>): AppState {
  const next = { ...parseProgressParams(state), ...patch };
  const extra = state.extra.filter(([k]) => k !== 'progress' && k !== 'soon' && k !== 'remind');
  if (next.progress.length > 0) extra.push(['progress', next.progress.join(',')]);
  if (next.soon !== DEFAULT_SOON) extra.push(['soon', String(next.soon)]);
  if (next.remind !== null) extra.push(['remind', encodeURIComponent(next.remind)]);
  return { ...state, extra };
}
