import type { FetchLike, ResponseLike } from './fetch-text.ts';

/**
 * What the page got for a file it fetched before the validation workers were up (the manifest: the workers take
 * 0.3–0.5 s to start, and the manifest then queued behind the view's scripts): the answer's status, final URL and
 * body — or 'fetch' when anything was unusual (no answer, a body too large to read on the page, a read that broke
 * off), and the worker then fetches the file itself, so every failure is reported exactly as before.
 */
export type PrefetchedAnswer = { status: number; url: string; body: ArrayBuffer | null } | 'fetch';

/** The part of a fetch Response the page's prefetch reads. */
export interface PrefetchResponse {
  ok: boolean;
  status: number;
  url: string;
  headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Fetches `url` on the page. The body is read only for a success whose announced length is within `maxBytes`; an
 * error status keeps no body (the worker reports the status, as for its own fetch).
 */
export async function prefetchFile(fetchFn: (url: string) => Promise<PrefetchResponse>, url: string, maxBytes: number): Promise<PrefetchedAnswer> {
  try {
    const response = await fetchFn(url);
    if (!response.ok) return { status: response.status, url: response.url, body: null };
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) return 'fetch';
    return { status: response.status, url: response.url, body: await response.arrayBuffer() };
  } catch {
    return 'fetch';
  }
}

/**
 * In the worker: the page's answers to requests it prefetched, by request number, and a fetch for such a request
 * that waits for its answer — within the deadline the loader gives any fetch (its abort signal), so a page that never
 * gets an answer times out exactly like a fetch that never does.
 */
export function createPrefetchedAnswers(fetchFn: FetchLike): { answer(seq: number, answer: PrefetchedAnswer): void; fetchFor(seq: number): FetchLike } {
  const early = new Map<number, PrefetchedAnswer>();
  const waiting = new Map<number, (answer: PrefetchedAnswer) => void>();
  const abandoned = new Set<number>();
  return {
    answer(seq, answer) {
      const settle = waiting.get(seq);
      waiting.delete(seq);
      if (settle !== undefined) settle(answer);
      else if (!abandoned.delete(seq)) early.set(seq, answer);
    },
    fetchFor: (seq) => (url, init) =>
      new Promise<ResponseLike>((resolve, reject) => {
        const settle = (answer: PrefetchedAnswer) => resolve(answer === 'fetch' ? fetchFn(url, init) : replayed(answer));
        const known = early.get(seq);
        early.delete(seq);
        if (known !== undefined) return settle(known);
        waiting.set(seq, settle);
        init?.signal?.addEventListener('abort', () => {
          if (waiting.delete(seq)) abandoned.add(seq);
          reject(new Error('aborted'));
        });
      }),
  };
}

function replayed(answer: Exclude<PrefetchedAnswer, 'fetch'>): ResponseLike {
  const bytes = answer.body ?? new ArrayBuffer(0);
  return {
    ok: answer.status >= 200 && answer.status < 300,
    status: answer.status,
    url: answer.url,
    arrayBuffer: async () => bytes,
    text: async () => new TextDecoder().decode(bytes),
  };
}
