import { ManifestSchema, FORMAT_VERSION, type Dataset, type Manifest } from '../model/schema.ts';
import { ingestDocument, type IngestResult } from './ingest-document.ts';
import { ingestTableDocument } from './ingest-tables.ts';
import { ingestUpload } from './ingest-upload.ts';
import type { TableDocument } from './table/table-model.ts';
import type { DocumentSummary } from './summary.ts';
import { withDatasetId } from './with-dataset-id.ts';

export interface SourceDocument {
  /** Path as recorded in the data, relative to the project ("seeds/000_….txt"). */
  file: string;
  /** The document's text (a .txt or .csv); '' for a document read into `tables`. */
  text: string;
  /** A .docx / .xlsx / .html already read into tables (reading them is asynchronous). */
  tables?: TableDocument;
}

export interface DataFiles {
  /** Files to write under data/, keyed by name relative to data/ ("manifest.json", "gangkou-2021.json", "sources/gangkou-2021.txt"). */
  files: Map<string, string>;
  summaries: DocumentSummary[];
  /** One message per document that could not be ingested, naming its file. */
  failures: string[];
}

/** Serialises JSON the one way data/ is written, so two runs give byte-identical files. */
export function toJsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Ingests every document (in file-name order) and returns the contents of data/: one
 * dataset file per document and the manifest. A document that fails is reported in
 * `failures` and left out; the others are still produced. `unitAliases` names the hand-kept alias table in the manifest.
 */
export function buildDataFiles(documents: readonly SourceDocument[], options: { unitAliases?: string } = {}): DataFiles {
  const files = new Map<string, string>();
  const summaries: DocumentSummary[] = [];
  const failures: string[] = [];
  const datasets: Dataset[] = [];
  const sorted = [...documents].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const doc of sorted) {
    const result = ingestOne(doc);
    if (!result.ok) {
      failures.push(result.message);
      continue;
    }
    const unique = withUniqueId(result.dataset, datasets);
    // the document's text ships beside its dataset, so the dashboard can show each task in its source
    const sourceText = `sources/${unique.id}.txt`;
    const dataset: Dataset = { ...unique, sourceText };
    datasets.push(dataset);
    summaries.push({ ...result.summary, id: dataset.id });
    files.set(`${dataset.id}.json`, toJsonFile(dataset));
    // a document read into tables ships its text view, the lines `source.line` counts in
    files.set(sourceText, sourceTextFile(doc.tables ? doc.tables.lines.join('\n') : doc.text));
  }
  const manifest: Manifest = ManifestSchema.parse({
    version: FORMAT_VERSION,
    datasets: datasets.map((d) => ({
      id: d.id,
      file: `${d.id}.json`,
      region: d.region,
      ...(d.divisionCode ? { divisionCode: d.divisionCode } : {}),
      title: d.title,
      source: d.source,
      taskCount: d.tasks.length,
    })),
    // the alias table is kept by hand beside the datasets; the manifest names it so the dashboard asks for it only then
    ...(options.unitAliases ? { unitAliases: options.unitAliases } : {}),
  });
  files.set('manifest.json', toJsonFile(manifest));
  return { files, summaries, failures };
}

/** The text as the ingest reads it: no byte-order mark, "\n" line ends, so line numbers match `source.line`. */
export function sourceTextFile(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** A .txt through the text layouts, a .csv/.tsv as an imported CSV is read, tables through the table step. */
function ingestOne(doc: SourceDocument): IngestResult {
  if (doc.tables) return ingestTableDocument(doc.file, doc.tables);
  if (!/\.(csv|tsv)$/i.test(doc.file)) return ingestDocument(doc.file, doc.text);
  const csv = ingestUpload(doc.file, new TextEncoder().encode(doc.text), { existingIds: [] });
  return csv.ok ? { ok: true, dataset: csv.dataset, summary: csv.summary } : { ok: false, file: doc.file, message: csv.message };
}

function withUniqueId(dataset: Dataset, earlier: readonly Dataset[]): Dataset {
  if (!earlier.some((d) => d.id === dataset.id)) return dataset;
  let n = 2;
  while (earlier.some((d) => d.id === `${dataset.id}-${n}`)) n++;
  return withDatasetId(dataset, `${dataset.id}-${n}`);
}
