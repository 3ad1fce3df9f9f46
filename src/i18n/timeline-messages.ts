import { fillTemplate } from './fill-template.ts';
/** Strings of the timeline's lane drawing (one row per task or monthly counts per lane) and its key; Chinese first (the source of keys). */
export type TimelineLang = 'zh' | 'en';

const zh = {
  'rows.legend': '显示',
  'rows.items': '逐项任务',
  'rows.months': '按月汇总',
  'rows.auto': '（自动：逐项放不下全部分组时按月汇总）',
  'rows.itemsTooMany': '任务超过 {max} 项，仍按月汇总；放大时间轴或筛选可看单项任务',
  'legend.cells': '每格为当月到期任务数，颜色越深越多（0—{max} 项）',
  'legend.runsOn': '图右箭头旁为该组长期推进的任务数',
  'legend.lane': '点击分组名只看该组',
} as const;

export type TimelineMessageKey = keyof typeof zh;

const en: Record<TimelineMessageKey, string> = {
  'rows.legend': 'Show',
  'rows.items': 'One row per task',
  'rows.months': 'Monthly counts',
  'rows.auto': '(auto: monthly counts when one row per task cannot show every lane)',
  'rows.itemsTooMany': 'More than {max} tasks: still monthly counts; zoom in or filter to see single tasks',
  'legend.cells': 'Each cell: tasks due that month; darker = more (0–{max})',
  'legend.runsOn': 'The arrow beside the chart counts the lane\'s ongoing tasks',
  'legend.lane': 'Click a lane name to show that lane alone',
};

const MESSAGES: Readonly<Record<TimelineLang, Record<TimelineMessageKey, string>>> = { zh, en };

/** Looks up a string and fills its `{name}` parameters; a missing parameter stays as written. */
export function timelineText(lang: TimelineLang, key: TimelineMessageKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(MESSAGES[lang][key], params);
}
