import { group } from 'd3-array';
import { translate } from '../i18n/translate.ts';
import type { MessageKey } from '../i18n/ui-messages.ts';
import type { LoadFailure } from '../load/load-datasets.ts';
import { formatHash } from '../state/hash.ts';
import type { ViewProps } from './view-props.ts';

/** Every dataset's warnings grouped by code with links to their tasks, and every data file that failed to load. */
export function QualityView({ state, load }: ViewProps) {
  const { lang } = state;
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  return (
    <section className="quality-view">
      <h2>{t('quality.failures')}</h2>
      {load.failures.length === 0 ? (
        <p className="ok">{t('quality.noFailures')}</p>
      ) : (
        <ul className="failures" data-testid="failures">
          {load.failures.map((failure) => (
            <li key={failure.file} className="failure" data-file={failure.file}>
              <code className="failure-file">{failure.file}</code> — {failureMessage(failure, lang)}
              {failure.details.length > 0 && (
                <ul className="failure-details">
                  {failure.details.map((line, i) => (
                    <li key={i}>
                      <code>{line}</code>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('quality.warnings')}</h2>
      {load.datasets.map((dataset) => (
        <article key={dataset.id} className="quality-dataset" data-dataset={dataset.id}>
          <h3>
            {dataset.region} · {dataset.title} <code className="muted">{dataset.source}</code>
          </h3>
          {dataset.warnings.length === 0 ? (
            <p className="ok">{t('quality.noWarnings')}</p>
          ) : (
            [...group(dataset.warnings, (w) => w.code)].map(([code, warnings]) => (
              <details key={code} className="warning-group" open={warnings.length <= 10}>
                <summary>
                  <code>{code}</code> <span className="badge">{t('quality.count', { n: warnings.length })}</span>
                </summary>
                <ul>
                  {warnings.map((w, i) => (
                    <li key={i}>
                      {w.line !== null && <span className="muted">{t('quality.line', { n: w.line })} · </span>}
                      {w.message}
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

function failureMessage(failure: LoadFailure, lang: 'zh' | 'en'): string {
  return translate(lang, `failure.${failure.kind}`, { status: failure.status ?? '' });
}
