import { translate } from '../i18n/translate.ts';
import type { LoadResult } from '../load/load-datasets.ts';
import type { AppState } from '../state/app-state.ts';
import { formatHash } from '../state/hash.ts';
import type { Navigate } from './use-app-state.ts';

/** A visible banner naming every data file that failed to load, linking to the data-quality view. */
export function FailureNotice({ state, load }: { state: AppState; navigate: Navigate; load: LoadResult }) {
  if (load.failures.length === 0 && load.datasets.length > 0) return null;
  if (load.failures.length === 0) {
    return (
      <p className="notice" role="status">
        {translate(state.lang, 'app.noData')}
      </p>
    );
  }
  const files = load.failures.map((f) => f.file).join(state.lang === 'en' ? ', ' : '、');
  return (
    <div className="notice notice-error" role="alert" data-testid="failure-notice">
      <span>{translate(state.lang, 'notice.failed', { n: load.failures.length, files })}</span>{' '}
      <a href={formatHash({ ...state, view: 'quality', task: null })}>{translate(state.lang, 'notice.details')}</a>
    </div>
  );
}
