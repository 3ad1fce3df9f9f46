import type { CustomSeriesOption } from 'echarts/charts';
import type {
  DataZoomComponentOption, GraphicComponentOption, GridComponentOption, MarkAreaComponentOption, MarkLineComponentOption, TitleComponentOption, TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { DeadlineStatus } from '../analysis/filters.ts';
import { formatIsoDay } from '../analysis/iso-day.ts';
import type { TimelineBin, TimelineItem, TimelineModel } from '../analysis/timeline-items.ts';
import { monthName } from '../i18n/data-labels.ts';
import { chartMessage, type ChartLang } from '../i18n/chart-messages.ts';
import type { Rag } from '../analysis/progress-status.ts';
import { chartTheme, type ChartTheme, type ChartThemeName } from './chart-theme.ts';
import { ragColours } from './progress-colours.ts';
import { escapeHtml } from './escape-html.ts';
import { laneRows, overviewLanes } from './timeline-lane-fit.ts';

export type TimelineOption = ComposeOption<
  CustomSeriesOption | GridComponentOption | DataZoomComponentOption | MarkLineComponentOption
  | TooltipComponentOption | TitleComponentOption | GraphicComponentOption | MarkAreaComponentOption
>;

export interface TimelineSettings {
  lang: ChartLang;
  theme?: ChartThemeName;
  /** Overview mini: no zoom sliders, no lane labels beyond a few, tight grid. */
  compact?: boolean;
  /** A zoomed time window (UTC ms) the time axis opens on; null or absent shows the whole domain. */
  window?: { from: number; to: number } | null;
  /** 督办 colour per task id when progress reports are loaded: bars are coloured by it instead of by deadline status. */
  rag?: ReadonlyMap<string, Rag>;
  /** Print each monthly cell's count in it (10–11 px digits); default: on, except on the compact chart. */
  cellCounts?: boolean;
  /** Font size of the ongoing count beside each lane's ▶ at the right edge; 11 by default (the wall asks for 28 and leaves room for it). */
  edgeCountFontSize?: number;
}

/**
 * What params.data carries on a click on a bar: kind 'item' → open task data.taskId, or filter the lane;
 * kind 'bin' → set the lane's filter and due = { from: data.dueFrom, to: data.dueTo }. Lane filter by
 * data.laneKind: 'region' → region = [lane], 'section' → section = [lane], 'lead' → unit = [lane], role = ['lead'];
 * an empty lane ('') or the year-unknown lane (yearUnknown true) sets status = ['yearUnknown'] instead.
 */
export interface TimelineDatum {
  /** [start ms, end ms, row, ongoing 0|1|2 (no | after due | ongoing only), status index, count]. */
  value: [number, number, number, number, number, number];
  kind: 'item' | 'bin';
  taskId: string | null;
  lane: string;
  laneKind: TimelineModel['laneKind'];
  yearUnknown: boolean;
  dueFrom: string | null;
  dueTo: string | null;
  /** Items: task label and deadline as printed (tooltip). */
  taskLabel?: string;
  raw?: string;
  /** Bins: "YYYY-MM", or "MM" in the year-unknown strip. */
  month?: string;
}

const STATUSES: readonly (DeadlineStatus | null)[] = ['passed', 'due90', 'later', 'ongoing', 'yearUnknown', null];

type RenderItem = NonNullable<CustomSeriesOption['renderItem']>;
type RenderParams = Parameters<RenderItem>[0];
type RenderApi = Parameters<RenderItem>[1];
type RenderReturn = ReturnType<RenderItem>;

/**
 * Builds the Gantt-like timeline: one row per task in lanes (or lane × month cells when the model is binned),
 * ongoing bars running to the right edge with a faded tail and an arrow, an as-of line, dataZoom on time (x) and
 * rows (y slider); year-unknown tasks sit in a separate, labelled strip whose axis shows months only.
 * Empty models give empty axes. Clicks: see TimelineDatum (params.data).
 */
export function buildTimelineOption(model: TimelineModel, settings: TimelineSettings): TimelineOption {
  const { lang, compact = false } = settings;
  const theme = chartTheme(settings.theme);
  const binned = model.mode === 'bins';
  const unknown = model.yearUnknown;
  const hasUnknown = unknown.items.length > 0 || unknown.bins.length > 0;
  // items: every lane gets at least a label's height of rows (filler rows pad short lanes), so labels never overprint
  const layout = laneRows(model, compact);
  const visibleRows = binned ? overviewLanes(model.lanes.length).visible : layout.visible;
  const rowKeys: string[] = binned ? model.lanes.map((lane) => lane.key) : new Array<string>(layout.total);
  if (!binned) {
    for (let r = 0; r < layout.total; r++) rowKeys[r] = `\u0000pad${r}`;
    for (const item of model.items) rowKeys[layout.displayRow(item)] = item.taskId;
  }
  // lead-unit lanes name a unit and its region: a wider label column keeps most whole
  // compact: room for a short name and its count, e.g. a province's folded lane "其他 195 个 (173582)" (see timeline-fold.ts)
  const labelWidth = compact ? 140 : model.laneKind === 'lead' ? 220 : 160;
  const laneLabelAt = new Map<number, string>();
  model.lanes.forEach((lane, i) => {
    const label = laneLabel(lane.key === '' ? chartMessage(lang, 'noLane') : lane.label, lane.count, labelWidth);
    laneLabelAt.set(binned ? i : layout.first[i]! + Math.floor((layout.span[i]! - 1) / 2), label);
  });
  const maxCount = Math.max(1, ...model.bins.map((bin) => bin.count), ...unknown.bins.map((bin) => bin.count));
  const mainData = binned
    ? model.bins.map((bin) => binDatum(bin, bin.laneIndex, model.laneKind, false))
    : model.items.map((item) => itemDatum({ ...item, row: layout.displayRow(item) }, model.laneKind, settings.rag));
  // year-unknown tasks stack by day (row 0 at the bottom), so each is a readable, clickable block, never a hairline
  const stacked = unknownStack(unknown.items);
  // the full monthly overview splits the year-unknown strip by lane (its own rows, e.g. units whose tasks all lack a year)
  const strip = unknownLaneStrip(model, compact);
  const unknownData = strip
    ? unknown.laneBins.map((bin) => binDatum(bin, bin.laneIndex, model.laneKind, true))
    : unknown.bins.length > 0
    ? unknown.bins.map((bin) => binDatum(bin, 0, model.laneKind, true))
    : unknown.items.map((item, i) => itemDatum({ ...item, row: stacked.rowOf[i]! }, model.laneKind, settings.rag));
  const unknownRows = strip
    ? unknown.lanes.map((lane) => lane.key)
    : unknown.bins.length > 0 ? [chartMessage(lang, 'yearUnknown')] : Array.from({ length: stacked.height }, (_, r) => `\u0000stack${r}`);
  const unknownLaneLabels = unknown.lanes.map((lane) => laneLabel(lane.key === '' ? chartMessage(lang, 'noLane') : lane.label, lane.count, labelWidth));
  const unknownTotal = unknown.bins.length > 0 ? unknown.bins.reduce((sum, bin) => sum + bin.count, 0) : unknown.items.length;
  const unknownLabel = `${chartMessage(lang, 'yearUnknown')} (${unknownTotal})`;
  const unknownLabelRow = unknownRows.length - 1;

  // Pixel layout, so the year-unknown strip keeps room for its labels and axis name at any chart height.
  const { strip: stripBox, mainBottom } = timelineLayout(model, compact);
  // full: room on the right for the ongoing arrows and their counts, left of the row slider
  const side = { left: compact ? 8 : 16, right: compact ? 12 : 64 };
  const grid: GridComponentOption[] = [{ ...side, top: compact ? 44 : 40, bottom: mainBottom, containLabel: true }];
  if (hasUnknown) grid.push({ ...side, bottom: stripBox.bottom, height: stripBox.height, containLabel: true });

  // the overview's small chart keeps its cells bare: its month cells are too narrow for most counts
  const renderItem = makeRenderItem(theme, maxCount, settings.theme, settings.cellCounts ?? !compact);
  const series: CustomSeriesOption[] = [{
    type: 'custom',
    name: chartMessage(lang, 'due'),
    xAxisIndex: 0,
    yAxisIndex: 0,
    renderItem,
    encode: { x: [0, 1], y: 2 },
    data: mainData,
    clip: true,
    // the time before the as-of date is shaded: past and future never look the same
    markArea: Number.isFinite(model.asOfTime) && model.asOfEdge !== 'before' ? {
      silent: true,
      itemStyle: { color: theme.name === 'dark' ? 'rgba(255,255,255,0.05)' : 'rgba(110,119,129,0.08)' },
      data: [[{ xAxis: model.domain.min }, { xAxis: Math.min(model.asOfTime, model.domain.max) }]],
    } : undefined,
    markLine: Number.isFinite(model.asOfTime) && model.asOfEdge === null ? {
      silent: true,
      symbol: ['none', 'none'],
      lineStyle: { color: theme.asOf, type: 'dashed', width: 2 },
      // the y axis is inverted, so the line's start is the top of the grid
      // right-aligned in the domain's right half, so the label never runs past the chart's edge
      label: {
        formatter: chartMessage(lang, 'asOf', { date: formatIsoDay(model.asOfTime) ?? '' }),
        color: theme.asOf,
        position: 'start',
        align: model.asOfTime > (model.domain.min + model.domain.max) / 2 ? 'right' : 'left',
        fontWeight: 'bold',
      },
      data: [{ xAxis: model.asOfTime }],
    } : undefined,
  }];
  if (!compact) {
    // alternate lanes are shaded and each starts with a rule, so where one lane ends is plain
    series.push({
      type: 'custom',
      name: 'lanes',
      silent: true,
      xAxisIndex: 0,
      yAxisIndex: 0,
      z: 0,
      tooltip: { show: false },
      renderItem: (params: RenderParams, api: RenderApi): RenderReturn => {
        const first = api.value(2) as number;
        const last = api.value(3) as number;
        const shade = api.value(4) as number;
        const top = api.coord([model.domain.min, first])[1]! - (api.size!([0, 1]) as number[])[1]! / 2;
        const bottom = api.coord([model.domain.min, last])[1]! + (api.size!([0, 1]) as number[])[1]! / 2;
        const box = params.coordSys as unknown as { x: number; width: number };
        return {
          type: 'group',
          children: [
            ...(shade === 1 ? [{ type: 'rect' as const, shape: { x: box.x, y: top, width: box.width, height: bottom - top }, style: { fill: theme.name === 'dark' ? 'rgba(255,255,255,0.04)' : 'rgba(110,119,129,0.07)' } }] : []),
            { type: 'line' as const, shape: { x1: box.x, y1: top, x2: box.x + box.width, y2: top }, style: { stroke: theme.axisLine, lineWidth: 1, opacity: 0.6 } },
          ],
        };
      },
      // x spans the whole domain so the time zoom's weakFilter keeps every lane
      encode: { x: [0, 1], y: [2, 3] },
      data: model.lanes.map((_, i) => (binned
        ? [model.domain.min, model.domain.max, i, i, i % 2]
        : [model.domain.min, model.domain.max, layout.first[i]!, layout.first[i]! + layout.span[i]! - 1, i % 2])),
    });
  }
  if (!compact) {
    // binned: one row per lane, the arrow counts the lane's tasks that run on (ongoing-only ones have no month cell)
    const markers = binned
      ? model.lanes.flatMap((lane, i) => (lane.runsOn > 0 ? [{ lane: lane.key, first: i, last: i, count: lane.runsOn }] : []))
      : ongoingMarkers(model, layout);
    if (markers.length > 0) {
      // one arrow per lane just outside the plot's right edge, spanning the lane's ongoing rows and counting them:
      // legible at the default zoom, where the rows' own arrow heads are a few pixels tall
      series.push({
        type: 'custom',
        name: chartMessage(lang, 'ongoing'),
        xAxisIndex: 0,
        yAxisIndex: 0,
        clip: false,
        z: 3,
        tooltip: { show: false },
        silent: true,
        renderItem: (params: RenderParams, api: RenderApi): RenderReturn => {
          const box = params.coordSys as unknown as { x: number; y: number; width: number; height: number };
          const half = ((api.size!([0, 1]) as number[])[1] ?? 0) / 2;
          const top = Math.max(box.y, api.coord([model.domain.min, api.value(2) as number])[1]! - half);
          const bottom = Math.min(box.y + box.height, api.coord([model.domain.min, api.value(3) as number])[1]! + half);
          // rows scrolled out of the row window
          if (bottom - top < 1) return null;
          const x = box.x + box.width + 3;
          // the arrow and count sit level with the lane's label: lanes are at least a label high, so counts never overprint
          const mid = api.coord([model.domain.min, api.value(5) as number])[1]!;
          if (mid < box.y || mid > box.y + box.height) return null;
          return {
            type: 'group',
            children: [
              { type: 'rect' as const, shape: { x, y: top, width: 2, height: bottom - top }, style: { fill: theme.text, opacity: 0.55 } },
              { type: 'polygon' as const, shape: { points: [[x + 2, mid - 6], [x + 11, mid], [x + 2, mid + 6]] }, style: { fill: theme.text } },
              { type: 'text' as const, x: x + 12, y: mid, style: { text: String(api.value(4)), fill: theme.text, fontSize: settings.edgeCountFontSize ?? 11, fontWeight: 'bold', verticalAlign: 'middle' as const, align: 'left' as const } },
            ],
          };
        },
        encode: { x: [0, 1], y: [2, 3] },
        data: markers.map((m) => {
          const lane = model.lanes.findIndex((l) => l.key === m.lane);
          const mid = binned ? lane : layout.first[lane]! + Math.floor((layout.span[lane]! - 1) / 2);
          return [model.domain.min, model.domain.max, m.first, m.last, m.count, mid];
        }),
      });
    }
  }
  if (hasUnknown) {
    series.push({
      type: 'custom',
      name: chartMessage(lang, 'yearUnknownLane'),
      xAxisIndex: 1,
      yAxisIndex: 1,
      renderItem,
      encode: { x: [0, 1], y: 2 },
      data: unknownData,
      clip: true,
    });
  }

  const xAxisBase = {
    axisLine: { lineStyle: { color: theme.axisLine } },
    axisLabel: { color: theme.mutedText },
    splitLine: { show: !compact, lineStyle: { color: theme.splitLine } },
  };
  const yAxisBase = {
    type: 'category' as const,
    inverse: true,
    axisTick: { show: false },
    axisLine: { lineStyle: { color: theme.axisLine } },
  };
  const nominalStart = Date.UTC(2000, 0, 1);
  const monthLabel = (value: number): string => monthName(lang, new Date(value).getUTCMonth() + 1);

  // far from the data, the as-of date is an edge marker pointing its way
  const edgeText = model.asOfEdge === null ? null : model.asOfEdge === 'after'
    ? `${chartMessage(lang, 'asOf', { date: formatIsoDay(model.asOfTime) ?? '' })} →`
    : `← ${chartMessage(lang, 'asOf', { date: formatIsoDay(model.asOfTime) ?? '' })}`;
  return {
    graphic: edgeText === null ? [] : [{
      type: 'text', silent: true, top: compact ? 2 : 30, ...(model.asOfEdge === 'after' ? { right: compact ? 12 : 64 } : { left: compact ? 8 : 16 }),
      style: { text: edgeText, fill: theme.asOf, fontWeight: 'bold', fontSize: compact ? 11 : 12 },
    }],
    backgroundColor: theme.background,
    textStyle: { color: theme.text },
    title: binned && !compact
      ? { text: chartMessage(lang, 'binned'), right: 16, bottom: 0, textStyle: { fontSize: 12, fontWeight: 'normal', color: theme.mutedText } }
      : undefined,
    tooltip: { trigger: 'item', formatter: (params: unknown) => timelineTooltip(params, lang) },
    grid,
    xAxis: [
      {
        ...xAxisBase,
        type: 'time',
        gridIndex: 0,
        min: model.domain.min,
        max: model.domain.max,
        axisLabel: { color: theme.mutedText, formatter: '{yyyy}-{MM}', hideOverlap: true },
      },
      ...(hasUnknown ? [{
        ...xAxisBase,
        type: 'time' as const,
        gridIndex: 1,
        min: nominalStart,
        max: Date.UTC(2000, 11, 31),
        // month-day only: the nominal year is never printed
        axisLabel: { color: theme.mutedText, formatter: monthLabel },
        // compact: the strip's row label already says "year unknown"; split by lane, the name carries the total
        name: compact ? '' : strip ? `${chartMessage(lang, 'yearUnknownLane')} (${unknownTotal})` : chartMessage(lang, 'yearUnknownLane'),
        nameLocation: 'middle' as const,
        nameGap: 28,
        nameTextStyle: { color: theme.text, fontWeight: 'bold' as const },
      }] : []),
    ],
    yAxis: [
      {
        ...yAxisBase,
        gridIndex: 0,
        data: rowKeys,
        triggerEvent: true,
        axisLabel: {
          color: theme.text,
          interval: 0,
          width: labelWidth,
          overflow: 'truncate',
          formatter: (_value: string, index: number) => laneLabelAt.get(index) ?? '',
        },
        splitLine: { show: false },
      },
      ...(hasUnknown ? [{
        ...yAxisBase,
        // stacks grow upwards from the axis; lanes read top to bottom as the main plot's do
        inverse: strip,
        gridIndex: 1,
        data: unknownRows,
        axisLabel: {
          color: theme.text,
          interval: 0,
          fontWeight: 'bold' as const,
          width: compact ? labelWidth : strip ? labelWidth : 160,
          overflow: 'truncate' as const,
          // the strip is named where the lanes are named, on its top row (split by lane: each row names its lane)
          formatter: (_value: string, index: number) => (strip ? unknownLaneLabels[index] ?? '' : index === unknownLabelRow ? unknownLabel : ''),
          ...(strip ? { fontWeight: 'normal' as const } : {}),
        },
      }] : []),
    ],
    dataZoom: compact ? [] : [
      {
        // right: clear of the chart frame's corner controls (PNG export)
        type: 'slider', xAxisIndex: 0, filterMode: 'weakFilter', top: 8, height: 18, right: 110, labelFormatter: (value: number) => formatIsoDay(value) ?? '',
        ...(settings.window ? { startValue: settings.window.from, endValue: settings.window.to } : {}),
      },
      { type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter', ...(settings.window ? { startValue: settings.window.from, endValue: settings.window.to } : {}) },
      // rows beyond what the plot shows readably: start with a window of them, the slider pages through the rest;
      // when every lane is on screen there is no row slider, so nothing suggests hidden lanes
      ...(visibleRows < rowKeys.length ? [
        { type: 'slider' as const, yAxisIndex: 0, filterMode: 'empty' as const, right: 8, top: 40, width: 18, showDetail: false, startValue: 0, endValue: visibleRows - 1 },
        { type: 'inside' as const, yAxisIndex: 0, filterMode: 'empty' as const, zoomOnMouseWheel: false, moveOnMouseWheel: true },
      ] : []),
    ],
    series,
  };
}

/** The chart height (CSS px) that shows the model readably: the task rows laneRows shows, or every lane of monthly cells (overviewLanes), plus the year-unknown strip. */
export function timelineChartHeight(model: TimelineModel, compact = false): number {
  if (compact) return 280;
  const overview = overviewLanes(model.lanes.length);
  const layout = laneRows(model, compact);
  // binned: every lane (up to OVERVIEW_MAX_PX) one readable row of monthly cells
  const main = model.mode === 'bins' ? Math.max(160, overview.visible * overview.lanePx) : Math.max(200, layout.visible * layout.rowPx);
  return 40 + main + timelineLayout(model, compact).mainBottom;
}

/** The binned timeline's colour key: one hue, darker with more deadlines, from 0 to the fullest cell's count (see makeRenderItem). */
export function timelineBinScale(model: TimelineModel, settings: Pick<TimelineSettings, 'theme'>): { colour: string; max: number } {
  const max = Math.max(0, ...model.bins.map((bin) => bin.count), ...model.yearUnknown.bins.map((bin) => bin.count));
  return { colour: chartTheme(settings.theme).series[0]!, max };
}

/** The Gantt's colour key: each deadline status and its bar colour (see makeRenderItem). */
export function timelineStatusLegend(settings: Pick<TimelineSettings, 'lang' | 'theme'>): { status: DeadlineStatus; colour: string }[] {
  const theme = chartTheme(settings.theme);
  const colours = statusColours(theme);
  return (['passed', 'due90', 'later', 'ongoing', 'yearUnknown'] as const).map((status) => ({ status, colour: colours[STATUSES.indexOf(status)]! }));
}

function statusColours(theme: ChartTheme): readonly string[] {
  return [theme.series[5]!, theme.series[1]!, theme.series[0]!, theme.series[2]!, theme.series[3]!, theme.series[7]!];
}

/** Whether the year-unknown strip is split by lane: the full (not compact) monthly overview, with year-unknown lanes. */
function unknownLaneStrip(model: TimelineModel, compact: boolean): boolean {
  return model.mode === 'bins' && !compact && model.yearUnknown.laneBins.length > 0;
}

/** Whether the timeline draws the year-unknown strip under its plot: any task due in a month or day of unknown year. */
export function drawsYearUnknownStrip(model: TimelineModel): boolean {
  return model.yearUnknown.bins.length > 0 || model.yearUnknown.items.length > 0;
}

function timelineLayout(model: TimelineModel, compact: boolean): { strip: { bottom: number; height: number }; mainBottom: number } {
  const unknown = model.yearUnknown;
  if (!drawsYearUnknownStrip(model)) return { strip: { bottom: 0, height: 0 }, mainBottom: compact ? 8 : 24 };
  const unknownRows = unknown.bins.length > 0 ? 1 : unknownStack(unknown.items).height;
  // split by lane: one overview lane's height per row, never capped, so its labels never overprint
  const laneStrip = unknownLaneStrip(model, compact) ? unknown.lanes.length * overviewLanes(model.lanes.length).lanePx : 0;
  // tasks due on the same day stack in rows of UNKNOWN_ROW_PX, so none hides another and each mark stays readable
  const strip = compact ? { bottom: 22, height: 26 } : { bottom: 48, height: laneStrip > 0 ? Math.max(48, laneStrip) : Math.min(180, Math.max(48, unknownRows * UNKNOWN_ROW_PX)) };
  return { strip, mainBottom: strip.bottom + strip.height + (compact ? 30 : 40) };
}

/**
 * "name (count)" within about `widthPx` at the axis' 12 px font: a long name is cut with "…" and the count kept, since
 * the axis' own truncation would cut the count first; a cut never splits a number in the name. Widths are estimated (CJK 12 px, other characters 7 px);
 * the axis still truncates as a backstop.
 */
export function laneLabel(name: string, count: number, widthPx: number): string {
  const width = (text: string) => [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e7f ? 12 : 7), 0);
  if (width(`${name} (${count})`) <= widthPx) return `${name} (${count})`;
  // a unit's region "（汕尾市）" tells two same-name units apart: it is kept with the count
  const region = /（[^（）]*）$/.exec(name)?.[0] ?? '';
  const suffix = `${region} (${count})`;
  const room = widthPx - width(suffix) - 12;
  const kept = name.slice(0, name.length - region.length);
  let cut = '';
  for (const ch of kept) {
    if (width(cut + ch) > room) break;
    cut += ch;
  }
  // never end inside a number: "其他 195 个" cut to "其他 19…" would print a wrong count (and "第12中学" a wrong school)
  if (/\d$/.test(cut) && /\d/.test(kept[cut.length] ?? '')) cut = cut.replace(/[\d.,]+$/, '').trimEnd();
  return `${cut}…${suffix}`;
}

/** A year-unknown stack row's height (px): marks are 70 % of it, so about 8 px blocks. */
const UNKNOWN_ROW_PX = 12;

/** Year-unknown items (sorted by day) stacked by day: each item's row within its day's stack, and the tallest stack. */
export function unknownStack(items: readonly TimelineItem[]): { rowOf: number[]; height: number } {
  const rowOf: number[] = [];
  const heightByDay = new Map<number, number>();
  for (const item of items) {
    const row = heightByDay.get(item.start) ?? 0;
    rowOf.push(row);
    heightByDay.set(item.start, row + 1);
  }
  return { rowOf, height: Math.max(0, ...heightByDay.values()) };
}

/** Per lane, the display rows its ongoing tasks span and how many there are (lanes without ongoing tasks are left out). */
export function ongoingMarkers(model: TimelineModel, layout: ReturnType<typeof laneRows>): { lane: string; first: number; last: number; count: number }[] {
  const byLane = new Map<string, { lane: string; first: number; last: number; count: number }>();
  for (const item of model.items) {
    if (!item.ongoing) continue;
    const row = layout.displayRow(item);
    const marker = byLane.get(item.lane);
    if (marker === undefined) byLane.set(item.lane, { lane: item.lane, first: row, last: row, count: 1 });
    else {
      marker.first = Math.min(marker.first, row);
      marker.last = Math.max(marker.last, row);
      marker.count++;
    }
  }
  return [...byLane.values()];
}

// Status indices past the deadline statuses are 督办 colours, in this order.
const RAG_SLOTS: readonly Rag[] = ['red', 'amber', 'green', 'grey'];

function itemDatum(item: TimelineItem, laneKind: TimelineModel['laneKind'], rag?: ReadonlyMap<string, Rag>): TimelineDatum {
  const progress = rag?.get(item.taskId);
  // year-unknown items are month/day markers only: no tail, since there is no axis to run along
  const ongoing = !item.ongoing || item.yearUnknown ? 0 : item.status === 'ongoing' ? 2 : 1;
  return {
    value: [item.start, item.end, item.row, ongoing, progress === undefined ? STATUSES.indexOf(item.status) : STATUSES.length + RAG_SLOTS.indexOf(progress), 1],
    kind: 'item',
    taskId: item.taskId,
    lane: item.lane,
    laneKind,
    yearUnknown: item.yearUnknown,
    dueFrom: null,
    dueTo: null,
    taskLabel: item.label,
    raw: item.raw,
  };
}

function binDatum(bin: TimelineBin, row: number, laneKind: TimelineModel['laneKind'], yearUnknown: boolean): TimelineDatum {
  return {
    value: [bin.start, bin.end, row, 0, -1, bin.count],
    kind: 'bin',
    taskId: null,
    lane: bin.lane,
    laneKind,
    yearUnknown,
    dueFrom: yearUnknown ? null : formatIsoDay(bin.start),
    dueTo: yearUnknown ? null : formatIsoDay(bin.end - 86_400_000),
    month: bin.month,
  };
}

function makeRenderItem(theme: ChartTheme, maxCount: number, themeName: ChartThemeName | undefined, cellCounts: boolean): RenderItem {
  const rag = ragColours(themeName);
  const statusColour: readonly string[] = [...statusColours(theme), ...RAG_SLOTS.map((r) => rag[r])];
  return (params: RenderParams, api: RenderApi): RenderReturn => {
    const start = Number(api.value(0));
    const end = Number(api.value(1));
    const row = Number(api.value(2));
    const ongoing = Number(api.value(3));
    const status = Number(api.value(4));
    const count = Number(api.value(5));
    const system = params.coordSys as unknown as { x: number; y: number; width: number; height: number };
    const [x0raw = 0, yMid = 0] = api.coord([start, row]);
    const [x1raw = 0] = api.coord([end, row]);
    const rowHeight = ((api.size?.([0, 1]) as number[] | undefined)?.[1]) ?? 10;
    // a monthly cell may grow taller than a task's bar: with few lanes the overview's rows are tall
    const height = Math.max(3, Math.min(status < 0 ? 22 : 14, rowHeight * 0.7));
    const left = system.x;
    const right = system.x + system.width;
    // a task due on its start day (a point) gets a mark at least 6 px (or its height) wide centred on its day, so it stays visible and clickable
    const point = x1raw - x0raw < 4;
    const half = Math.max(3, height / 2);
    const x0 = Math.max(left, point ? x0raw - half : x0raw);
    const x1 = Math.min(right, point ? x0raw + half : x1raw);
    if (x1 < left || x0 > right) return null;
    const y = yMid - height / 2;
    if (status < 0) {
      // a bin: one cell per lane × month, darker with more deadlines
      const alpha = 0.15 + 0.85 * Math.min(1, count / maxCount);
      const cell = { type: 'rect' as const, shape: { x: x0, y, width: Math.max(1, x1 - x0), height }, style: { fill: theme.series[0], opacity: alpha } };
      // the count is printed in the cell when there is room for it, so the overview reads without hovering
      // (11 px digits are about 6.5 px wide, 10 px ones 6 px: a two-digit count needs a 14 px cell)
      const digits = String(count).length;
      const fontSize = x1 - x0 >= 4 + 7 * digits ? 11 : 10;
      if (!cellCounts || x1 - x0 < 2 + 6 * digits || height < 10) return cell;
      const label = {
        type: 'text' as const, x: (x0 + x1) / 2, y: yMid, silent: true,
        style: { text: String(count), fill: alpha > 0.55 ? '#ffffff' : theme.text, fontSize, align: 'center' as const, verticalAlign: 'middle' as const },
      };
      return { type: 'group', children: [cell, label] };
    }
    const fill = statusColour[status] ?? theme.mutedText;
    const children: NonNullable<RenderReturn>[] = [];
    if (ongoing !== 2) children.push({ type: 'rect', shape: { x: x0, y, width: Math.max(3, x1 - x0), height }, style: { fill } });
    if (ongoing > 0) {
      // ongoing: a faded tail to the right edge, ending in an arrow when the row is tall enough to show one
      // (thinner rows leave it to the lane's arrow beside the plot, see ongoingMarkers)
      const tailStart = ongoing === 2 ? x0 : x1;
      const arrow = rowHeight >= 8;
      children.push({ type: 'rect', shape: { x: tailStart, y, width: Math.max(0, right - tailStart - (arrow ? height / 2 : 0)), height }, style: { fill, opacity: 0.4 } });
      if (arrow) children.push({
        type: 'polygon',
        shape: { points: [[right - height / 2, y - 2], [right, yMid], [right - height / 2, y + height + 2]] },
        style: { fill, opacity: 0.8 },
      });
    }
    return { type: 'group', children };
  };
}

function timelineTooltip(params: unknown, lang: ChartLang): string {
  const data = (params as { data?: TimelineDatum }).data;
  if (data === undefined) return '';
  if (data.kind === 'bin') {
    const when = data.yearUnknown ? monthName(lang, Number(data.month)) : data.month ?? '';
    return `<b>${escapeHtml(data.lane || chartMessage(lang, 'noLane'))}</b><br/>${escapeHtml(when)}: ${chartMessage(lang, 'taskCount', { n: data.value[5] })}`;
  }
  const lines = [`<b>${escapeHtml(data.taskLabel ?? '')}</b>`, escapeHtml(data.lane)];
  lines.push(`${chartMessage(lang, 'due')}: ${escapeHtml(data.raw ?? '')}`);
  if (!data.yearUnknown && data.value[3] !== 2) lines.push(`${formatIsoDay(data.value[0]) ?? ''} → ${formatIsoDay(data.value[1]) ?? ''}`);
  return lines.join('<br/>');
}
