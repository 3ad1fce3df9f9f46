import { formatIsoDay } from '../../analysis/iso-day.ts';
import { regionOfSeries } from '../../charts/region-series.ts';
/** One drawn data point: where it is in the option (for highlighting and clicks) and what it says. */
export interface ChartPoint {
  seriesIndex: number;
  dataIndex: number;
  /** The category (axis label) or row label it belongs to. */
  category: string;
  /** The series or column name; '' when the chart has one series. */
  series: string;
  value: number | null;
  /** The series' data item as the option holds it (what a click handler reads as event.data). */
  datum: unknown;
}

/** The numbers a chart draws, as a table: one row per category, one column per series (or per heatmap column). */
export interface ChartTable {
  /** Header of the first column. */
  corner: string;
  columns: string[];
  rows: { label: string; values: (number | string | null)[] }[];
  /** Every drawn point in reading order (row by row), for the keyboard and the summary. */
  points: ChartPoint[];
}

/** Column names of charts whose points are spans in time (the timeline). */
export interface ChartTableWords {
  category: string;
  lane: string;
  from: string;
  to: string;
  count: string;
  /** Puts data placeholders (the "no region stated" region) in the reader's language; data text otherwise stays as stored. */
  dataText?: (text: string) => string;
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/**
 * Reads the numbers behind an ECharts option built by src/charts: bar series against a category axis
 * (vertical or horizontal, stacked or side by side, one axis pair per panel), heatmaps (x category × y
 * category → value) and the timeline's custom series (label, lane, from, to, count). Exactly what is drawn:
 * labels as the axis prints them, values as the series holds them. Pure, so it is tested without a DOM.
 */
export function chartTable(option: object, words: ChartTableWords): ChartTable {
  const o = option as Obj;
  const xAxes = asArray(o.xAxis).filter(isObj);
  const yAxes = asArray(o.yAxis).filter(isObj);
  const series = asArray(o.series).filter(isObj);
  const heatmap = series.find((s) => s.type === 'heatmap');
  if (heatmap !== undefined) return heatmapTable(heatmap, series.indexOf(heatmap), xAxes[0], yAxes[0], words);
  if (series.some((s) => s.type === 'custom')) return spanTable(series, yAxes, words);
  return barTable(series, xAxes, yAxes, words);
}

function axisLabels(axis: Obj | undefined): string[] {
  return asArray(axis?.data).map((d) => (isObj(d) ? String(d.value ?? '') : String(d)));
}

function numberOf(datum: unknown): number | null {
  const v = isObj(datum) ? datum.value : datum;
  if (Array.isArray(v)) return typeof v[v.length - 1] === 'number' ? (v[v.length - 1] as number) : null;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function barTable(series: Obj[], xAxes: Obj[], yAxes: Obj[], words: ChartTableWords): ChartTable {
  const dataText = words.dataText ?? ((text: string) => text);
  const columns = series.map((s, i) => (s.name === undefined ? (series.length === 1 ? '' : `${i + 1}`) : dataText(regionOfSeries(String(s.name)))));
  const single = series.length === 1;
  const rowAt = new Map<string, number>();
  const rows: ChartTable['rows'] = [];
  const points: ChartPoint[] = [];
  series.forEach((s, si) => {
    const x = xAxes[Number(s.xAxisIndex ?? 0)];
    const y = yAxes[Number(s.yAxisIndex ?? 0)];
    const categoryAxis = y?.type === 'category' ? y : x;
    const labels = axisLabels(categoryAxis);
    asArray(s.data).forEach((datum, di) => {
      const label = labels[di] ?? String(di + 1);
      let r = rowAt.get(label);
      if (r === undefined) {
        r = rows.length;
        rowAt.set(label, r);
        rows.push({ label, values: columns.map(() => null) });
      }
      const value = numberOf(datum);
      rows[r]!.values[si] = value;
      points.push({ seriesIndex: si, dataIndex: di, category: label, series: single ? '' : columns[si]!, value, datum });
    });
  });
  points.sort((a, b) => rowAt.get(a.category)! - rowAt.get(b.category)! || a.seriesIndex - b.seriesIndex);
  return { corner: words.category, columns: single && columns[0] === '' ? [words.count] : columns, rows, points };
}

function heatmapTable(s: Obj, seriesIndex: number, x: Obj | undefined, y: Obj | undefined, words: ChartTableWords): ChartTable {
  const columns = axisLabels(x);
  const rowLabels = axisLabels(y);
  const rows: ChartTable['rows'] = rowLabels.map((label) => ({ label, values: columns.map(() => null) }));
  const points: ChartPoint[] = [];
  asArray(s.data).forEach((datum, di) => {
    const v = isObj(datum) ? datum.value : datum;
    if (!Array.isArray(v)) return;
    const [xi, yi, value] = v as [number, number, unknown];
    const row = rows[yi];
    if (row === undefined || xi < 0 || xi >= columns.length) return;
    const n = typeof value === 'number' ? value : null;
    row.values[xi] = n;
    points.push({ seriesIndex, dataIndex: di, category: row.label, series: columns[xi]!, value: n, datum });
  });
  points.sort((a, b) => rowLabels.indexOf(a.category) - rowLabels.indexOf(b.category) || columns.indexOf(a.series) - columns.indexOf(b.series));
  return { corner: words.category, columns, rows, points };
}

function isoDay(ms: unknown): string | null {
  return typeof ms === 'number' ? formatIsoDay(ms) : null;
}

function spanTable(series: Obj[], yAxes: Obj[], words: ChartTableWords): ChartTable {
  const rows: ChartTable['rows'] = [];
  const points: ChartPoint[] = [];
  series.forEach((s, si) => {
    if (s.type !== 'custom') return;
    const labels = axisLabels(yAxes[Number(s.yAxisIndex ?? 0)]);
    asArray(s.data).forEach((datum, di) => {
      if (!isObj(datum)) return;
      const v = asArray(datum.value);
      const label = String(datum.taskLabel ?? datum.month ?? labels[Number(v[2])] ?? di + 1);
      const count = typeof v[5] === 'number' ? (v[5] as number) : null;
      // the end of a bin is the first day after it; a task's end is its due day
      const end = typeof v[1] === 'number' ? (datum.kind === 'bin' ? (v[1] as number) - 86_400_000 : (v[1] as number)) : null;
      const lane = (words.dataText ?? String)(String(datum.lane ?? ''));
      rows.push({ label, values: [lane, isoDay(v[0]), isoDay(end), count] });
      points.push({ seriesIndex: si, dataIndex: di, category: label, series: lane, value: count, datum });
    });
  });
  return { corner: words.category, columns: [words.lane, words.from, words.to, words.count], rows, points };
}

/** The largest `n` points by value, largest first (ties in reading order). */
export function largestPoints(table: ChartTable, n: number): ChartPoint[] {
  return table.points
    .filter((p) => p.value !== null && p.value > 0)
    .map((p, i) => ({ p, i }))
    .sort((a, b) => b.p.value! - a.p.value! || a.i - b.i)
    .slice(0, n)
    .map(({ p }) => p);
}
