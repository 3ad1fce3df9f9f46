import type { Lang } from '../state/app-state.ts';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A month (1–12) with no year: "3月" / "Mar"; out of range as the number. */
export function monthName(lang: Lang, month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) return String(month);
  return lang === 'en' ? MONTHS_EN[month - 1]! : `${month}月`;
}

// Units of measure the indicators print (个, 项 …): their English word for axis ticks and panel titles. The data keeps
// the Chinese unit; an unknown unit is shown as printed.
const MEASURE_UNITS_EN: ReadonlyMap<string, string> = new Map([
  ['个', 'items'], ['项', 'items'], ['件', 'cases'], ['张', 'sheets'], ['台', 'machines'], ['次', 'times'],
  ['家', 'entities'], ['人', 'people'], ['人次', 'visits'], ['条', 'items'], ['套', 'sets'], ['所', 'sites'],
  ['个工作日', 'working days'], ['工作日', 'working days'], ['天', 'days'], ['日', 'days'], ['小时', 'hours'],
  ['分钟', 'minutes'], ['元', 'yuan'], ['万元', '10k yuan'], ['亿元', '100m yuan'], ['户', 'households'], ['万', '×10k'],
]);

/** A unit of measure in lang: the English word for the common ones, else as printed ("%" stays "%"). */
export function measureUnitLabel(lang: Lang, unit: string): string {
  return lang === 'en' ? MEASURE_UNITS_EN.get(unit) ?? unit : unit;
}

/** The region the ingest writes when a document names none (src/ingest UNKNOWN_REGION): a placeholder, not document text. */
export const UNKNOWN_REGION = '未注明地区';
const UNKNOWN_REGION_EN = 'Region not stated';

/** A region name in lang: the ingest's placeholder for "no region stated" is translated, real names stay as printed. */
export function regionLabel(lang: Lang, region: string): string {
  return lang === 'en' && region === UNKNOWN_REGION ? UNKNOWN_REGION_EN : region;
}

/**
 * A display text that may hold the placeholder inside it ("办公室（未注明地区）", "未注明地区 · 2023-06-30") in lang:
 * in English the placeholder becomes its English words wherever it stands; everything else stays as printed.
 */
export function withRegionLabels(lang: Lang, text: string): string {
  return lang === 'en' && text.includes(UNKNOWN_REGION) ? text.split(UNKNOWN_REGION).join(UNKNOWN_REGION_EN) : text;
}
