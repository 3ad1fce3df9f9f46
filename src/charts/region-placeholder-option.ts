import { withRegionLabels } from '../i18n/data-labels.ts';
import type { ChartLang } from '../i18n/chart-messages.ts';

// The keys of a series data item that ECharts draws or formats; any other key of a data item is the builders'
// payload for click handlers (the region, lane or unit as stored, which a filter must match) and is left as it is.
const DRAWN_ITEM_KEYS: ReadonlySet<string> = new Set(['name', 'value', 'label', 'tooltip', 'itemStyle', 'emphasis', 'labelLine']);

type Obj = Record<string, unknown>;
const isPlainObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/**
 * The option as the reader of `lang` should see it: in English, the ingest's "no region stated" placeholder
 * (未注明地区) is translated in every text the chart shows — axis and legend labels, series and item names, titles,
 * and the strings that formatter functions return (tooltips, legend and axis formatters). The data stays as stored:
 * data items' payload keys (what click handlers filter by) keep the placeholder, and Chinese returns the option
 * itself. One walk for every chart, so a new chart cannot forget it. Pure; returns a copy, never changes its input.
 */
export function localiseRegionPlaceholder<T extends object>(option: T, lang: ChartLang): T {
  if (lang !== 'en') return option;
  return walk(option, false) as T;
}

function walk(value: unknown, inSeriesData: boolean): unknown {
  if (typeof value === 'string') return withRegionLabels('en', value);
  if (Array.isArray(value)) return value.map((item) => walk(item, inSeriesData));
  if (!isPlainObject(value)) return value;
  const out: Obj = {};
  for (const [key, v] of Object.entries(value)) {
    if (inSeriesData && !DRAWN_ITEM_KEYS.has(key)) out[key] = v;
    else if (key === 'series' && !inSeriesData) out[key] = Array.isArray(v) ? v.map(walkSeries) : walkSeries(v);
    else if (typeof v === 'function' && key === 'formatter') out[key] = localisedFormatter(v as (...args: unknown[]) => unknown);
    else out[key] = walk(v, false);
  }
  return out;
}

/** A series' data array: its items are walked with the payload rule; the series' other keys as usual. */
function walkSeries(series: unknown): unknown {
  if (!isPlainObject(series)) return walk(series, false);
  const out: Obj = {};
  for (const [key, v] of Object.entries(series)) {
    out[key] = key === 'data' && Array.isArray(v) ? v.map((item) => (isPlainObject(item) ? walk(item, true) : walk(item, false))) : walk(v, false);
  }
  return out;
}

function localisedFormatter(formatter: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  return function (this: unknown, ...args: unknown[]) {
    const result = formatter.apply(this, args);
    return typeof result === 'string' ? withRegionLabels('en', result) : result;
  };
}
