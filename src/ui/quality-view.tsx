import { group } from 'd3-array';
import { translate } from '../i18n/translate.ts';
import type { MessageKey } from '../i18n/ui-messages.ts';
import { importPanelText } from '../i18n/import-panel-messages.ts';
import { warningCodeLabel } from '../i18n/warning-labels.ts';
import { warningMessage } from '../i18n/warning-message.ts';
import { regionLabel } from '../i18n/data-labels.ts';
import { formatHash } from '../state/hash.ts';
import { failureReason, noticeReason } from './failure-notice.tsx';
import { ImportPanel } from './import/import-panel.tsx';
import { ProgressQuality } from './progress/progress-quality.tsx';
import { uploadsStore } from './use-datasets.ts';
import { useUploadsStore } from './import/uploads-store.ts';
import { UnitAliasReport } from './unit-aliases/unit-alias-report.tsx';
import type { ViewProps } from './view-props.ts';

/**
 * The import panel, every data file that failed to load or loaded with a problem, and every
 * dataset's warnings (an import's unreadable rows among them, by line) grouped by code with
 * links to their tasks.
 */
export function QualityView(props: ViewProps) {
  const { state, load, unitAliases } = props;
  const { lang } = state;
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const uploads = useUploadsStore(uploadsStore);
  const uploaded = new Set(uploads.records.map((r) => r.dataset.id));
  return (
    <section className="quality-view">
      <ImportPanel lang={lang} load={load} />
      <h2>{importPanelText(lang, 'quality.failures')}</h2>
      {load.failures.length === 0 ? (
        <p className="ok">{importPanelText(lang, 'quality.noFailures')}</p>
      ) : (
        <ProblemList testId="failures" problems={load.failures.map((f) => ({ ...f, reason: failureReason(f, lang) }))} />
      )}
      {load.notices.length > 0 && (
        <>
          <h2>{importPanelText(lang, 'quality.notices')}</h2>
          <ProblemList testId="notices" problems={load.notices.map((n) => ({ ...n, reason: noticeReason(n, lang) }))} />
        </>
      )}
      <UnitAliasReport lang={lang} table={unitAliases} datasets={load.datasets} />
      <ProgressQuality {...props} />
      <h2>{t('quality.warnings')}</h2>
      {load.datasets.map((dataset) => (
        <article key={dataset.id} className="quality-dataset" data-dataset={dataset.id}>
          <h3>
            {regionLabel(lang, dataset.region)} · {dataset.title} <code className="muted">{dataset.source}</code>
            {uploaded.has(dataset.id) && <span className="badge">{importPanelText(lang, 'import.uploaded')}</span>}
          </h3>
          {dataset.warnings.length === 0 ? (
            <p className="ok">{t('quality.noWarnings')}</p>
          ) : (
            [...group(dataset.warnings, (w) => w.code)].map(([code, warnings]) => (
              <details key={code} className="warning-group" open={warnings.length <= 10}>
                <summary>
                  {warningCodeLabel(lang, code)} <code className="muted">{code}</code> <span className="badge">{t('quality.count', { n: warnings.length })}</span>
                </summary>
                <ul>
                  {warnings.map((w, i) => (
                    <li key={i}>
                      {w.line !== null && <span className="muted">{t('quality.line', { n: w.line })} · </span>}
                      <span lang={lang === 'zh' || w.params !== undefined ? undefined : 'zh-CN'}>{warningMessage(lang, w)}</span>
                      {w.taskId !== null && (
                        <>
                          {' '}
                          <a href={formatHash({ ...state, task: w.taskId })}>{t('quality.openTask', { id: w.taskId })}</a>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </details>
            ))
          )}
        </article>
      ))}
    </section>
  );
}

/** A file that could not be shown, or was shown with a problem: the file, why, and the detail lines. */
interface Problem {
  file: string;
  kind: string;
  reason: string;
  details: readonly string[];
}

function ProblemList({ testId, problems }: { testId: string; problems: readonly Problem[] }) {
  return (
    <ul className="failures" data-testid={testId}>
      {problems.map((problem, index) => (
        <li key={`${index}-${problem.file}`} className="failure" data-file={problem.file} data-kind={problem.kind}>
          <code className="failure-file">{problem.file}</code> — {problem.reason}
          {problem.details.length > 0 && (
            <ul className="failure-details">
              {problem.details.map((line, i) => (
                <li key={i}>
                  <code>{line}</code>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
