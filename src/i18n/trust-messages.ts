import { fillTemplate } from './fill-template.ts';
/** Strings of unit identity, the alias table, foreign task ids, legends and filter names in titles; Chinese first (the source of keys). */
export type TrustLang = 'zh' | 'en';

const zh = {
  'other.title': '{label}：{n} 项任务（不重复计），{units} 个单位',
  'other.close': '收起',
  'other.pick': '按此单位筛选',
  'other.count': '{n} 项',
  'aliases.title': '单位别名表（data/unit-aliases.json）',
  'aliases.none': '未提供别名表；仅做内置规整（全角/半角括号、空格）。',
  'aliases.loaded': '别名表共 {n} 条有效记录。',
  'aliases.bad': '别名表中无效的记录（已忽略）',
  'aliases.merged': '合并为同一单位的名称',
  'aliases.region': '地区',
  'aliases.canonical': '计为',
  'aliases.variants': '原文名称',
  'aliases.how': '内置规整',
  'aliases.noneMerged': '本次数据中没有名称被合并。',
  'aliases.anyRegion': '（所有地区）',
  'legend.scale': '每格颜色越深，当月到期任务越多（0—{max} 项）',
  'legend.status': '颜色表示期限状态',
  'legend.ongoing': '长期推进：淡色条延伸至右侧，图右箭头旁为该组的项数',
  'legend.pastMonths': '阴影部分为截至日期之前',
} as const;

export type TrustMessageKey = keyof typeof zh;

const en: Record<TrustMessageKey, string> = {
  'other.title': '{label}: {n} tasks (each counted once), {units} units',
  'other.close': 'Close',
  'other.pick': 'Filter by this unit',
  'other.count': '{n}',
  'aliases.title': 'Unit alias table (data/unit-aliases.json)',
  'aliases.none': 'No alias table; only the built-in normalisation (full/half-width brackets, spaces).',
  'aliases.loaded': 'The alias table has {n} valid entries.',
  'aliases.bad': 'Invalid entries in the alias table (ignored)',
  'aliases.merged': 'Names counted as one unit',
  'aliases.region': 'Region',
  'aliases.canonical': 'Counted as',
  'aliases.variants': 'Names as printed',
  'aliases.how': 'built-in normalisation',
  'aliases.noneMerged': 'No names were merged in these datasets.',
  'aliases.anyRegion': '(every region)',
  'legend.scale': 'Darker cell = more tasks due that month (0–{max})',
  'legend.status': 'Colour shows the deadline status',
  'legend.ongoing': 'Ongoing: the faded bar runs to the right; the arrow beside the chart counts the lane\'s ongoing tasks',
  'legend.pastMonths': 'Shaded: before the as-of date',
};

const MESSAGES: Readonly<Record<TrustLang, Record<TrustMessageKey, string>>> = { zh, en };

/** Looks up a string and fills its `{name}` parameters; a missing parameter stays as written. */
export function trustText(lang: TrustLang, key: TrustMessageKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(MESSAGES[lang][key], params);
}
