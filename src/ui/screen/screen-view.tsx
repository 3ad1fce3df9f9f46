import { useEffect, useMemo, useState } from 'react';
import { filterTasks } from '../../analysis/filter-tasks.ts';
import { filterByProgress } from '../progress/filter-by-progress.ts';
import { screenMessage } from '../../i18n/screen-messages.ts';
import type { Lang } from '../../state/app-state.ts';
import { ScreenPanelView } from './screen-panels.tsx';
import { useLiveRows } from './use-live-rows.ts';
import { useRefreshedLoad } from './screen-refresh.ts';
import { ScreenStage } from './screen-stage.tsx';
import { useIdle, useNow, useRotation, useScheduledReload, useToday } from './screen-timers.ts';
import { useScreenParams } from './screen-url.ts';
import type { ViewProps } from '../view-props.ts';
import { WallView } from './wall-view.tsx';
import './screen.css';

/** Idle time after which the cursor and the fullscreen button hide. */
const IDLE_MS = 4000;

/**
 * Big-screen mode (#/screen): a 1920×1080 stage scaled to the window, dark, with clock and as-of date, rotating through
 * the panels the URL names; URL filters apply, data/ is re-fetched periodically, and nothing needs a mouse.
 */
export function ScreenView({ state, load, rows: loadedRows, unitAliases, progress }: ViewProps) {
  const { lang, filters } = state;
  const params = useScreenParams();
  const { live, rows } = useLiveRows(load, loadedRows, useRefreshedLoad(load, params.refresh), unitAliases);
  const today = useToday();
  const asOf = state.asOf ?? today;
  // progress= (督办 colours) narrows the wall's rows as it narrows the dashboard's
  const filtered = useMemo(() => filterByProgress(filterTasks(rows, filters, asOf), progress), [rows, filters, asOf, progress]);
  // the composite wall rotates only its focus card; single-panel mode rotates whole panels
  const [index, step] = useRotation(params.panels.length, params.composite ? 0 : params.rotate);
  const panel = params.panels[index] ?? params.panels[0]!;
  const idle = useIdle(IDLE_MS);
  useScheduledReload(params.reload);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'ArrowRight' || event.key === 'PageDown') step(1);
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') step(-1);
      else if (event.key === 'f' || event.key === 'F') toggleFullscreen();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);

  const regions = filters.region;
  const subtitle = regions.length > 0
    ? screenMessage(lang, 'screen.regions', { regions: regions.join('、') })
    : screenMessage(lang, 'screen.allRegions', { n: live.datasets.length });
  const otherFilters = filters.section.length + filters.unit.length + filters.role.length + filters.status.length + filters.category.length
    + (filters.due === null ? 0 : 1) + (filters.q === '' ? 0 : 1) + progress.params.progress.length > 0;

  const [readAt, setReadAt] = useState(() => new Date());
  useEffect(() => setReadAt(new Date()), [live]);
  const clock = <ScreenClock lang={lang} asOf={asOf} readAt={readAt} />;

  if (params.composite) {
    return (
      <ScreenStage className={idle ? 'screen-idle wall-stage' : 'wall-stage'} fill={params.fill}>
        <WallView lang={lang} asOf={asOf} rows={filtered} filters={filters} load={live} rotate={params.rotate} progress={progress} clock={<>{clock}<FullscreenButton lang={lang} /></>} />
      </ScreenStage>
    );
  }

  return (
    <ScreenStage className={idle ? 'screen-idle' : undefined} fill={params.fill}>
      <header className="screen-header">
        <div className="screen-heading">
          <h1 className="screen-title">{screenMessage(lang, 'screen.title')}</h1>
          <p className="screen-subtitle" data-testid="screen-subtitle">
            {subtitle}
            {otherFilters && <span className="screen-filtered">{screenMessage(lang, 'screen.filtered')}</span>}
          </p>
        </div>
        {clock}
        <FullscreenButton lang={lang} />
      </header>
      <div className="screen-main" key={panel} data-testid="screen-panel" data-panel={panel} data-index={index}>
        <ScreenPanelView panel={panel} lang={lang} asOf={asOf} datasets={live.datasets} filtered={filtered} />
      </div>
      <footer className="screen-footer">
        <div className="screen-progress" aria-hidden="true">
          {params.rotate > 0 && params.panels.length > 1 && (
            <span key={`${panel}-${index}`} className="screen-progress-fill" style={{ animationDuration: `${params.rotate}s` }} />
          )}
        </div>
        <ol className="screen-dots" aria-label={screenMessage(lang, 'screen.panels')}>
          {params.panels.map((p, i) => (
            <li key={p} className="screen-dot" aria-current={i === index ? 'step' : undefined}>
              {screenMessage(lang, `panel.${p}`)}
            </li>
          ))}
        </ol>
        {live.failures.length > 0 && (
          <p className="screen-failures" role="status">⚠ {screenMessage(lang, 'screen.failed', { n: live.failures.length })}</p>
        )}
      </footer>
    </ScreenStage>
  );
}

function ScreenClock({ lang, asOf, readAt }: { lang: Lang; asOf: string; readAt: Date }) {
  const now = useNow(1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
  return (
    <div className="screen-clock">
      <time className="screen-time" data-testid="screen-clock">{time}</time>
      <span className="screen-as-of" data-testid="screen-as-of">
        {screenMessage(lang, 'screen.asOf', { date: asOf })} · {screenMessage(lang, 'wall.readAt', { time: `${pad(readAt.getHours())}:${pad(readAt.getMinutes())}` })}
      </span>
    </div>
  );
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

function FullscreenButton({ lang }: { lang: Lang }) {
  const [full, setFull] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const update = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  if (!document.fullscreenEnabled) return null;
  return (
    <button type="button" className="screen-fullscreen" data-testid="screen-fullscreen" onClick={toggleFullscreen}>
      {screenMessage(lang, full ? 'screen.exitFullscreen' : 'screen.fullscreen')}
    </button>
  );
}
