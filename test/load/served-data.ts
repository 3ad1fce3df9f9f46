// The bundled data/ folder as a fake server serves it, for tests of the loader: JSON as published, or converted to
// the compact encoding.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { convertToArrow } from '../../src/ingest/arrow/convert-to-arrow.ts';
import type { FetchLike } from '../../src/load/load-datasets.ts';

const DATA = join(import.meta.dirname, '../../data');
export const BASE = 'http://host/intranet/duban/data/';

export type Folder = Map<string, string | Uint8Array>;

/**
 * A fetch serving `files` (name → text or bytes) under BASE as a browser Response would (bytes via arrayBuffer), 404
 * otherwise; `requested` lists the names asked for, in order. The map may be changed between requests.
 */
export function servedFolder(files: Folder): { fetchFn: FetchLike; requested: string[] } {
  const requested: string[] = [];
  const fetchFn: FetchLike = async (url) => {
    requested.push(url.slice(BASE.length));
    const body = url.startsWith(BASE) ? files.get(url.slice(BASE.length)) : undefined;
    if (body === undefined) return { ok: false, status: 404, text: async () => 'not found' };
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    return { ok: true, status: 200, text: async () => new TextDecoder().decode(bytes), arrayBuffer: async () => bytes.slice().buffer };
  };
  return { fetchFn, requested };
}

/** The bundled datasets and manifest, as JSON text. */
export function jsonFolder(): Folder {
  return new Map(readdirSync(DATA).filter((name) => name.endsWith('.json')).map((name) => [name, readFileSync(join(DATA, name), 'utf8')]));
}

/** The bundled folder converted to the compact encoding (the JSON files kept beside); throws if a dataset fails to convert. */
export function arrowFolder(): Folder {
  const json = jsonFolder();
  const converted = convertToArrow(json.get('manifest.json') as string, (file) => (json.get(file) as string | undefined) ?? null);
  if (converted.failures.length > 0) throw new Error(converted.failures.join('\n'));
  return new Map([...json, ...converted.files]);
}
