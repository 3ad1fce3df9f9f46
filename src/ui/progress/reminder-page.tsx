import { useMemo } from 'react';
import { unitKeyLabel } from '../../analysis/describe-filters.ts';
import { resolveUnitKey } from '../../analysis/resolve-unit-key.ts';
import { redList, type RedListRow } from '../../analysis/progress-red-list.ts';
import { progressText } from '../../i18n/progress-messages.ts';
import { formatHash } from '../../state/hash.ts';
import { withProgressParams } from '../../state/progress-params.ts';
import { downloadText } from '../download.ts';
import type { ViewProps } from '../view-props.ts';
import { downloadBytes, XLSX_TYPE } from './download-bytes.ts';
import { stateLabel } from './progress-format.ts';
import { formatReminderCsv, writeReminderXlsx } from './reminder-files.ts';
import { regionLabel } from '../../i18n/data-labels.ts';

/**
 * The 催办单 of one unit: a printable page of its red and amber tasks with deadlines and latest notes,
 * and the same as CSV / .xlsx. `unitKey` is the unit's key ("region/name"); the page, the files and
 * their names call the unit "name（region）", so two cities' bureaus of one name never share a 催办单.
 */
export function ReminderPage(props: ViewProps & { unitKey: string }) {
  const { state, rows: allRows, unitKey } = props;
  const { lang } = state;
  // an older link names the unit without its region: one unit of that name is meant; several, the office chooses
  const keys = useMemo(() => resolveUnitKey(allRows, unitKey), [allRows, unitKey]);
  if (keys.length === 1) return <ReminderSheet {...props} unitKey={keys[0]!} />;
  const back = <BackButton {...props} />;
  if (keys.length === 0) {
    return (
      <section className="reminder-page" data-testid="reminder-unknown">
        <div className="reminder-tools no-print">{back}</div>
        <p className="notice" role="status">{progressText(lang, 'progress.remind.unknown', { name: unitKey })}</p>
      </section>
    );
  }
  return (
    <section className="reminder-page" data-testid="reminder-choose">
      <div className="reminder-tools no-print">{back}</div>
      <p>{progressText(lang, 'progress.remind.choose', { name: unitKey })}</p>
      <ul className="plain">
        {keys.map((key) => (
          <li key={key}>
            <a href={formatHash(withProgressParams(state, { remind: key }))}>{unitKeyLabel(key)}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function BackButton({ state, navigate }: ViewProps) {
  return (
    <button type="button" className="link-button" onClick={() => navigate((s) => withProgressParams(s, { remind: null }))}>
      ← {progressText(state.lang, 'progress.remind.back')}
    </button>
  );
}

function ReminderSheet(props: ViewProps & { unitKey: string }) {
  const { state, asOf, filtered, progress, unitKey } = props;
  const { lang } = state;
  const rows = useMemo(() => redList(filtered, progress.byTask, unitKey), [filtered, progress.byTask, unitKey]);
  const label = (r: RedListRow) => stateLabel('zh', r.state);
  const unit = unitKeyLabel(unitKey);
  const name = `催办单-${unit}-${asOf}`;
  return (
    <section className="reminder-page" data-testid="reminder-page">
      <div className="reminder-tools no-print">
        <BackButton {...props} />
        <button type="button" onClick={() => window.print()}>{progressText(lang, 'progress.remind.print')}</button>
        <button type="button" data-testid="reminder-csv" onClick={() => downloadText(formatReminderCsv(unit, asOf, rows, label), `${name}.csv`, 'text/csv;charset=utf-8')}>CSV</button>
        <button type="button" data-testid="reminder-xlsx" onClick={() => void writeReminderXlsx(unit, asOf, rows, label).then((b) => downloadBytes(b, `${name}.xlsx`, XLSX_TYPE))}>Excel</button>
      </div>
      <h2 className="reminder-title">{progressText(lang, 'progress.remind.title')}</h2>
      <p className="reminder-to" data-testid="reminder-to">{progressText(lang, 'progress.remind.to', { unit })}</p>
      {rows.length === 0 ? (
        <p>{progressText(lang, 'progress.remind.none', { date: asOf, unit })}</p>
      ) : (
        <>
          <p>{progressText(lang, 'progress.remind.intro', { date: asOf })}</p>
          <table className="progress-table reminder-table">
            <thead>
              <tr>
                <th>{progressText(lang, 'progress.col.region')}</th>
                <th>{progressText(lang, 'progress.col.task')}</th>
                <th>{progressText(lang, 'progress.col.lead')}</th>
                <th>{progressText(lang, 'progress.col.due')}</th>
                <th>{progressText(lang, 'progress.col.days')}</th>
                <th>{progressText(lang, 'progress.col.state')}</th>
                <th>{progressText(lang, 'progress.col.note')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.taskId} data-rag={r.rag}>
                  <td>{regionLabel(lang, r.region)}</td>
                  <td>
                    {r.no !== null && <span className="muted">{r.no} </span>}
                    {r.title}
                  </td>
                  <td>{r.lead}</td>
                  <td>{r.deadlineRaw}</td>
                  <td className="num">{daysText(lang, r.daysOverdue)}</td>
                  <td>
                    <span className={`rag-dot rag-${r.rag}`} aria-hidden="true" /> {stateLabel(lang, r.state)}
                  </td>
                  <td>{r.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** Days overdue, or "n days left" for an amber task not yet due. */
export function daysText(lang: ViewProps['state']['lang'], days: number | null): string {
  if (days === null) return '—';
  return days > 0 ? String(days) : progressText(lang, 'progress.col.daysLeft', { n: -days });
}
