import { useMemo } from 'react';
import { deadlinesByMonth } from '../../analysis/deadline-density.ts';
import { keyFigures } from '../../analysis/key-figures.ts';
import type { TaskRow } from '../../analysis/task-row.ts';
import { targetMatrix } from '../../analysis/targets.ts';
import { matrixTopRegions } from '../../analysis/matrix-top-regions.ts';
import { formatNumber } from '../format-number.ts';
import { foldTimelineLanes } from '../../charts/timeline-fold.ts';
import { chartMessage } from '../../i18n/chart-messages.ts';
import { timelineItems } from '../../analysis/timeline-items.ts';
import { workloadByUnit } from '../../analysis/workload.ts';
import { buildDeadlineDensityOption } from '../../charts/deadline-density.ts';
import { DENSITY_MAX_REGIONS } from '../../charts/density-regions.ts';
import { buildTargetMatrixOption, type TargetMatrixDatum } from '../../charts/target-matrix.ts';
import { buildTimelineOption, drawsYearUnknownStrip } from '../../charts/timeline.ts';
import { chartTheme } from '../../charts/chart-theme.ts';
import { buildWorkloadBarOption } from '../../charts/workload-bar.ts';
import { screenMessage, type ScreenMessageKey } from '../../i18n/screen-messages.ts';
import { translate } from '../../i18n/translate.ts';
import type { MessageKey } from '../../i18n/ui-messages.ts';
import type { Dataset } from '../../model/schema.ts';
import type { Lang } from '../../state/app-state.ts';
import { ScreenChart } from './screen-chart.tsx';
import { withScreenStyle } from './screen-chart-style.ts';
import type { ScreenPanel } from './screen-params.ts';

/** What every big-screen panel draws from. */
export interface ScreenPanelProps {
  lang: Lang;
  asOf: string;
  datasets: readonly Dataset[];
  filtered: readonly TaskRow[];
}

/** Stage pixels of chart text: 28 px on a 1080p wall, the least Chinese text needs from five metres; nothing is smaller. */
const FONT = 28;
/** Units the workload panel ranks, and collective units listed after them: what fits at FONT on the stage. */
const TOP_UNITS = 12;
const COLLECTIVE_UNITS = 3;
/** Stage pixels for a unit name: 17 characters at FONT, e.g. 市"互联网+政务服务"领导小组办公室. */
const UNIT_LABEL_WIDTH = 500;
/** Alternating row shading that stays quiet on the dark stage (the builders' default is for light backgrounds). */
const DARK_SPLIT_AREA = { show: true, areaStyle: { color: ['#0f1822', '#142030'] } };
/** Stage pixels the targets matrix has for its category rows. */
const TARGET_ROWS_HEIGHT = 720;
/** Stage pixels the matrix has for its region columns, beside the category labels. */
const TARGET_COLUMNS_WIDTH = 1560;
/** Regions listed by name on the key-figures panel. */
const REGION_BARS = 8;
/** The narrowest target cell whose 28 px label still reads (a target such as "≥95%" or "100个"), gap included. */
const TARGET_MIN_COLUMN = 136;
/** The summed "other units" bar is left out, and said in words, once it is this many times the busiest unit's bar. */
const OTHER_BAR_RATIO = 3;
/** Region lanes of the timeline panel (a 28 px label each, about 50 px a lane), fewer above the year-unknown strip. */
const SCREEN_TIMELINE_LANES = 12;
const SCREEN_TIMELINE_LANES_WITH_UNKNOWN = 8;

const PANELS: Record<ScreenPanel, (props: ScreenPanelProps) => React.ReactNode> = {
  overview: FiguresPanel,
  deadlines: DeadlinesPanel,
  workload: WorkloadPanel,
  targets: TargetsPanel,
  timeline: TimelinePanel,
};

const NOTES: Partial<Record<ScreenPanel, ScreenMessageKey>> = {
  deadlines: 'deadlines.note',
  workload: 'workload.note',
  targets: 'targets.note',
};

// The timeline builder colours bars by deadline status with these theme series (src/charts/timeline.ts, makeRenderItem).
const STATUS_SWATCHES: readonly { key: MessageKey; series: number }[] = [
  { key: 'status.passed', series: 5 },
  { key: 'status.due90', series: 1 },
  { key: 'status.later', series: 0 },
  { key: 'status.ongoing', series: 2 },
  { key: 'status.yearUnknown', series: 3 },
];

/** One big-screen panel: its title, a one-line reading note, and its figures or chart filling the rest of the stage. */
export function ScreenPanelView({ panel, ...props }: ScreenPanelProps & { panel: ScreenPanel }) {
  const Body = PANELS[panel];
  const note = NOTES[panel];
  return (
    <section className={`screen-panel screen-panel-${panel}`} data-panel={panel}>
      <header className="screen-panel-head">
        <h2 className="screen-panel-title">{screenMessage(props.lang, `panel.${panel}`)}</h2>
        {note && <p className="screen-panel-note">{screenMessage(props.lang, note)}</p>}
        {panel === 'timeline' && <StatusLegend lang={props.lang} />}
      </header>
      <div className="screen-panel-body">
        <Body {...props} />
      </div>
    </section>
  );
}

function StatusLegend({ lang }: { lang: Lang }) {
  const colours = chartTheme('dark').series;
  return (
    <ul className="screen-legend">
      {STATUS_SWATCHES.map(({ key, series }) => (
        <li key={key} className="screen-legend-item">
          <span className="screen-swatch" style={{ background: colours[series] }} />
          {translate(lang, key)}
        </li>
      ))}
    </ul>
  );
}

function FiguresPanel({ lang, filtered, asOf }: ScreenPanelProps) {
  const figures = useMemo(() => keyFigures(filtered, asOf), [filtered, asOf]);
  const byRegion = useMemo(() => {
    const counts = new Map<string, number>();
    for (const row of filtered) counts.set(row.region, (counts.get(row.region) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  }, [filtered]);
  const number = (n: number) => formatNumber(n, lang);
  const share = `${Math.round(figures.ongoingShare * 100)}%`;
  const cards: { key: MessageKey; value: number; tone?: string; note?: string }[] = [
    { key: 'figure.tasks', value: figures.tasks },
    { key: 'figure.regions', value: figures.regions },
    { key: 'figure.units', value: figures.units },
    { key: 'figure.indicators', value: figures.indicators },
    { key: 'figure.due90', value: figures.due90, tone: 'due90' },
    { key: 'figure.passed', value: figures.passed, tone: 'overdue' },
    { key: 'figure.ongoing', value: figures.ongoing, tone: 'ongoing', note: screenMessage(lang, 'figure.ongoingShare', { share }) },
    { key: 'figure.yearUnknown', value: figures.yearUnknown, tone: 'unknown' },
  ];
  const shown = byRegion.slice(0, REGION_BARS);
  const max = Math.max(1, ...shown.map(([, n]) => n));
  return (
    <div className="screen-figures-layout">
      <ul className="screen-figures" data-testid="screen-figures">
        {cards.map((card) => (
          <li key={card.key} className={card.tone ? `screen-figure tone-${card.tone}` : 'screen-figure'} data-figure={card.key}>
            <span className="screen-figure-value">{number(card.value)}</span>
            <span className="screen-figure-label">{translate(lang, card.key)}</span>
            {card.note && <span className="screen-figure-note">{card.note}</span>}
          </li>
        ))}
      </ul>
      <div className="screen-regions">
        <h3 className="screen-regions-title">{screenMessage(lang, 'figure.byRegion')}</h3>
        <ol className="screen-region-list">
          {shown.map(([region, n]) => (
            <li key={region} className="screen-region" data-region={region}>
              <span className="screen-region-name">{region}</span>
              <span className="screen-region-bar">
                <span className="screen-region-fill" style={{ width: `${(n / max) * 100}%` }} />
              </span>
              <span className="screen-region-count">{number(n)}</span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

function DeadlinesPanel({ lang, filtered, asOf }: ScreenPanelProps) {
  const option = useMemo(() => {
    const density = deadlinesByMonth(filtered);
    if (density.months.length === 0) return null;
    const styled = withScreenStyle(buildDeadlineDensityOption(density, { lang, asOf, theme: 'dark' }), { fontSize: FONT, decals: true });
    // room for a legend that wraps onto a second line when there are many regions
    const legendRows = Math.ceil(Math.min(density.regions.length, DENSITY_MAX_REGIONS) / 5);
    return { ...styled, grid: { left: 16, right: 32, top: 24 + legendRows * 44, bottom: 16, containLabel: true } };
  }, [filtered, lang, asOf]);
  return <ScreenChart option={option} lang={lang} label={screenMessage(lang, 'panel.deadlines')} />;
}

function WorkloadPanel({ lang, filtered, datasets }: ScreenPanelProps) {
  const { option, more } = useMemo(() => {
    const unitGroups = Object.fromEntries(datasets.map((d) => [d.id, d.unitGroups]));
    let more: string | null = null;
    const groups = workloadByUnit(filtered, { topN: TOP_UNITS, split: 'all', expandGroups: false, unitGroups }).map((group) => {
      const busiest = Math.max(1, ...group.units.map((u) => u.total));
      // a province's tens of thousands of other units, drawn as one bar, would flatten every named unit to a sliver
      const keepOther = group.other === null || group.other.tasks <= OTHER_BAR_RATIO * busiest;
      if (!keepOther && group.other !== null) {
        more = screenMessage(lang, 'workload.more', { n: formatNumber(group.other.unitCount, lang), tasks: formatNumber(group.other.tasks, lang) });
      }
      return { ...group, other: keepOther ? group.other : null, collective: group.collective.slice(0, COLLECTIVE_UNITS) };
    });
    if (groups.every((group) => group.units.length === 0 && group.collective.length === 0)) return { option: null, more };
    const styled = withScreenStyle(buildWorkloadBarOption(groups, { lang, theme: 'dark' }), { fontSize: FONT, decals: true });
    const yAxis = styled.yAxis as { axisLabel?: object };
    // a fixed label column rather than containLabel, which under-measures long unit names at this size
    return {
      more,
      option: {
        ...styled,
        grid: { left: UNIT_LABEL_WIDTH + 24, right: 120, top: 64, bottom: 48, containLabel: false },
        yAxis: { ...yAxis, axisLabel: { ...yAxis.axisLabel, width: UNIT_LABEL_WIDTH, overflow: 'truncate' } },
        series: (styled.series as object[]).map((series) => ({ ...series, barMaxWidth: 36 })),
      },
    };
  }, [filtered, datasets, lang]);
  return <ChartWithLine line={more} testId="screen-workload-more"><ScreenChart option={option} lang={lang} label={screenMessage(lang, 'panel.workload')} /></ChartWithLine>;
}

/** A panel's chart with a line above it saying what the chart leaves out (when it leaves something out). */
function ChartWithLine({ line, testId, children }: { line: string | null; testId: string; children: React.ReactNode }) {
  if (line === null) return children;
  return (
    <div className="screen-panel-stack">
      <p className="screen-panel-more" data-testid={testId}>{line}</p>
      {children}
    </div>
  );
}

function TargetsPanel({ lang, filtered }: ScreenPanelProps) {
  const { option, more } = useMemo(() => {
    const top = matrixTopRegions(targetMatrix(filtered), Math.floor(TARGET_COLUMNS_WIDTH / TARGET_MIN_COLUMN));
    const matrix = top.matrix;
    const more = top.left === 0 ? null : screenMessage(lang, 'targets.more', { shown: matrix.regions.length, n: formatNumber(top.left, lang) });
    if (matrix.cells.length === 0) return { option: null, more };
    // cell labels stay at FONT: two lines (target, due date) where the rows are tall enough, else the target alone
    // (the panel note then says the due date is left out) rather than text too small to read from the room
    const twoLines = TARGET_ROWS_HEIGHT / Math.max(1, matrix.categories.length) >= FONT * 2.4;
    const cellWidth = Math.max(120, Math.floor(TARGET_COLUMNS_WIDTH / Math.max(1, matrix.regions.length)) - 16);
    const styled = withScreenStyle(buildTargetMatrixOption(matrix, { lang, theme: 'dark' }), { fontSize: FONT, decals: false });
    const series = (styled.series as { label?: { formatter?: unknown } }[]).map((s) => ({
      ...s,
      // as wide as a cell (the builder's 200 px is for the dashboard), so fewer labels are cut
      label: { ...s.label, fontSize: FONT, lineHeight: Math.round(FONT * 1.15), width: cellWidth, ...(twoLines ? {} : { formatter: targetOnly }) },
    }));
    const xAxis = styled.xAxis as object;
    const yAxis = styled.yAxis as object;
    return {
      more,
      option: {
        ...styled,
        // room under the rows for the visual map's scale, whose 28 px text would otherwise cover the last row
        grid: { left: 16, right: 32, top: 16, bottom: 64, containLabel: true },
        // a region's name is cut to its column ("汕尾市平田…") rather than printed into the next one's
        xAxis: { ...xAxis, splitArea: DARK_SPLIT_AREA, axisLabel: { ...(xAxis as { axisLabel?: object }).axisLabel, interval: 0, width: cellWidth, overflow: 'truncate' } },
        yAxis: { ...yAxis, splitArea: DARK_SPLIT_AREA },
        series,
      },
    };
  }, [filtered, lang]);
  return <ChartWithLine line={more} testId="screen-targets-more"><ScreenChart option={option} lang={lang} label={screenMessage(lang, 'panel.targets')} /></ChartWithLine>;
}

/** A target-matrix cell label with the first target only (see TargetsPanel). */
function targetOnly(params: unknown): string {
  return (params as { data?: TargetMatrixDatum }).data?.target ?? '';
}

function TimelinePanel({ lang, filtered, asOf }: ScreenPanelProps) {
  const option = useMemo(() => {
    const full = timelineItems(filtered, 'region', asOf);
    if (full.bins.length + full.yearUnknown.bins.length + full.items.length + full.yearUnknown.items.length === 0) return null;
    // a province's 200 region lanes fold into the busiest ones and one "其他 n 个" lane (every total kept), as many as
    // 28 px labels fit; the cells' own counts (10–11 px) are left out: the wall prints nothing under 28 px
    const max = drawsYearUnknownStrip(full) ? SCREEN_TIMELINE_LANES_WITH_UNKNOWN : SCREEN_TIMELINE_LANES;
    const folded = foldTimelineLanes(full, max, (n) => chartMessage(lang, 'otherLanes', { n })).model;
    // the year-unknown strip as one row of monthly totals: split by region it took a lane per region (200 at a province)
    const model = { ...folded, yearUnknown: { ...folded.yearUnknown, lanes: [], laneBins: [] } };
    const styled = withScreenStyle(buildTimelineOption(model, { lang, theme: 'dark', cellCounts: false, edgeCountFontSize: FONT }), { fontSize: FONT, decals: false });
    const yAxes = styled.yAxis as { axisLabel?: object }[];
    const grids = styled.grid as object[];
    return {
      ...styled,
      title: undefined,
      // room right of the plot for the ▶ ongoing counts at 28 px ("51,424" at a province)
      grid: grids.map((grid, i) => ({ ...grid, right: 130, ...(i === 0 ? { top: 56 } : {}) })),
      // a lane of one or two tasks is thinner than its label: hide a label rather than print it over the next one
      yAxis: yAxes.map((axis) => ({ ...axis, axisLabel: { ...axis.axisLabel, width: 360, hideOverlap: true } })),
    };
  }, [filtered, lang, asOf]);
  return <ScreenChart option={option} lang={lang} label={screenMessage(lang, 'panel.timeline')} />;
}
