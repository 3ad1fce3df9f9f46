import type { ProgressManifestEntry } from '../../model/progress-schema.ts';
import type { Dataset } from '../../model/schema.ts';
import { ingestProgressForm, type ProgressTaskIndex } from './ingest-progress-form.ts';

export interface ProgressForm {
  /** Path as recorded in the data ("seeds/progress/公共服务办-2026-03.xlsx"). */
  file: string;
  bytes: Uint8Array;
}

export interface ProgressFiles {
  /** Files to write under data/ ("progress-1a2b3c4d.json"). */
  files: Map<string, string>;
  /** Manifest entries, in form file-name order (a later form wins a clash of task and date). */
  entries: ProgressManifestEntry[];
  /** One line per form: what was read and how many rows were left out. */
  summaries: string[];
  /** One message per form that is not a progress form or cannot be opened. */
  failures: string[];
}

/** Builds the index a form's rows are checked against: every task id with its indicator metrics. */
export function progressTaskIndex(datasets: readonly Dataset[]): ProgressTaskIndex {
  const tasks = new Map<string, { metrics: string[] }>();
  for (const dataset of datasets) for (const task of dataset.tasks) tasks.set(task.id, { metrics: task.indicators.map((i) => i.metric) });
  return { tasks };
}

/**
 * Reads returned forms (in file-name order) against the datasets into validated progress files
 * for data/ and their manifest entries; a form that cannot be read is a failure naming it, and the
 * others are still produced.
 */
export async function buildProgressFiles(forms: readonly ProgressForm[], datasets: readonly Dataset[], toJson: (value: unknown) => string): Promise<ProgressFiles> {
  const index = progressTaskIndex(datasets);
  const out: ProgressFiles = { files: new Map(), entries: [], summaries: [], failures: [] };
  const sorted = [...forms].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const form of sorted) {
    const result = await ingestProgressForm(form.file, form.bytes, index);
    if (!result.ok) {
      out.failures.push(result.message);
      continue;
    }
    const { progress } = result;
    const file = `${progress.id}.json`;
    out.files.set(file, toJson(progress));
    out.entries.push({ id: progress.id, file, source: progress.source, unit: progress.unit, reportDate: progress.reportDate, reportCount: progress.reports.length });
    out.summaries.push(`${form.file} → ${file}: ${progress.reports.length} reports, ${progress.warnings.length} warnings`);
  }
  return out;
}
