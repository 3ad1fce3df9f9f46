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
 * itself. One walk for every chart, so a new chart cannot forget it. Pure: never changes its input (unchanged parts are shared).
 */
export function localiseRegionPlaceholder<T extends object>(option: T, lang: ChartLang): T {
  if (lang !== 'en') return option;
  return walk(option, false) as T;
}

// The walks return their input itself when nothing in it changes, so a large option (the timeline's thousands of
// items) is read but not copied: only the paths to a translated string or a formatter are new objects.
function walk(value: unknown, inSeriesData: boolean): unknown {
  if (typeof value === 'string') return withRegionLabels('en', value);
  if (Array.isArray(value)) return walkArray(value, (item) => walk(item, inSeriesData));
  if (!isPlainObject(value)) return value;
  let out: Obj | null = null;
  for (const key of Object.keys(value)) {
    const v = value[key];
    let next: unknown;
    if (inSeriesData && !DRAWN_ITEM_KEYS.has(key)) next = v;
    else if (key === 'series' && !inSeriesData) next = Array.isArray(v) ? walkArray(v, walkSeries) : walkSeries(v);
    else if (typeof v === 'function' && key === 'formatter') next = localisedFormatter(v as (...args: unknown[]) => unknown);
    else next = walk(v, false);
    if (next !== v && out === null) out = { ...value };
    if (out !== null) out[key] = next;
  }
  return out ?? value;
}

function walkArray(items: readonly unknown[], each: (item: unknown) => unknown): unknown[] {
  let out: unknown[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    // numbers and nulls (most of a chart's data) hold no text
    if (typeof item === 'number' || item === null) continue;
    const next = each(item);
    if (next !== item && out === null) out = items.slice();
    if (out !== null) out[i] = next;
  }
  return out ?? (items as unknown[]);
}

/** A series' data array: its items are walked with the payload rule; the series' other keys as usual. */
function walkSeries(series: unknown): unknown {
  if (!isPlainObject(series)) return walk(series, false);
  let out: Obj | null = null;
  for (const key of Object.keys(series)) {
    const v = series[key];
    const next = key === 'data' && Array.isArray(v) ? walkArray(v, (item) => walk(item, isPlainObject(item))) : walk(v, false);
    if (next !== v && out === null) out = { ...series };
    if (out !== null) out[key] = next;
  }
  return out ?? series;
}

function localisedFormatter(formatter: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  return function (this: unknown, ...args: unknown[]) {
    const result = formatter.apply(this, args);
    return typeof result === 'string' ? withRegionLabels('en', result) : result;
  };
}
