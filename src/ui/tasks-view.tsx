import { useMemo } from 'react';
import { exportText } from '../i18n/export-messages.ts';
import { translate } from '../i18n/translate.ts';
import { exportFileName } from './chart-export/export-file-name.ts';
import { downloadText } from './download.ts';
import { filterWords } from './filter-words.ts';
import { ProgressFormExport } from './progress/progress-form-export.tsx';
import { sortTaskRows } from './sort-task-rows.ts';
import { TaskTable } from './task-table.tsx';
import type { ViewProps } from './view-props.ts';

/** The filtered tasks as a sortable, virtualised table with CSV export of exactly those rows. */
export function TasksView({ state, navigate, filtered, asOf, progress }: ViewProps) {
  const { lang } = state;
  const sorted = useMemo(() => sortTaskRows(filtered, state.sort, lang === 'en' ? 'en' : 'zh-CN'), [filtered, state.sort, lang]);
  // papaparse loads with the first export, not with the page.
  const exportCsv = async (templateOnly: boolean) => {
    const { formatTasksCsv } = await import('./tasks-csv.ts');
    const what = templateOnly ? `${translate(lang, 'view.tasks')}-${exportText(lang, 'tasks.csvTemplateName')}` : translate(lang, 'view.tasks');
    const name = exportFileName({ what, filters: filterWords(lang, state.filters).map((w) => w.value), asOf, ext: 'csv' }, exportText(lang, 'export.allTasks'));
    downloadText(formatTasksCsv(sorted, lang, { templateOnly, progress: progress.byTask }), name, 'text/csv;charset=utf-8');
  };
  return (
    <section className="tasks-view">
      <div className="view-toolbar">
        <p className="count" data-testid="task-count" data-count={filtered.length}>
          {translate(lang, 'tasks.count', { n: filtered.length.toLocaleString(lang === 'en' ? 'en' : 'zh-CN') })}
        </p>
        <button type="button" onClick={() => void exportCsv(false)} data-testid="export-csv" title={exportText(lang, 'tasks.csvTitle')}>
          {translate(lang, 'tasks.export')}
        </button>
        <button type="button" onClick={() => void exportCsv(true)} data-testid="export-csv-template" title={exportText(lang, 'tasks.csvTemplateTitle')}>
          {exportText(lang, 'tasks.csvTemplate')}
        </button>
        <ProgressFormExport lang={lang} rows={sorted} unitFilter={state.filters.unit} asOf={asOf} compact />
      </div>
      <TaskTable rows={sorted} state={state} progress={progress.byTask} onSort={(sort) => navigate((s) => ({ ...s, sort }), { replace: true })} />
    </section>
  );
}
