import { importText } from '../i18n/import-messages.ts';
import type { LoadFailure, LoadNotice, LoadResult } from '../load/load-result.ts';
import type { AppState, Lang } from '../state/app-state.ts';
import { formatHash } from '../state/hash.ts';
import { cappedList } from './capped-list.ts';
import { ImportOutcomeLine } from './import/import-outcome.tsx';
import type { Navigate } from './use-app-state.ts';
import { uploadsStore } from './use-datasets.ts';
import { useUploadsStore } from './import/uploads-store.ts';

/**
 * The banners above every view: a missing or unusable manifest, every data file that failed
 * to load or loaded with a problem (each named with its reason, linking to the data-quality
 * view; at most a few named, the rest counted), the last import's outcome, and the overlay while a file is dragged over the window.
 */
export function FailureNotice({ state, load }: { state: AppState; navigate: Navigate; load: LoadResult }) {
  const { lang } = state;
  const uploads = useUploadsStore(uploadsStore);
  const details = formatHash({ ...state, view: 'quality', task: null });
  const manifestFailure = load.manifest === null ? load.failures.find((f) => f.file === 'manifest.json') : undefined;
  const fileFailures = load.failures.filter((f) => f !== manifestFailure);
  const separator = lang === 'en' ? '; ' : '；';
  return (
    <>
      {uploads.dragging && (
        <div className="import-overlay" role="status" data-testid="drop-overlay">
          <p>{importText(lang, 'import.drop')}</p>
        </div>
      )}
      {manifestFailure && (
        <div className="notice notice-error" role="alert" data-testid="manifest-notice">
          {manifestMessage(manifestFailure, lang)}{' '}
          <a href={details}>{importText(lang, 'notice.details')}</a>
        </div>
      )}
      {fileFailures.length > 0 && (
        <div className="notice notice-error" role="alert" data-testid="failure-notice">
          <span>
            {importText(lang, 'notice.failedFiles', {
              n: fileFailures.length,
              files: cappedList(fileFailures.map((f) => `${f.file}（${failureReason(f, lang)}）`), separator, lang),
            })}
          </span>{' '}
          <a href={details}>{importText(lang, 'notice.details')}</a>
        </div>
      )}
      {load.notices.length > 0 && (
        <div className="notice notice-warning" role="status" data-testid="problem-notice">
          <span>
            {importText(lang, 'notice.problemFiles', {
              n: load.notices.length,
              files: cappedList(load.notices.map((n) => `${n.file}（${noticeReason(n, lang)}）`), separator, lang),
            })}
          </span>{' '}
          <a href={details}>{importText(lang, 'notice.details')}</a>
        </div>
      )}
      {uploads.last !== null && (
        <div className={uploads.last.status === 'failed' ? 'notice notice-error' : 'notice'} role="status" data-testid="import-notice">
          <ImportOutcomeLine outcome={uploads.last} lang={lang} />{' '}
          {state.view !== 'quality' && <a href={details}>{importText(lang, 'notice.details')}</a>}
        </div>
      )}
      {load.datasets.length === 0 && !manifestFailure && (
        <p className="notice" role="status">
          {importText(lang, 'notice.noData')}
        </p>
      )}
    </>
  );
}

/** Why a file failed, in words (with the HTTP status where there is one). */
export function failureReason(failure: LoadFailure, lang: Lang): string {
  return importText(lang, `load.${failure.kind}`, { status: failure.status ?? '' });
}

/** What is wrong with a shown file, in words. */
export function noticeReason(notice: LoadNotice, lang: Lang): string {
  return importText(lang, `notice.${notice.kind}`, { n: notice.count });
}

function manifestMessage(failure: LoadFailure, lang: Lang): string {
  const reason = failureReason(failure, lang);
  return failure.kind === 'missing' ? importText(lang, 'manifest.missing', { reason }) : importText(lang, 'manifest.failed', { reason });
}
