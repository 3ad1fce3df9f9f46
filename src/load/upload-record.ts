// zod/mini with the English messages, like the dataset schema (src/model/schema.ts).
import { z } from 'zod/mini';
import '../model/zod-english.ts';
import { parseDataset } from './load-file.ts';
import type { LoadFailure } from './load-result.ts';
import { RECORD_KIND, RECORD_VERSION, type UploadRecord } from './upload-file.ts';

const EnvelopeSchema = z.object({
  kind: z.literal(RECORD_KIND),
  version: z.literal(RECORD_VERSION),
  fileName: z.string().check(z.minLength(1)),
  addedAt: z.string(),
  encoding: z.string(),
  format: z.enum(['csv', 'text', 'docx', 'xlsx', 'html']),
  dataset: z.unknown(),
  sourceText: z.optional(z.string()),
});

/**
 * Reads a kept upload record, validating its dataset again like a fetched one (newer format
 * refused, schema checked); a bad record becomes a failure naming its file (or `key`), never
 * an exception.
 */
export function parseUploadRecord(text: string, key: string): { ok: true; record: UploadRecord } | { ok: false; failure: LoadFailure } {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    return { ok: false, failure: { file: key, id: key, kind: 'not-json', status: null, details: [String(error)] } };
  }
  const envelope = EnvelopeSchema.safeParse(value);
  if (!envelope.success) {
    const details = envelope.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
    return { ok: false, failure: { file: key, id: key, kind: 'schema', status: null, details } };
  }
  const { fileName, addedAt, encoding, format, dataset, sourceText } = envelope.data;
  const parsed = parseDataset(dataset, fileName, key);
  if ('kind' in parsed) return { ok: false, failure: parsed };
  return { ok: true, record: { fileName, addedAt, encoding, format, dataset: parsed.dataset, ...(sourceText === undefined ? {} : { sourceText }) } };
}
