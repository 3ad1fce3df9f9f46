import type { Lang } from '../state/app-state.ts';

/** Big-screen strings, Chinese first (the source of keys); `{name}` marks a parameter. Data is never translated. */
const zh = {
  'screen.title': '督办 · 改革任务大屏',
  'screen.allRegions': '全部地区 · {n} 个数据集',
  'screen.regions': '地区：{regions}',
  'screen.filtered': '已筛选',
  'screen.asOf': '截至 {date}',
  'screen.fullscreen': '全屏',
  'screen.exitFullscreen': '退出全屏',
  'screen.panels': '大屏面板',
  'screen.next': '{s} 秒后切换',
  'screen.paused': '不轮播',
  'screen.noData': '暂无数据',
  'screen.stale': '数据更新失败，显示上次成功加载的数据',
  'screen.failed': '{n} 个数据文件未能加载',
  'panel.overview': '关键指标',
  'panel.deadlines': '到期任务月度分布',
  'panel.workload': '任务最多的单位',
  'panel.targets': '各地量化指标对比',
  'panel.timeline': '任务时间轴',
  'figure.ongoingShare': '占 {share}',
  'figure.byRegion': '各地区任务数',
  'workload.note': '按牵头 / 责任 / 配合分色并加纹理；集体单位（各有关单位等）单列',
  'deadlines.note': '每月到期任务数，按地区堆叠；虚线为截至日期',
  'targets.note': '每格为该地区该类指标的首个目标值及完成时限',
} as const;

export type ScreenMessageKey = keyof typeof zh;

const en: Record<ScreenMessageKey, string> = {
  'screen.title': 'Duban · Reform tasks',
  'screen.allRegions': 'All regions · {n} datasets',
  'screen.regions': 'Regions: {regions}',
  'screen.filtered': 'Filtered',
  'screen.asOf': 'As of {date}',
  'screen.fullscreen': 'Full screen',
  'screen.exitFullscreen': 'Exit full screen',
  'screen.panels': 'Big-screen panels',
  'screen.next': 'next in {s} s',
  'screen.paused': 'not rotating',
  'screen.noData': 'No data',
  'screen.stale': 'Data refresh failed; showing the last data that loaded',
  'screen.failed': '{n} data files failed to load',
  'panel.overview': 'Key figures',
  'panel.deadlines': 'Deadlines per month',
  'panel.workload': 'Busiest units',
  'panel.targets': 'Targets across regions',
  'panel.timeline': 'Timeline',
  'figure.ongoingShare': '{share} of all',
  'figure.byRegion': 'Tasks per region',
  'workload.note': 'Lead / responsible / support in colour and pattern; collective units listed apart',
  'deadlines.note': 'Tasks due per month, stacked by region; the dashed line is the as-of date',
  'targets.note': "Each cell: the region's first target in the category and its due date",
};

/** Looks up a big-screen string in `lang` and fills its `{name}` parameters; a missing parameter stays as written. */
export function screenMessage(lang: Lang, key: ScreenMessageKey, params: Record<string, string | number> = {}): string {
  const template: string = lang === 'en' ? en[key] : zh[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
