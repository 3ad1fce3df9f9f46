import { useMemo } from 'react';
import { exportText } from '../../i18n/export-messages.ts';
import { textsPendingMessage } from '../../i18n/texts-pending-messages.ts';
import { translate } from '../../i18n/translate.ts';
import { exportFileName } from '../chart-export/export-file-name.ts';
import { downloadText } from '../download.ts';
import { filterWords } from '../filters/filter-words.ts';
import { ProgressFormExport } from '../progress/progress-form-export.tsx';
import { sortTaskRows } from './sort-task-rows.ts';
import { TaskTable } from './task-table.tsx';
import type { ViewProps } from '../view-props.ts';
import { formatNumber } from '../format-number.ts';

/** The filtered tasks as a sortable, virtualised table with CSV export of exactly those rows. */
export function TasksView({ state, navigate, filtered, asOf, progress, load }: ViewProps) {
  const { lang } = state;
  // datasets of the compact encoding whose titles and texts are still on their way
  const textsPending = useMemo(() => new Set((load.pendingTexts ?? []).map((p) => p.id)), [load]);
  const exportTitle = (title: string) => (textsPending.size > 0 ? textsPendingMessage(lang, 'exportWaits') : title);
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
          {translate(lang, 'tasks.count', { n: formatNumber(filtered.length, lang) })}
        </p>
        <button type="button" onClick={() => void exportCsv(false)} data-testid="export-csv" disabled={textsPending.size > 0} title={exportTitle(exportText(lang, 'tasks.csvTitle'))}>
          {translate(lang, 'tasks.export')}
        </button>
        <button type="button" onClick={() => void exportCsv(true)} data-testid="export-csv-template" disabled={textsPending.size > 0} title={exportTitle(exportText(lang, 'tasks.csvTemplateTitle'))}>
          {exportText(lang, 'tasks.csvTemplate')}
        </button>
        <ProgressFormExport lang={lang} rows={sorted} unitFilter={state.filters.unit} asOf={asOf} compact textsPending={textsPending.size > 0} />
      </div>
      <TaskTable rows={sorted} state={state} progress={progress.byTask} textsPending={textsPending} onSort={(sort) => navigate((s) => ({ ...s, sort }), { replace: true })} />
    </section>
  );
}
