import { regionOfSeries } from '../../charts/region-series.ts';
import type { Filters } from '../../analysis/filters.ts';
import { exportText } from '../../i18n/export-messages.ts';
import type { Lang } from '../../state/app-state.ts';
import { filterWords } from '../filters/filter-words.ts';

/** The words drawn around an exported chart: its title above, what is filtered, the as-of date and the source below. */
export interface PngContextLines {
  title: string;
  filters: string;
  asOf: string | null;
  source: string | null;
}

const MAX_DATASETS_NAMED = 3;

/** Builds the context lines of an export; without a context (outside the dashboard shell) only the title. */
export function pngContextLines(lang: Lang, title: string, context: { filters: Filters; asOf: string; datasets: readonly string[] } | null): PngContextLines {
  if (context === null) return { title, filters: '', asOf: null, source: null };
  const words = filterWords(lang, context.filters).map((w) => w.label);
  const sep = lang === 'en' ? '; ' : '；';
  const named = context.datasets.slice(0, MAX_DATASETS_NAMED).join(lang === 'en' ? ', ' : '、');
  const more = context.datasets.length - MAX_DATASETS_NAMED;
  const datasets = more > 0 ? `${named} ${exportText(lang, 'export.andMore', { n: more })}` : named;
  return {
    title,
    filters: words.length === 0 ? exportText(lang, 'export.noFilters') : exportText(lang, 'export.filters', { filters: words.join(sep) }),
    asOf: exportText(lang, 'export.asOf', { date: context.asOf }),
    source: exportText(lang, 'export.source', { datasets }),
  };
}

/** A legend entry the export draws itself when the chart hides its own legend (the overview's small charts). */
export interface LegendEntry {
  name: string;
  colour: string;
}

/**
 * The series names (a region series by its region, see region-series.ts; `dataText` puts data placeholders in the
 * reader's language) and colours of an option whose legend is hidden; [] when it shows its own or has fewer than two named series.
 */
export function hiddenLegend(option: object, dataText: (text: string) => string = (text) => text): LegendEntry[] {
  const o = option as { legend?: { show?: boolean } | unknown[]; series?: unknown; color?: unknown };
  const legend = Array.isArray(o.legend) ? o.legend[0] : o.legend;
  const shown = legend !== undefined && (legend as { show?: boolean }).show !== false;
  if (shown) return [];
  const palette = Array.isArray(o.color) ? (o.color as unknown[]).filter((c): c is string => typeof c === 'string') : [];
  const series = Array.isArray(o.series) ? (o.series as Record<string, unknown>[]) : [];
  const entries: LegendEntry[] = [];
  series.forEach((s, i) => {
    if (s.type !== 'bar' || typeof s.name !== 'string' || s.name === '') return;
    const style = s.itemStyle as { color?: unknown } | undefined;
    const colour = typeof style?.color === 'string' ? style.color : palette[i % Math.max(1, palette.length)] ?? '#5470c6';
    const name = dataText(regionOfSeries(s.name));
    if (!entries.some((e) => e.name === name)) entries.push({ name, colour });
  });
  return entries.length >= 2 ? entries : [];
}
