import { translate } from '../i18n/translate.ts';
import type { AppState, View } from '../state/app-state.ts';
import { formatHash } from '../state/hash.ts';
import type { LoadResult } from '../load/load-result.ts';
import { ImportButton } from './import/import-button.tsx';
import { CopyLinkButton } from './share/copy-link-button.tsx';
import { todayIso } from './today.ts';
import type { Navigate } from './use-app-state.ts';

const TABS: readonly View[] = ['overview', 'timeline', 'workload', 'targets', 'tasks', 'supervise', 'quality'];

/** The top bar: title, view tabs (links that keep the filters), import, as-of date and the language switch. */
export function Header({ state, navigate, load }: { state: AppState; navigate: Navigate; load: LoadResult | null }) {
  const t = (key: Parameters<typeof translate>[1]) => translate(state.lang, key);
  return (
    <header className="header">
      <h1 className="header-title">{t('app.title')}</h1>
      <nav className="tabs" aria-label={t('header.views')}>
        {TABS.map((view) => (
          <a
            key={view}
            className="tab"
            href={formatHash({ ...state, view, task: null })}
            aria-current={state.view === view ? 'page' : undefined}
            data-tab={view}
          >
            {t(`view.${view}`)}
          </a>
        ))}
      </nav>
      <div className="header-tools">
        <ImportButton lang={state.lang} load={load} />
        <CopyLinkButton lang={state.lang} />
        <label className="as-of">
          <span>{t('header.asOf')}</span>
          <input
            type="date"
            value={state.asOf ?? todayIso()}
            required
            onChange={(e) => navigate((s) => ({ ...s, asOf: e.target.value === '' ? null : e.target.value }))}
          />
          {state.asOf === null ? (
            <span className="as-of-today">{t('header.today')}</span>
          ) : (
            <button type="button" className="link-button" onClick={() => navigate((s) => ({ ...s, asOf: null }))}>
              {t('header.today')}
            </button>
          )}
        </label>
        <div className="lang-switch" role="group" aria-label={t('header.language')}>
          {(['zh', 'en'] as const).map((lang) => (
            <button
              key={lang}
              type="button"
              aria-pressed={state.lang === lang}
              lang={lang === 'zh' ? 'zh-CN' : 'en'}
              onClick={() => navigate((s) => ({ ...s, lang }), { replace: true })}
            >
              {lang === 'zh' ? '中文' : 'EN'}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
