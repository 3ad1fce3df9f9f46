import { arrowFileName, textsFileName } from '../../model/arrow-layout.ts';
import { DatasetSchema, ManifestSchema, formatSchemaIssues, type Manifest, type ManifestEntry } from '../../model/schema.ts';
import { decodeArrowDataset } from '../../load/decode-arrow-dataset.ts';
import { encodeArrowDataset } from './encode-arrow-dataset.ts';

/** What converting a data folder's manifest gives: the files to write (name relative to the folder → content) and what went wrong. */
export interface ConvertedFolder {
  /** The new manifest.json and, per converted dataset, `<id>.arrow` and `<id>.texts.arrow`. */
  files: Map<string, Uint8Array | string>;
  /** Dataset files (as named in the old manifest) replaced by the compact encoding; the CLI does not copy them. */
  replaced: string[];
  /** One line per dataset converted: file, tasks, bytes before and after. */
  summaries: string[];
  /** One line per dataset left as it was, naming its file and why; it stays listed as JSON, nothing lost. */
  failures: string[];
}

/**
 * Converts every format-version-1 JSON dataset a manifest lists to the compact encoding, reading
 * each with `read` (its text, or null when missing). Each result is decoded again with the
 * dashboard's own decoder and must give back the very same dataset, or the dataset stays JSON and
 * a failure says so. Entries already "arrow" are kept as they are. Pure: the CLI does the disk.
 */
export function convertToArrow(manifestText: string, read: (file: string) => string | null): ConvertedFolder {
  const manifest: Manifest = ManifestSchema.parse(JSON.parse(manifestText));
  const files = new Map<string, Uint8Array | string>();
  const replaced: string[] = [];
  const summaries: string[] = [];
  const failures: string[] = [];
  const taken = new Set(manifest.datasets.flatMap((e) => [e.file, ...(e.texts === undefined ? [] : [e.texts])]));
  const entries: ManifestEntry[] = manifest.datasets.map((entry) => {
    if (entry.encoding === 'arrow') return entry;
    const text = read(entry.file);
    if (text === null) {
      failures.push(`${entry.file}: missing`);
      return entry;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      failures.push(`${entry.file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
      return entry;
    }
    const parsed = DatasetSchema.safeParse(value);
    if (!parsed.success) {
      failures.push(`${entry.file}: ${formatSchemaIssues(parsed.error).slice(0, 5).join('; ')}`);
      return entry;
    }
    const dataset = parsed.data;
    const encoded = encodeArrowDataset(dataset);
    const back = DatasetSchema.safeParse(decodeArrowDataset(encoded.tasks, encoded.texts));
    // Both sides went through the same schema, so their keys come in the same order.
    if (!back.success || JSON.stringify(back.data) !== JSON.stringify(dataset)) {
      failures.push(`${entry.file}: the compact encoding did not give the same dataset back; left as JSON`);
      return entry;
    }
    const file = arrowFileName(dataset.id);
    const texts = textsFileName(dataset.id);
    if ((taken.has(file) && file !== entry.file) || taken.has(texts) || files.has(file)) {
      failures.push(`${entry.file}: ${file} is already another file of the manifest; left as JSON`);
      return entry;
    }
    files.set(file, encoded.tasks);
    files.set(texts, encoded.texts);
    replaced.push(entry.file);
    summaries.push(`${entry.file} → ${file} + ${texts}: ${dataset.tasks.length} tasks, ${kib(byteLength(text))} → ${kib(encoded.tasks.byteLength)} + ${kib(encoded.texts.byteLength)}`);
    return { ...entry, file, encoding: 'arrow', texts };
  });
  files.set('manifest.json', `${JSON.stringify(ManifestSchema.parse({ ...manifest, datasets: entries }), null, 2)}\n`);
  return { files, replaced, summaries, failures };
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
