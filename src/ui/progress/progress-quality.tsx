import { group } from 'd3-array';
import { progressText } from '../../i18n/progress-messages.ts';
import { formatHash } from '../../state/hash.ts';
import type { ViewProps } from '../view-props.ts';

/** The data-quality section for progress: forms that could not be read, and every left-out or doubtful row by form and row. */
export function ProgressQuality({ state, progress }: ViewProps) {
  const { lang } = state;
  if (progress.files.length === 0 && progress.failures.length === 0) return null;
  const bySource = [...group(progress.merged.warnings, (w) => w.source)];
  return (
    <section className="progress-quality" data-testid="progress-quality">
      <h2>{progressText(lang, 'progress.quality.title')}</h2>
      {progress.failures.length > 0 && (
        <>
          <h3>{progressText(lang, 'progress.quality.failed')}</h3>
          <ul className="failures">
            {progress.failures.map((f, i) => (
              <li key={i} className="failure">
                <code>{f.file}</code> {f.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {bySource.length === 0 && progress.failures.length === 0 && <p className="ok">{progressText(lang, 'progress.quality.none')}</p>}
      {bySource.map(([source, warnings]) => (
        <article key={source} className="quality-dataset" data-progress-source={source}>
          <h3>
            <code>{source}</code> <span className="badge">{warnings.length}</span>
          </h3>
          <ul>
            {warnings.map((w, i) => (
              <li key={i} data-code={w.code} data-row={w.row ?? ''}>
                {w.row !== null && <span className="muted">{progressText(lang, 'progress.quality.row', { n: w.row })} · </span>}
                {w.message} <code className="muted">{w.code}</code>
                {w.taskId !== null && progress.byTask.has(w.taskId) && (
                  <>
                    {' '}
                    <a href={formatHash({ ...state, task: w.taskId })}>{w.taskId}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
