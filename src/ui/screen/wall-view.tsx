import { useMemo } from 'react';
import type { Filters } from '../../analysis/filters.ts';
import { progressByTask } from '../../analysis/progress-by-task.ts';
import type { TaskRow } from '../../analysis/task-row.ts';
import { screenMessage } from '../../i18n/screen-messages.ts';
import type { LoadResult } from '../../load/load-result.ts';
import type { Lang } from '../../state/app-state.ts';
import type { ProgressView } from '../progress/use-progress.ts';
import { WallAlerts } from './wall-alerts.tsx';
import { WallCounters } from './wall-counters.tsx';
import { WallFooter } from './wall-footer.tsx';
import { WallMap } from './wall-map.tsx';
import { WallMonths } from './wall-months.tsx';
import type { WallProps } from './wall-props.ts';
import { WallRankings } from './wall-rankings.tsx';
import { describeFilters } from './wall-scope.ts';
import './wall.css';

interface Props {
  lang: Lang;
  asOf: string;
  rows: readonly TaskRow[];
  filters: Filters;
  load: LoadResult;
  /** Seconds per focus close-up; 0 keeps the first. */
  rotate: number;
  /** The header's clock block (shared with single-panel mode). */
  clock: React.ReactNode;
  /** Returned progress reports (empty without any). */
  progress: ProgressView;
}

/**
 * The composite wall: header with scope and clock, a row of counters, the alert column, the map with its rotating focus,
 * the next twelve months of deadlines and the rankings, all on one stage; only the focus card rotates.
 */
export function WallView({ lang, asOf, rows, filters, load, rotate, clock, progress }: Props) {
  const filterWords = useMemo(() => describeFilters(filters, lang, progress.params.progress), [filters, lang, progress.params.progress]);
  const regionCount = useMemo(() => new Set(rows.map((r) => r.region)).size, [rows]);
  const divisionCodes = useMemo(() => {
    const codes = new Map<string, string>();
    // divisionCode (GB/T 2260) is an optional field newer ingests add to datasets and manifest entries
    for (const entry of (load.manifest?.datasets ?? []) as { region: string; divisionCode?: unknown }[]) {
      if (typeof entry.divisionCode === 'string') codes.set(entry.region, entry.divisionCode);
    }
    for (const dataset of load.datasets as { region: string; divisionCode?: unknown }[]) {
      if (typeof dataset.divisionCode === 'string') codes.set(dataset.region, dataset.divisionCode);
    }
    return codes;
  }, [load]);
  // the wall's rows are re-read from data/ on their own schedule, so their status is computed here, from the same reports
  const { merged, params } = progress;
  const byTask = useMemo(() => (merged.byTask.size === 0 ? null : progressByTask(rows, merged.byTask, asOf, params.soon)), [rows, merged, asOf, params.soon]);
  const props: WallProps = { lang, asOf, rows, filters, filterWords, progress: byTask };
  // compact-encoded datasets shown before their texts side files: their alert lines say the title is loading
  const textsPending = useMemo(() => new Set((load.pendingTexts ?? []).map((p) => p.id)), [load]);
  const scope = filterWords.length > 0 ? screenMessage(lang, 'wall.scopeFilters', { filters: filterWords.join(' · ') }) : screenMessage(lang, 'wall.scopeAll', { n: regionCount });
  return (
    <div className="wall" data-testid="wall">
      <header className="screen-header wall-header">
        <div className="screen-heading">
          <h1 className="screen-title">{screenMessage(lang, 'screen.title')}</h1>
          <p className="screen-subtitle wall-scope" data-testid="screen-subtitle">{scope}</p>
        </div>
        {clock}
      </header>
      <WallCounters {...props} />
      <div className="wall-main">
        <WallAlerts {...props} textsPending={textsPending} />
        <div className="wall-centre">
          <WallMap {...props} rotate={rotate} divisionCodes={divisionCodes} />
          <WallMonths {...props} />
        </div>
        <WallRankings {...props} />
      </div>
      <WallFooter load={load} lang={lang} progress={progress} />
    </div>
  );
}
