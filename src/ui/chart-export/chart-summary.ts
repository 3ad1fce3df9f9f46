import { exportText } from '../../i18n/export-messages.ts';
import type { Lang } from '../../state/app-state.ts';
import { largestPoints, type ChartPoint, type ChartTable } from './chart-data.ts';
import { formatNumber } from '../format-number.ts';

/** One point in words: "2024-06 · 汕尾市: 12", or "长期推进: 4" in a one-series chart. */
export function pointText(lang: Lang, point: ChartPoint): string {
  const value = point.value === null ? '–' : formatNumber(point.value, lang);
  return point.series === ''
    ? exportText(lang, 'chart.pointOne', { category: point.category, value })
    : exportText(lang, 'chart.point', { category: point.category, series: point.series, value });
}

/** What a screen reader hears for a chart: its title, how many categories and series, and its three largest values. */
export function chartSummary(lang: Lang, title: string, table: ChartTable): string {
  const top = largestPoints(table, 3);
  if (top.length === 0) return exportText(lang, 'chart.summaryEmpty', { title });
  const list = top.map((p) => pointText(lang, p)).join(lang === 'en' ? '; ' : '；');
  return exportText(lang, 'chart.summary', { title, n: table.rows.length, series: table.columns.length, top: list });
}
