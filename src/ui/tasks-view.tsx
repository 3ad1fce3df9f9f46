import { useMemo } from 'react';
import { translate } from '../i18n/translate.ts';
import { downloadText } from './download.ts';
import { ProgressFormExport } from './progress/progress-form-export.tsx';
import { sortTaskRows } from './sort-task-rows.ts';
import { TaskTable } from './task-table.tsx';
import type { ViewProps } from './view-props.ts';

/** The filtered tasks as a sortable, virtualised table with CSV export of exactly those rows. */
export function TasksView({ state, navigate, filtered, asOf, progress }: ViewProps) {
  const { lang } = state;
  const sorted = useMemo(() => sortTaskRows(filtered, state.sort, lang === 'en' ? 'en' : 'zh-CN'), [filtered, state.sort, lang]);
  // papaparse loads with the first export, not with the page.
  const exportCsv = async () => {
    const { formatTasksCsv } = await import('./tasks-csv.ts');
    downloadText(formatTasksCsv(sorted, lang, progress.byTask), `duban-tasks-${asOf}.csv`, 'text/csv;charset=utf-8');
  };
  return (
    <section className="tasks-view">
      <div className="view-toolbar">
        <p className="count" data-testid="task-count" data-count={filtered.length}>
          {translate(lang, 'tasks.count', { n: filtered.length.toLocaleString(lang === 'en' ? 'en' : 'zh-CN') })}
        </p>
        <button type="button" onClick={() => void exportCsv()} data-testid="export-csv">
          {translate(lang, 'tasks.export')}
        </button>
        <ProgressFormExport lang={lang} rows={sorted} unitFilter={state.filters.unit} asOf={asOf} compact />
      </div>
      <TaskTable rows={sorted} state={state} progress={progress.byTask} onSort={(sort) => navigate((s) => ({ ...s, sort }), { replace: true })} />
    </section>
  );
}
