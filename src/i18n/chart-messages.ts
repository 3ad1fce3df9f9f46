import { fillTemplate } from './fill-template.ts';

/** Labels the chart option builders print; zh is the source of keys, data strings are never translated. */
export type ChartLang = 'zh' | 'en';

const zh = {
  roleLead: '牵头',
  roleResponsible: '责任',
  roleSupport: '配合',
  tasks: '任务数',
  taskCount: '{n} 项任务',
  other: '其他（{n} 个单位）',
  otherRegions: '其他（{n} 个地区）',
  otherLanes: '其他 {n} 个',
  otherTasks: '其他单位（不重复任务）',
  otherTaskCount: '{n} 项任务（不重复计）',
  otherOpen: '点击查看这些单位',
  collective: '集体单位',
  collectiveMark: '〔集体〕',
  asOf: '截至 {date}',
  pastMonths: '截至日期之前',
  ceiling: '（上限）',
  noDue: '时限不详',
  targetCount: '指标数',
  due: '完成时限',
  dueCount: '到期任务数',
  start: '起始',
  ongoing: '长期推进',
  ongoingUntilDue: '{date} 前，并长期推进',
  yearUnknown: '年份不详',
  yearUnknownLane: '年份不详（仅按月日）',
  noLane: '（无）',
  month: '月份',
  monthLabel: '{m}月',
  unit: '单位',
  region: '地区',
  section: '领域',
  lead: '牵头单位',
  value: '目标值',
  comparator: '比较',
  percent: '百分比（%）',
  category: '指标类别',
  indicator: '指标',
  task: '任务',
  noData: '无数据',
  binned: '按月汇总：每格为当月到期任务数；放大时间轴、点击分组名或选“逐项任务”可看单项任务',
} as const;

export type ChartMessageKey = keyof typeof zh;
export type ChartMessages = Record<ChartMessageKey, string>;

const en: ChartMessages = {
  roleLead: 'Lead',
  roleResponsible: 'Responsible',
  roleSupport: 'Support',
  tasks: 'Tasks',
  taskCount: '{n} tasks',
  other: 'Other ({n} units)',
  otherRegions: 'Other ({n} regions)',
  otherLanes: 'Other {n}',
  otherTasks: 'Other units (distinct tasks)',
  otherTaskCount: '{n} tasks (each counted once)',
  otherOpen: 'Click to list these units',
  collective: 'Collective units',
  collectiveMark: '[collective]',
  asOf: 'As of {date}',
  pastMonths: 'before the as-of date',
  ceiling: ' (ceiling)',
  noDue: 'no date',
  targetCount: 'Targets',
  due: 'Deadline',
  dueCount: 'Tasks due',
  start: 'Start',
  ongoing: 'Ongoing',
  ongoingUntilDue: 'By {date}, then ongoing',
  yearUnknown: 'Year unknown',
  yearUnknownLane: 'Year unknown (month/day only)',
  noLane: '(none)',
  month: 'Month',
  monthLabel: 'M{m}',
  unit: 'Unit',
  region: 'Region',
  section: 'Section',
  lead: 'Lead unit',
  value: 'Target',
  comparator: 'Comparator',
  percent: 'Percent (%)',
  category: 'Indicator category',
  indicator: 'Indicator',
  task: 'Task',
  noData: 'No data',
  binned: 'Monthly counts: each cell is the tasks due that month; zoom in, click a lane name or choose “One row per task” to see single tasks',
};

export const CHART_MESSAGES: Readonly<Record<ChartLang, ChartMessages>> = { zh, en };

/** Returns the message for key in lang with {name} placeholders filled from params; unknown placeholders stay as written. */
export function chartMessage(lang: ChartLang, key: ChartMessageKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(CHART_MESSAGES[lang][key], params);
}
