import { useMemo } from 'react';
import { rankRegions, rankUnits, type RankedEntry } from '../../analysis/attention-ranking.ts';
import { shortText } from '../../analysis/attention-list.ts';
import type { TaskProgress } from '../../analysis/progress-status.ts';
import type { TaskRow } from '../../analysis/task-row.ts';
import { wallProgressRanking, type WallProgressEntry } from '../../analysis/wall-progress-ranking.ts';
import { screenMessage } from '../../i18n/screen-messages.ts';
import { wallProgressMessage } from '../../i18n/wall-progress-messages.ts';
import type { Lang } from '../../state/app-state.ts';
import { capList } from '../../analysis/wall-list-cap.ts';
import { AutoScroll } from './auto-scroll.tsx';
import { formatNumber } from '../format-number.ts';
import { titleWithFilters, type WallProps } from './wall-props.ts';
import { regionLabel } from '../../i18n/data-labels.ts';

/** Characters of a unit label (with its region when several are in view) that fit the ranking column at 28 px beside the value. */
const UNIT_CHARS = 14;
/** The same on the 红黄榜, where the name has the row's whole first line to itself (counts go beside the bar). */
const PROGRESS_UNIT_CHARS = 17;
/** Region bars shown (they stand still above the units, so they must fit the panel); the rest are counted. */
const WALL_RANK_REGIONS = 5;
/** Unit bars in the scrolling list; the rest are counted. */
const WALL_RANK_UNITS = 30;

/**
 * Regions and units ranked by tasks needing attention, each bar split into passed / due soon with its value printed;
 * once progress reports exist, ranked by red then amber count (红黄榜) with both counts printed.
 */
export function WallRankings(props: WallProps) {
  return props.progress === null ? <PlanRankings {...props} /> : <ProgressRankings {...props} progress={props.progress} />;
}

function PlanRankings({ lang, asOf, rows, filterWords }: WallProps) {
  const regions = useMemo(() => rankRegions(rows, asOf), [rows, asOf]);
  const units = useMemo(() => rankUnits(rows, asOf).filter((u) => u.passed + u.dueSoon > 0), [rows, asOf]);
  const manyRegions = regions.length > 1;
  const max = largest([...regions, ...units], attention);
  const shownRegions = capList(regions, WALL_RANK_REGIONS);
  const shownUnits = capList(units, WALL_RANK_UNITS);
  return (
    <RankingsPanel
      progress={false}
      title={(key) => titleWithFilters(screenMessage(lang, key), filterWords)}
      empty={screenMessage(lang, 'rank.none')}
      regionRows={shownRegions.shown.map((entry) => <RankRow key={entry.key} entry={entry} label={regionLabel(lang, entry.name)} max={max} lang={lang} />)}
      unitRows={shownUnits.shown.map((entry) => <RankRow key={entry.key} entry={entry} max={max} lang={lang} twoLine label={unitLabel(entry, manyRegions, lang)} />)}
      more={moreLines(lang, shownRegions.rest, shownUnits.rest)}
      legend={[
        ['tone-passed', screenMessage(lang, 'rank.legendPassed')],
        ['tone-soon', screenMessage(lang, 'rank.legendSoon')],
      ]}
    />
  );
}

/** The frame both rankings share: region bars, the scrolling unit bars (or a line saying there are none) and the key. */
function RankingsPanel({ progress, title, empty, regionRows, unitRows, more, legend }: {
  progress: boolean;
  title: (key: 'rank.regions' | 'rank.units') => string;
  empty: string;
  regionRows: React.ReactNode[];
  unitRows: React.ReactNode[];
  /** The lines after a list that was cut: how many regions / units it leaves out; null when it shows them all. */
  more: { regions: string | null; units: string | null };
  legend: readonly (readonly [tone: string, text: string])[];
}) {
  return (
    <section className={progress ? 'wall-panel wall-rankings has-progress' : 'wall-panel wall-rankings'} data-testid="wall-rankings" data-progress={progress ? 'true' : undefined}>
      <h2 className="wall-panel-title">{title('rank.regions')}</h2>
      <ol className="wall-rank-list wall-rank-regions" data-testid="wall-rank-regions">
        {regionRows}
        {more.regions !== null && <li className="wall-rank-more" data-testid="wall-rank-regions-more">{more.regions}</li>}
      </ol>
      <h2 className="wall-panel-title">{title('rank.units')}</h2>
      {unitRows.length === 0 ? (
        <p className="wall-empty">{empty}</p>
      ) : (
        <AutoScroll className="wall-rank-scroll" testId="wall-rank-units">
          <ol className="wall-rank-list wall-rank-units">
            {unitRows}
            {more.units !== null && <li className="wall-rank-more" data-testid="wall-rank-units-more">{more.units}</li>}
          </ol>
        </AutoScroll>
      )}
      <ul className="wall-legend" aria-label={title('rank.regions')}>
        {legend.map(([tone, text]) => <li key={tone}><span className={`wall-swatch ${tone}`} />{text}</li>)}
      </ul>
    </section>
  );
}

function moreLines(lang: Lang, regions: number, units: number): { regions: string | null; units: string | null } {
  return {
    regions: regions === 0 ? null : screenMessage(lang, 'rank.moreRegions', { n: formatNumber(regions, lang) }),
    units: units === 0 ? null : screenMessage(lang, 'rank.moreUnits', { n: formatNumber(units, lang) }),
  };
}

// The region is what tells same-name bureaus apart, so a long name is cut, never the region.
function unitLabel(entry: { name: string; region: string | null }, withRegion: boolean, lang: Lang, chars = UNIT_CHARS): string {
  if (!withRegion || entry.region === null) return shortText(entry.name, chars);
  const suffix = `（${regionLabel(lang, entry.region)}）`;
  return `${shortText(entry.name, Math.max(4, chars - [...suffix].length))}${suffix}`;
}

function ProgressRankings({ lang, rows, filterWords, progress }: { lang: Lang; rows: readonly TaskRow[]; filterWords: readonly string[]; progress: ReadonlyMap<string, TaskProgress> }) {
  const regions = useMemo(() => wallProgressRanking(rows, progress, 'region'), [rows, progress]);
  const units = useMemo(() => wallProgressRanking(rows, progress, 'unit').filter((u) => u.red + u.amber > 0), [rows, progress]);
  const max = largest([...regions, ...units], (e) => e.red + e.amber);
  const shownRegions = capList(regions, WALL_RANK_REGIONS);
  const shownUnits = capList(units, WALL_RANK_UNITS);
  return (
    <RankingsPanel
      progress
      title={(key) => titleWithFilters(wallProgressMessage(lang, key), filterWords)}
      empty={wallProgressMessage(lang, 'rank.none')}
      regionRows={shownRegions.shown.map((entry) => <ProgressRankRow key={entry.key} entry={entry} label={shortText(regionLabel(lang, entry.name), 7)} max={max} lang={lang} />)}
      unitRows={shownUnits.shown.map((entry) => <ProgressRankRow key={entry.key} entry={entry} max={max} lang={lang} twoLine label={unitLabel(entry, true, lang, PROGRESS_UNIT_CHARS)} />)}
      more={moreLines(lang, shownRegions.rest, shownUnits.rest)}
      legend={[
        ['tone-red', `■ ${wallProgressMessage(lang, 'rank.legendRed')}`],
        ['tone-amber', `▲ ${wallProgressMessage(lang, 'rank.legendAmber')}`],
      ]}
    />
  );
}

function ProgressRankRow({ entry, label, max, lang, twoLine = false }: { entry: WallProgressEntry; label: string; max: number; lang: Lang; twoLine?: boolean }) {
  return (
    <li className={twoLine ? 'wall-rank two-line' : 'wall-rank'} data-key={entry.key} data-red={entry.red} data-amber={entry.amber} data-value={entry.red + entry.amber}>
      <span className="wall-rank-name">{label}</span>
      <span className="wall-rank-bar" aria-hidden="true">
        <span className="wall-rank-fill tone-red" style={{ width: `${(entry.red / max) * 100}%` }} />
        <span className="wall-rank-fill tone-amber" style={{ width: `${(entry.amber / max) * 100}%` }} />
      </span>
      <span className="wall-rank-value wall-rank-rag">
        <span className="wall-rank-red">■{formatNumber(entry.red, lang)}</span>
        <span className="wall-rank-amber">▲{formatNumber(entry.amber, lang)}</span>
      </span>
    </li>
  );
}

/** The longest bar's value (at least 1); a loop, not Math.max(...): a province's units are too many for spread arguments. */
function largest<T>(entries: readonly T[], value: (entry: T) => number): number {
  let max = 1;
  for (const entry of entries) max = Math.max(max, value(entry));
  return max;
}

function attention(entry: RankedEntry): number {
  return entry.passed + entry.dueSoon;
}

function RankRow({ entry, label, max, lang, twoLine = false }: { entry: RankedEntry; label: string; max: number; lang: Lang; twoLine?: boolean }) {
  const value = attention(entry);
  return (
    <li className={twoLine ? 'wall-rank two-line' : 'wall-rank'} data-key={entry.key} data-value={value}>
      <span className="wall-rank-name">{label}</span>
      <span className="wall-rank-bar" aria-hidden="true">
        <span className="wall-rank-fill tone-passed" style={{ width: `${(entry.passed / max) * 100}%` }} />
        <span className="wall-rank-fill tone-soon" style={{ width: `${(entry.dueSoon / max) * 100}%` }} />
      </span>
      <span className="wall-rank-value">{formatNumber(value, lang)}</span>
    </li>
  );
}
