import type { Lang } from '../state/app-state.ts';
import { fillTemplate } from './fill-template.ts';

/** The wall's strings once progress reports exist (zh is the source of keys); `{name}` marks a parameter. */
const zh = {
  'counter.completion': '完成率',
  'counter.onTime': '按期完成率',
  'counter.red': '逾期未完成',
  'counter.amber': '临期或滞后',
  'alerts.note': '红黄在前，逾期最久居首；后为未报告',
  'alerts.over': '逾期 {n} 天',
  'alerts.left': '剩 {n} 天',
  'alerts.dueToday': '今日到期',
  'alerts.noDue': '无到期日',
  'alerts.unreported': '未报告',
  'alerts.moreRag': '另有 {n} 项红黄任务',
  'alerts.none': '没有红黄任务，也没有未报告且临近期限的任务',
  'rank.regions': '各地区红黄任务',
  'rank.units': '各单位红黄任务',
  'rank.legendRed': '逾期未完成',
  'rank.legendAmber': '临期或滞后',
  'rank.none': '没有红黄任务',
  'map.legend': '色深 = 红黄任务多',
};

export type WallProgressMessageKey = keyof typeof zh;

const en: Record<WallProgressMessageKey, string> = {
  'counter.completion': 'Completion',
  'counter.onTime': 'On time',
  'counter.red': 'Overdue',
  'counter.amber': 'Soon/behind',
  'alerts.note': 'Red & amber first, most overdue first',
  'alerts.over': '{n} days over',
  'alerts.left': '{n} days left',
  'alerts.dueToday': 'Due today',
  'alerts.noDue': 'No due date',
  'alerts.unreported': 'Not reported',
  'alerts.moreRag': '{n} more red or amber',
  'alerts.none': 'No red or amber task, and no unreported task due soon',
  'rank.regions': 'Regions: red & amber',
  'rank.units': 'Units: red & amber',
  'rank.legendRed': 'Overdue',
  'rank.legendAmber': 'Due soon/behind',
  'rank.none': 'No red or amber task',
  'map.legend': 'darker = more red/amber',
};

/** Looks up a progress string of the wall in `lang` and fills its `{name}` parameters. */
export function wallProgressMessage(lang: Lang, key: WallProgressMessageKey, params: Record<string, string | number> = {}): string {
  const template: string = lang === 'en' ? en[key] : zh[key];
  return fillTemplate(template, params);
}
