import { progressHistory } from '../../analysis/progress-history.ts';
import { progressText, type ProgressMessageKey } from '../../i18n/progress-messages.ts';
import { PROGRESS_STATUS_WORDS } from '../../model/progress-status-words.ts';
import type { Lang } from '../../state/app-state.ts';
import type { ProgressView } from './use-progress.ts';
import { ProgressBadge } from './progress-badge.tsx';
import './progress.css';

/**
 * In the task dialog: the task's 督办 status at the as-of date and every report of it, newest first
 * (date, status as written, completion %, completion date, note, problems, form and row). Reports
 * dated after the as-of date are listed but marked, since they do not decide the status. Nothing
 * when the dashboard has no progress reports at all.
 */
export function TaskProgressHistory({ taskId, progress, asOf, lang }: { taskId: string; progress: ProgressView; asOf: string; lang: Lang }) {
  if (progress.merged.byTask.size === 0) return null;
  const t = (key: ProgressMessageKey, params?: Record<string, string | number>) => progressText(lang, key, params);
  const entries = progressHistory(progress.merged.byTask.get(taskId), asOf);
  const status = progress.byTask.get(taskId);
  return (
    <div className="task-progress" data-testid="task-progress">
      <p>
        {t('progress.history.asOf', { date: asOf })} {status !== undefined && <ProgressBadge progress={status} lang={lang} />}
      </p>
      {entries.length === 0 ? (
        <p className="muted">{t('progress.history.none')}</p>
      ) : (
        <div className="progress-scroll">
          <table className="progress-table task-progress-table" data-testid="task-progress-history">
            <thead>
              <tr>
                <th>{t('progress.col.reportDate')}</th>
                <th>{t('progress.history.status')}</th>
                <th className="num">{t('progress.history.percent')}</th>
                <th>{t('progress.history.completedOn')}</th>
                <th>{t('progress.history.note')}</th>
                <th>{t('progress.history.problems')}</th>
                <th>{t('progress.history.source')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map(({ report, afterAsOf, current }) => (
                <tr key={`${report.source}#${report.row}#${report.reportDate}`} data-date={report.reportDate} data-current={current || undefined} className={afterAsOf ? 'muted' : undefined}>
                  <td className="nowrap">
                    {report.reportDate}
                    {afterAsOf && <br />}
                    {afterAsOf && <span className="badge">{t('progress.history.later')}</span>}
                  </td>
                  <td className="nowrap">
                    {report.statusRaw || PROGRESS_STATUS_WORDS[report.status]}
                    {report.statusRaw !== '' && report.statusRaw !== PROGRESS_STATUS_WORDS[report.status] && <span className="muted"> → {PROGRESS_STATUS_WORDS[report.status]}</span>}
                  </td>
                  <td className="num">{report.percent === null ? '' : `${report.percent}%`}</td>
                  <td className="nowrap">{report.completedOn ?? ''}</td>
                  <td className="progress-note">{report.note}</td>
                  <td className="progress-note">{report.problems}</td>
                  <td className="source">
                    {report.source} {t('progress.quality.row', { n: report.row })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
