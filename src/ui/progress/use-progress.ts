import { useEffect, useMemo, useState } from 'react';
import { progressByTask } from '../../analysis/progress-by-task.ts';
import { mergeProgressReports, type MergedReports } from '../../analysis/progress-reports.ts';
import type { TaskProgress } from '../../analysis/progress-status.ts';
import type { TaskRow } from '../../analysis/task-row.ts';
import type { LoadResult } from '../../load/load-result.ts';
import type { ProgressFile } from '../../model/progress-schema.ts';
import type { Dataset } from '../../model/schema.ts';
import { parseProgressParams, type ProgressParams } from '../../state/progress-params.ts';
import type { AppState } from '../../state/app-state.ts';
import { useProgressStore, progressStore, type StoredForm } from './progress-store.ts';

/** A progress file or form that could not be used, by file. */
export interface ProgressFailure {
  file: string;
  message: string;
}

/** Everything the views know about progress: the files, what failed, the merged reports and each task's status at the as-of date. */
export interface ProgressView {
  /** Published (data/) then imported progress files, in that order (a later one wins a clash). */
  files: readonly ProgressFile[];
  /** Imported forms with the file each became (null when unreadable). */
  imported: readonly { form: StoredForm; file: ProgressFile | null }[];
  failures: readonly ProgressFailure[];
  merged: MergedReports;
  /** Status per task id at the as-of date; empty without reports. */
  byTask: ReadonlyMap<string, TaskProgress>;
  params: ProgressParams;
  /** False until the published progress files have been fetched. */
  ready: boolean;
}

const EMPTY: MergedReports = { byTask: new Map(), warnings: [], dates: [] };

/** Fetches the progress files data/manifest.json lists and reads the forms imported here against the datasets, then computes every task's status. */
export function useProgress(load: LoadResult, datasets: readonly Dataset[], rows: readonly TaskRow[], state: AppState, asOf: string): ProgressView {
  const published = usePublishedProgress(load);
  const stored = useProgressStore();
  const [imported, setImported] = useState<{ form: StoredForm; file: ProgressFile | null; failure: ProgressFailure | null }[]>([]);
  useEffect(() => void progressStore.init(), []);
  useEffect(() => {
    let live = true;
    if (stored.forms.length === 0) {
      setImported([]);
      return;
    }
    void (async () => {
      const { ingestProgressForm } = await import('../../ingest/progress/ingest-progress-form.ts');
      const tasks = new Map<string, { metrics: string[] }>();
      for (const d of datasets) for (const t of d.tasks) tasks.set(t.id, { metrics: t.indicators.map((i) => i.metric) });
      const out = [];
      for (const form of stored.forms) {
        const result = await ingestProgressForm(form.fileName, form.bytes, { tasks });
        out.push(result.ok ? { form, file: result.progress, failure: null } : { form, file: null, failure: { file: form.fileName, message: result.message } });
      }
      if (live) setImported(out);
    })();
    return () => {
      live = false;
    };
  }, [stored.forms, datasets]);
  const files = useMemo(() => [...published.files, ...imported.flatMap((i) => (i.file === null ? [] : [i.file]))], [published.files, imported]);
  const merged = useMemo(() => (files.length === 0 ? EMPTY : mergeProgressReports(files)), [files]);
  const params = useMemo(() => parseProgressParams(state), [state]);
  const byTask = useMemo(() => (merged.byTask.size === 0 ? new Map<string, TaskProgress>() : progressByTask(rows, merged.byTask, asOf, params.soon)), [rows, merged, asOf, params.soon]);
  const failures = useMemo(() => [...published.failures, ...imported.flatMap((i) => (i.failure === null ? [] : [i.failure]))], [published.failures, imported]);
  return { files, imported: imported.map(({ form, file }) => ({ form, file })), failures, merged, byTask, params, ready: published.ready };
}

function usePublishedProgress(load: LoadResult): { files: ProgressFile[]; failures: ProgressFailure[]; ready: boolean } {
  const entries = load.manifest?.progress;
  const [result, setResult] = useState<{ files: ProgressFile[]; failures: ProgressFailure[]; ready: boolean }>({ files: [], failures: [], ready: false });
  useEffect(() => {
    let live = true;
    if (entries === undefined || entries.length === 0) {
      setResult({ files: [], failures: [], ready: true });
      return;
    }
    void (async () => {
      const { ProgressFileSchema } = await import('../../model/progress-schema.ts');
      const base = new URL('data/', document.baseURI).href;
      const files: ProgressFile[] = [];
      const failures: ProgressFailure[] = [];
      await Promise.all(
        entries.map(async (entry, i) => {
          const url = new URL(entry.file, base);
          if (!url.href.startsWith(base)) return void failures.push({ file: entry.file, message: '文件不在数据目录内，未加载 (outside data/)' });
          try {
            const response = await fetch(url, { cache: 'no-cache' });
            if (!response.ok) return void failures.push({ file: entry.file, message: `HTTP ${response.status}` });
            const parsed = ProgressFileSchema.safeParse(await response.json());
            if (!parsed.success) {
              failures.push({ file: entry.file, message: parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).slice(0, 5).join('; ') });
              return;
            }
            files[i] = parsed.data;
          } catch (error) {
            failures.push({ file: entry.file, message: String(error) });
          }
        }),
      );
      if (live) setResult({ files: files.filter((f) => f !== undefined), failures, ready: true });
    })();
    return () => {
      live = false;
    };
  }, [entries]);
  return result;
}
