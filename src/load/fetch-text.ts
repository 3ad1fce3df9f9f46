import { digestBytes } from './content-digest.ts';
import { fetchFailureKey } from './load-keys.ts';

/** The part of a fetch Response the loader reads; tests pass fakes with only `ok`, `status` and `text()`. */
export interface ResponseLike {
  ok: boolean;
  status: number;
  /** The URL after redirects (empty or absent for fakes: then the requested URL counts). */
  url?: string;
  /** Read chunk by chunk so a size cap holds before the whole body is in memory. */
  body?: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
  /** For binary files (the compact encoding) when there is no `body` to stream. */
  arrayBuffer?(): Promise<ArrayBuffer>;
}

/** The part of `fetch` the loader uses, so tests can pass a fake; `signal` aborts a request past its deadline. */
export type FetchLike = (url: string, init?: { signal?: AbortSignal }) => Promise<ResponseLike>;

/** Limits on one request. */
export interface FetchLimits {
  /** The whole request (headers and body) must be done within this many ms. */
  timeoutMs: number;
  /** Bodies longer than this (after any gzip is undone) are refused. */
  maxBytes: number;
  /** The answer must come from a URL starting with this (the app's data folder), even after redirects. */
  folder: string;
}

// in a module of their own, so the page's early manifest fetch (use-datasets.ts) can read them without this code
export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './fetch-defaults.ts';

/** Why a request gave no text. */
export type FetchTextFailure =
  | { kind: 'missing' | 'http'; status: number; details: string[] }
  | { kind: 'timeout' | 'too-large' | 'outside' | 'network'; status: null; details: string[] };

/** `digest`: the body's fingerprint (content-digest.ts), which a refresh compares to skip files that did not change. */
export type FetchedText = { ok: true; text: string; digest: string } | { ok: false; failure: FetchTextFailure };

export type FetchedBytes = { ok: true; bytes: Uint8Array; digest: string } | { ok: false; failure: FetchTextFailure };

/**
 * Fetches `url` as text within `limits`: never waits past the deadline, never reads more than
 * maxBytes, refuses an answer that redirected out of the folder, and decodes UTF-8 (BOM dropped)
 * or UTF-16 (recognised by BOM or by the zero bytes of its ASCII characters). Never throws.
 */
export async function fetchText(fetchFn: FetchLike, url: string, limits: FetchLimits): Promise<FetchedText> {
  const got = await fetchBody(fetchFn, url, limits);
  return got.ok ? { ok: true, text: typeof got.body === 'string' ? got.body : decodeJsonBytes(got.body), digest: digestOf(got.body) } : got;
}

/** Fetches `url` as bytes within `limits`, with the same guarantees as fetchText (deadline, size cap, folder). Never throws. */
export async function fetchBytes(fetchFn: FetchLike, url: string, limits: FetchLimits): Promise<FetchedBytes> {
  const got = await fetchBody(fetchFn, url, limits);
  return got.ok ? { ok: true, bytes: typeof got.body === 'string' ? new TextEncoder().encode(got.body) : got.body, digest: digestOf(got.body) } : got;
}

/**
 * Only the fingerprint of the body at `url` (fetched within `limits` like fetchText), or, when there is no body, the
 * failure's kind and status: what a refresh compares with the load's own keys (load-keys.ts). Never throws.
 */
export async function fetchDigest(fetchFn: FetchLike, url: string, limits: FetchLimits): Promise<string> {
  const got = await fetchBody(fetchFn, url, limits);
  return got.ok ? digestOf(got.body) : fetchFailureKey(got.failure);
}

// a string body comes only from test fakes: fingerprinted as the UTF-8 bytes a real server would have sent
function digestOf(body: Uint8Array | string): string {
  return digestBytes(typeof body === 'string' ? new TextEncoder().encode(body) : body);
}

type FetchedBody = { ok: true; body: Uint8Array | string } | { ok: false; failure: FetchTextFailure };

async function fetchBody(fetchFn: FetchLike, url: string, limits: FetchLimits): Promise<FetchedBody> {
  const abort = typeof AbortController === 'undefined' ? null : new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), limits.timeoutMs);
  });
  const timedOut = (): FetchedBody => {
    abort?.abort();
    return { ok: false, failure: { kind: 'timeout', status: null, details: [`> ${limits.timeoutMs / 1000} s`] } };
  };
  try {
    const response = await Promise.race([fetchFn(url, abort === null ? undefined : { signal: abort.signal }), deadline]);
    if (response === 'timeout') return timedOut();
    const finalUrl = response.url !== undefined && response.url !== '' ? response.url : url;
    // The page's CSP binds the page only; a worker follows a redirect anywhere, so the check is here, in code.
    if (!finalUrl.startsWith(limits.folder)) {
      abort?.abort();
      return { ok: false, failure: { kind: 'outside', status: null, details: [finalUrl] } };
    }
    if (!response.ok) {
      return { ok: false, failure: { kind: response.status === 404 ? 'missing' : 'http', status: response.status, details: [] } };
    }
    const body = await Promise.race([readBody(response, limits.maxBytes), deadline]);
    if (body === 'timeout') return timedOut();
    if (body === 'too-large') {
      abort?.abort();
      return { ok: false, failure: { kind: 'too-large', status: null, details: [`> ${Math.round(limits.maxBytes / 1024 / 1024)} MB`] } };
    }
    return { ok: true, body };
  } catch (error) {
    return { ok: false, failure: { kind: 'network', status: null, details: [error instanceof Error ? error.message : String(error)] } };
  } finally {
    clearTimeout(timer);
  }
}

async function readBody(response: ResponseLike, maxBytes: number): Promise<Uint8Array | string | 'too-large'> {
  if (response.body === undefined || response.body === null) {
    // Fakes in tests and old browsers: the whole body at once, then the cap.
    if (response.arrayBuffer) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      return bytes.byteLength > maxBytes ? 'too-large' : bytes;
    }
    const text = await response.text();
    return text.length > maxBytes ? 'too-large' : text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel();
      return 'too-large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * Decodes a JSON file's bytes: UTF-16 when it says so by BOM or when its first characters are
 * ASCII with a zero byte beside each (Notepad's "Unicode"), else UTF-8 without a BOM.
 */
export function decodeJsonBytes(bytes: Uint8Array): string {
  const encoding = jsonEncoding(bytes);
  return new TextDecoder(encoding).decode(bytes);
}

function jsonEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'utf-16le';
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) return 'utf-16be';
  return 'utf-8';
}
