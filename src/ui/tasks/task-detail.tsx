import { useEffect, useMemo, useRef } from 'react';
import { translate } from '../../i18n/translate.ts';
import type { MessageKey } from '../../i18n/ui-messages.ts';
import { exportText } from '../../i18n/export-messages.ts';
import { categoryLabel } from '../../charts/category-label.ts';
import { formatDeadline, formatIndicator, formatSource, formatUnit } from '../format-task.ts';
import { progressText } from '../../i18n/progress-messages.ts';
import { TaskProgressHistory } from '../progress/task-progress-history.tsx';
import { SourcePanel } from '../source-view/source-panel.tsx';
import type { ViewProps } from '../view-props.ts';
import { cutText } from '../cut-text.ts';
import { LongText } from '../long-text.tsx';
import { regionLabel } from '../../i18n/data-labels.ts';

/** A dialog with one task's every field: full text, units with roles, deadline as printed and normalised, indicators, source. */
export function TaskDetail({ state, navigate, rows, datasets, taskId, progress, asOf }: ViewProps & { taskId: string }) {
  const { lang } = state;
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const row = useMemo(() => rows.find((r) => r.task.id === taskId) ?? null, [rows, taskId]);
  const dataset = datasets.find((d) => d.id === row?.datasetId);
  const closeButton = useRef<HTMLButtonElement>(null);
  const close = () => navigate((s) => ({ ...s, task: null }));
  useEffect(() => closeButton.current?.focus(), [taskId]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') navigate((s) => ({ ...s, task: null }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
  const task = row?.task;
  return (
    <div className="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && close()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="task-detail-title" data-testid="task-detail">
        <div className="dialog-head">
          <h2 id="task-detail-title">{task ? cutText(`${task.no ?? ''} ${task.title ?? t('detail.title')}`.trim(), 20_000) : t('detail.title')}</h2>
          <button type="button" ref={closeButton} onClick={close}>
            {t('detail.close')}
          </button>
        </div>
        {!task ? (
          <p>{t('detail.notFound', { id: taskId })}</p>
        ) : (
          <dl className="detail-list">
            <dt>{t('detail.dataset')}</dt>
            <dd>
              {regionLabel(lang, row.region)} · {dataset?.title ?? row.datasetId}
            </dd>
            <dt>{t('detail.path')}</dt>
            <dd>{task.path.join(' / ')}</dd>
            <dt>{t('detail.text')}</dt>
            <dd className="detail-text"><LongText text={task.text} lang={lang} /></dd>
            <dt>{t('detail.units')}</dt>
            <dd>
              <ul className="plain">
                {task.units.map((u, i) => (
                  <li key={i}>
                    {formatUnit(u, lang)}
                    {u.collective === true && <span className="badge">{t('detail.collective')}</span>}
                    {u.collective === true && dataset && Object.hasOwn(dataset.unitGroups, u.name) && <span className="muted"> = {dataset.unitGroups[u.name]!.join('、')}</span>}
                  </li>
                ))}
              </ul>
            </dd>
            <dt>{t('detail.unitsRaw')}</dt>
            <dd>{task.unitsRaw}</dd>
            <dt>{t('detail.deadline')}</dt>
            <dd>
              {task.deadline.raw} → {formatDeadline(task.deadline, lang)}
            </dd>
            {progress.merged.byTask.size > 0 && (
              <>
                <dt>{progressText(lang, 'progress.history.title')}</dt>
                <dd>
                  <TaskProgressHistory taskId={task.id} progress={progress} asOf={asOf} lang={lang} />
                </dd>
              </>
            )}
            <dt>{t('detail.indicators')}</dt>
            <dd>
              <ul className="plain">
                {task.indicators.map((ind, i) => (
                  <li key={i}>
                    <span className="badge">{categoryLabel(ind.category, lang)}</span> {formatIndicator(ind)}
                  </li>
                ))}
              </ul>
            </dd>
            <dt>{t('detail.source')}</dt>
            <dd>
              <code>{formatSource(task)}</code>
            </dd>
            <dt>{exportText(lang, 'source.title')}</dt>
            <dd>{dataset ? <SourcePanel dataset={dataset} task={task} lang={lang} /> : null}</dd>
          </dl>
        )}
      </div>
    </div>
  );
}
