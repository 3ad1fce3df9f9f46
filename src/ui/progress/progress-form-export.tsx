import { useState } from 'react';
import { buildProgressForm } from '../../analysis/progress-form.ts';
import type { TaskRow } from '../../analysis/task-row.ts';
import { unitKeyLabel } from '../../analysis/describe-filters.ts';
import { progressText } from '../../i18n/progress-messages.ts';
import { textsPendingMessage } from '../../i18n/texts-pending-messages.ts';
import type { Lang } from '../../state/app-state.ts';
import { downloadText } from '../download.ts';
import { downloadBytes, XLSX_TYPE } from './download-bytes.ts';
import { formatProgressFormCsv, writeProgressFormXlsx } from './write-progress-form.ts';

/**
 * "导出进展填报表": the form for the filtered tasks as .xlsx (drop-down status, protected task
 * columns) or CSV; the unit is the one unit filtered on, and the report date the as-of date.
 */
export function ProgressFormExport({ lang, rows, unitFilter, asOf, compact = false, textsPending = false }: { lang: Lang; rows: readonly TaskRow[]; unitFilter: readonly string[]; asOf: string; compact?: boolean; textsPending?: boolean }) {
  // the unit filter holds unit keys ("region/name"); the form names the unit with its region, so two cities' bureaus of one name get two forms
  const key = unitFilter.length === 1 ? (unitFilter[0] ?? null) : null;
  const unit = key === null ? null : unitKeyLabel(key);
  const [busy, setBusy] = useState(false);
  const name = `进展填报表-${unit ?? '多单位'}-${asOf}`;
  const form = () => buildProgressForm(rows, { unit, reportDate: asOf });
  return (
    <div className={compact ? 'progress-export progress-export-compact' : 'progress-export'} data-testid="progress-export">
      {!compact && <p className="hint">
        {progressText(lang, 'progress.export.hint', { n: rows.length })} {progressText(lang, 'progress.export.unit')}：{unit ?? progressText(lang, 'progress.export.allUnits')} ·{' '}
        {progressText(lang, 'progress.export.date')}：{asOf}
      </p>}
      <button
        type="button"
        data-testid="export-progress-form"
        // the form prints each task's title and text: it waits for texts still loading rather than print them empty
        disabled={busy || rows.length === 0 || textsPending}
        title={textsPending ? textsPendingMessage(lang, 'exportWaits') : progressText(lang, 'progress.export.hint', { n: rows.length })}
        onClick={() => {
          setBusy(true);
          void writeProgressFormXlsx(form())
            .then((bytes) => downloadBytes(bytes, `${name}.xlsx`, XLSX_TYPE))
            .finally(() => setBusy(false));
        }}
      >
        {progressText(lang, 'progress.export.xlsx')}
      </button>{' '}
      {!compact && <button type="button" data-testid="export-progress-form-csv" disabled={rows.length === 0 || textsPending} title={textsPending ? textsPendingMessage(lang, 'exportWaits') : undefined} onClick={() => downloadText(formatProgressFormCsv(form()), `${name}.csv`, 'text/csv;charset=utf-8')}>
        {progressText(lang, 'progress.export.csv')}
      </button>}
    </div>
  );
}
