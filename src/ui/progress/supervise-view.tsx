import { useMemo } from 'react';
import { unitKeyLabel } from '../../analysis/describe-filters.ts';
import { completionOverTime } from '../../analysis/progress-over-time.ts';
import { progressRanking, type ProgressRankRow } from '../../analysis/progress-ranking.ts';
import { redList } from '../../analysis/progress-red-list.ts';
import { remindableUnits } from '../../analysis/remindable-units.ts';
import { RAGS } from '../../analysis/progress-status.ts';
import { buildCompletionLineOption } from '../../charts/progress-completion-line.ts';
import { progressText, type ProgressMessageKey } from '../../i18n/progress-messages.ts';
import { formatHash } from '../../state/hash.ts';
import { withProgressParams } from '../../state/progress-params.ts';
import { Chart } from '../chart.tsx';
import { titleWithFilters } from '../filters/filter-title.ts';
import { toggled, type ViewProps } from '../view-props.ts';
import { formatRate, ragLabel, stateLabel } from './progress-format.ts';
import { ProgressFigures } from './progress-figures.tsx';
import { ProgressFormExport } from './progress-form-export.tsx';
import { ProgressImportButton } from './progress-import-button.tsx';
import { downloadBytes, XLSX_TYPE } from './download-bytes.ts';
import { progressStore } from './progress-store.ts';
import { writeRemindersXlsx } from './reminder-files.ts';
import { daysText, ReminderPage } from './reminder-page.tsx';
import './progress.css';
import { regionLabel } from '../../i18n/data-labels.ts';

/**
 * The 督办 view (#/supervise): red/amber/green counts and rates, the 红黄榜 of units and regions,
 * the red and amber tasks by days overdue, completion over reporting dates, the form export and
 * the 催办单 per unit; without any report, how to start instead of empty charts.
 */
export function SuperviseView(props: ViewProps) {
  const { state, navigate, asOf, filtered, progress, rows } = props;
  const { lang } = state;
  const t = (key: ProgressMessageKey, params?: Record<string, string | number>) => progressText(lang, key, params);
  const hasReports = progress.merged.byTask.size > 0;
  const units = useMemo(() => progressRanking(filtered, progress.byTask, 'unit'), [filtered, progress.byTask]);
  const regions = useMemo(() => progressRanking(filtered, progress.byTask, 'region'), [filtered, progress.byTask]);
  const list = useMemo(() => redList(filtered, progress.byTask), [filtered, progress.byTask]);
  const remindable = useMemo(() => remindableUnits(filtered, progress.byTask), [filtered, progress.byTask]);
  const line = useMemo(
    () => buildCompletionLineOption(completionOverTime(filtered, progress.merged.byTask, progress.merged.dates, asOf, progress.params.soon), { allRegions: allRegions(rows) }),
    [filtered, progress.merged, asOf, progress.params.soon, rows],
  );
  if (progress.params.remind !== null) return <ReminderPage {...props} unitKey={progress.params.remind} />;

  const exportPanel = (
    <section className="progress-panel">
      <h2>{t('progress.export.title')}</h2>
      <ProgressFormExport lang={lang} rows={filtered} unitFilter={state.filters.unit} asOf={asOf} textsPending={(props.load.pendingTexts?.length ?? 0) > 0} />
      <p>
        <ProgressImportButton lang={lang} />
      </p>
    </section>
  );
  const files = <ProgressFiles {...props} />;

  if (!hasReports) {
    return (
      <section className="supervise-view" data-testid="supervise-empty">
        <div className="progress-empty">
          <h2>{t('progress.empty.title')}</h2>
          <p>{t('progress.empty.body')}</p>
          <ol>
            <li>{t('progress.empty.step1')}</li>
            <li>{t('progress.empty.step2')}</li>
            <li>{t('progress.empty.step3')}</li>
          </ol>
        </div>
        {exportPanel}
        {files}
      </section>
    );
  }

  const remindHref = (unit: string) => formatHash(withProgressParams({ ...state, task: null }, { remind: unit }));
  return (
    <section className="supervise-view" data-testid="supervise-view">
      <div className="view-toolbar">
        <fieldset className="filter-group" data-testid="progress-filter">
          <legend>{t('progress.filter')}</legend>
          {RAGS.map((rag) => (
            <button
              key={rag}
              type="button"
              className={`toggle rag-toggle rag-${rag}`}
              aria-pressed={progress.params.progress.includes(rag)}
              data-rag={rag}
              onClick={() => navigate((s) => withProgressParams(s, { progress: toggled(progress.params.progress, rag) }))}
            >
              <span className={`rag-dot rag-${rag}`} aria-hidden="true" /> {ragLabel(lang, rag)}
            </button>
          ))}
        </fieldset>
        <label className="filter-field" title={t('progress.soonHint')}>
          {t('progress.soon')}
          <input
            type="number"
            min={0}
            max={365}
            value={progress.params.soon}
            data-testid="progress-soon"
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 0 && n <= 365) navigate((s) => withProgressParams(s, { soon: n }), { replace: true });
            }}
          />
        </label>
      </div>
      <ProgressFigures {...props} />
      <div className="progress-grid">
        <div>
          <RankTable title={titleWithFilters(t('progress.rank.units'), state)} rows={units} lang={lang} testId="rank-units" remindHref={remindHref} />
          <p className="no-print">
            <label>
              {t('progress.remind.pick')}{' '}
              <select
                data-testid="remind-pick"
                value=""
                onChange={(e) => {
                  const key = e.target.value;
                  if (key !== '') navigate((s) => withProgressParams({ ...s, task: null }, { remind: key }));
                }}
              >
                <option value="">…</option>
                {remindable.map((u) => (
                  <option key={u.key} value={u.key}>
                    {t('progress.remind.option', { unit: unitKeyLabel(u.key), n: u.count })}
                  </option>
                ))}
              </select>
            </label>{' '}
            {t('progress.remind.each')}{' '}
            <button
              type="button"
              data-testid="reminders-all-xlsx"
              onClick={() => {
                const each = remindable.map((u) => ({ unit: unitKeyLabel(u.key), rows: redList(filtered, progress.byTask, u.key) }));
                void writeRemindersXlsx(each, asOf, (r) => stateLabel('zh', r.state)).then((b) => downloadBytes(b, `催办单-各单位-${asOf}.xlsx`, XLSX_TYPE));
              }}
            >
              Excel
            </button>
          </p>
        </div>
        <RankTable title={titleWithFilters(t('progress.rank.regions'), state)} rows={regions} lang={lang} testId="rank-regions" />
      </div>
      <h2 data-title="progress.redList">{titleWithFilters(t('progress.redList'), state)}</h2>
      {list.length === 0 ? (
        <p className="ok">{t('progress.redList.none')}</p>
      ) : (
        <div className="progress-scroll">
          <table className="progress-table" data-testid="red-list">
            <thead>
              <tr>
                <th>{t('progress.col.task')}</th>
                <th>{t('progress.col.region')}</th>
                <th>{t('progress.col.lead')}</th>
                <th>{t('progress.col.due')}</th>
                <th>{t('progress.col.days')}</th>
                <th>{t('progress.col.state')}</th>
                <th>{t('progress.col.note')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.taskId} data-rag={r.rag} data-task={r.taskId}>
                  <td>
                    <a href={formatHash({ ...state, task: r.taskId })}>
                      {r.no !== null && <span className="muted">{r.no} </span>}
                      {r.title}
                    </a>
                  </td>
                  <td>{regionLabel(lang, r.region)}</td>
                  <td>{r.lead}</td>
                  <td>{r.due ?? r.deadlineRaw}</td>
                  <td className="num">{daysText(lang, r.daysOverdue)}</td>
                  <td>
                    <span className={`rag-dot rag-${r.rag}`} aria-hidden="true" /> {stateLabel(lang, r.state)}
                  </td>
                  <td className="progress-note">{r.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 data-title="progress.overTime">{titleWithFilters(t('progress.overTime'), state)}</h2>
      <Chart option={line} lang={lang} height={280} label={t('progress.overTime')} />
      {exportPanel}
      {files}
    </section>
  );
}

function allRegions(rows: ViewProps['rows']): string[] {
  return [...new Set(rows.map((r) => r.region))];
}

function RankTable({ title, rows, lang, testId, remindHref }: { title: string; rows: readonly ProgressRankRow[]; lang: ViewProps['state']['lang']; testId: string; remindHref?: (unit: string) => string }) {
  const t = (key: ProgressMessageKey) => progressText(lang, key);
  return (
    <article className="progress-panel">
      <h2>{title}</h2>
      <div className="progress-scroll">
        <table className="progress-table" data-testid={testId}>
          <thead>
            <tr>
              <th>{t('progress.rank.name')}</th>
              {RAGS.map((rag) => (
                <th key={rag} className="num" title={ragLabel(lang, rag)}>
                  <span className={`rag-dot rag-${rag}`} aria-hidden="true" /> {progressText(lang, `progress.ragShort.${rag}`)}
                </th>
              ))}
              <th className="num">{t('progress.completionRate')}</th>
              <th className="num">{t('progress.onTimeRate')}</th>
              {remindHref !== undefined && <th>{t('progress.rank.remind')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-name={r.name} data-key={r.key}>
                <td>{r.name}</td>
                {RAGS.map((rag) => (
                  <td key={rag} className="num">{r[rag]}</td>
                ))}
                <td className="num">{formatRate(r.completionRate)}</td>
                <td className="num">{formatRate(r.onTimeRate)}</td>
                {remindHref !== undefined && <td>{r.red + r.amber > 0 ? <a href={remindHref(r.key)}>{t('progress.rank.remind')}</a> : null}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}

function ProgressFiles({ state, progress }: ViewProps) {
  const { lang } = state;
  const published = progress.files.filter((f) => !progress.imported.some((i) => i.file === f));
  if (progress.files.length === 0 && progress.imported.length === 0) return null;
  const item = (f: { source: string; unit: string | null; reportDate: string | null; reports: unknown[]; warnings: unknown[] }) =>
    progressText(lang, 'progress.files.item', { file: f.source, unit: f.unit ?? '—', date: f.reportDate ?? '—', n: f.reports.length, w: f.warnings.length });
  return (
    <section className="progress-panel" data-testid="progress-files">
      <h2>{progressText(lang, 'progress.files')}</h2>
      <ul className="plain">
        {published.map((f) => (
          <li key={f.id}>{item(f)}</li>
        ))}
        {progress.imported.map(({ form, file }) => (
          <li key={form.key}>
            {file === null ? form.fileName : item(file)} <span className="badge">{progressText(lang, 'progress.files.imported')}</span>{' '}
            <button type="button" className="link-button" onClick={() => void progressStore.remove(form.key)}>
              {progressText(lang, 'progress.remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
