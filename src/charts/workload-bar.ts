import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Role } from '../model/schema.ts';
import type { OtherLoad, UnitLoad, WorkloadGroup } from '../analysis/workload.ts';
import { chartMessage, type ChartLang } from '../i18n/chart-messages.ts';
import { chartTheme, type ChartThemeName, countAxis } from './chart-theme.ts';
import { escapeHtml } from './escape-html.ts';
import { safeLabel } from './safe-label.ts';

export type WorkloadBarOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export interface WorkloadBarSettings {
  lang: ChartLang;
  theme?: ChartThemeName;
  /** Overview mini: a small legend below, no axis names, tight grid. */
  compact?: boolean;
}

/**
 * What params.data carries on a click: set unit = [unit] and role = [role], plus region = [region] when not null;
 * `other` (unit null, role null) is the summed line: open its list of units (`group` is its group's index).
 */
export interface WorkloadBarDatum {
  value: number;
  unit: string | null;
  region: string | null;
  role: Role | null;
  collective: boolean;
  other?: { group: number };
}

export const ROLES: readonly Role[] = ['lead', 'responsible', 'support'];
const ROLE_KEY = { lead: 'roleLead', responsible: 'roleResponsible', support: 'roleSupport' } as const;

interface Line {
  label: string;
  unit: string | null;
  region: string | null;
  collective: boolean;
  load: UnitLoad | OtherLoad;
  /** Index of the group, for the "other" line. */
  group: number;
}

function isOther(load: UnitLoad | OtherLoad): load is OtherLoad {
  return 'members' in load;
}

/**
 * Builds horizontal bars stacked by role, one line per unit: each group's top N, then "其他 (N units)", then its
 * collective units (marked and faded; left out when compact); with several groups, labels read "unit · region". Empty input gives an empty chart.
 * Click: params.data is a WorkloadBarDatum — set unit = [data.unit], role = [data.role] and, if data.region is not null,
 * region = [data.region]; ignore clicks whose data.unit is null (the summed "other" line).
 */
export function buildWorkloadBarOption(groups: readonly WorkloadGroup[], settings: WorkloadBarSettings): WorkloadBarOption {
  const { lang, compact = false } = settings;
  const theme = chartTheme(settings.theme);
  const several = groups.length > 1;
  const lines: Line[] = [];
  groups.forEach((group, g) => {
    const suffix = several && group.region !== null ? ` · ${group.region}` : '';
    for (const load of group.units) lines.push({ label: load.label + suffix, unit: load.unit, region: group.region, collective: false, load, group: g });
    if (group.other !== null) {
      lines.push({ label: chartMessage(lang, 'other', { n: group.other.unitCount }) + suffix, unit: null, region: group.region, collective: false, load: group.other, group: g });
    }
    // the overview's small chart keeps to named units; collective units are listed apart on the workload view
    for (const load of compact ? [] : group.collective) {
      lines.push({ label: `${chartMessage(lang, 'collectiveMark')}${load.label}${suffix}`, unit: load.unit, region: group.region, collective: true, load, group: g });
    }
  });

  const roleSeries: BarSeriesOption[] = ROLES.map((role) => {
    // the "other" line is drawn by its own series: its value is distinct tasks, which roles cannot be summed into
    const data: WorkloadBarDatum[] = lines.map((line) => ({
      value: isOther(line.load) ? 0 : line.load[role], unit: line.unit, region: line.region, role, collective: line.collective,
    }));
    return {
      type: 'bar',
      name: chartMessage(lang, ROLE_KEY[role]),
      stack: 'role',
      barMaxWidth: compact ? 10 : 18,
      itemStyle: { color: theme.role[role] },
      emphasis: { focus: 'series' },
      data: data.map((datum) => (datum.collective ? { ...datum, itemStyle: { opacity: 0.55 } } : datum)),
    };
  });
  const otherSeries: BarSeriesOption = {
    type: 'bar',
    name: chartMessage(lang, 'otherTasks'),
    stack: 'role',
    barMaxWidth: compact ? 10 : 18,
    itemStyle: { color: theme.mutedText, decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: Math.PI / 4, color: 'rgba(255,255,255,0.45)' } },
    cursor: 'pointer',
    data: lines.map((line): WorkloadBarDatum => (isOther(line.load)
      ? { value: line.load.tasks, unit: null, region: line.region, role: null, collective: false, other: { group: line.group } }
      : { value: 0, unit: line.unit, region: line.region, role: null, collective: line.collective })),
  };
  const series = lines.some((line) => isOther(line.load)) ? [...roleSeries, otherSeries] : roleSeries;

  return {
    backgroundColor: theme.background,
    textStyle: { color: theme.text },
    grid: compact ? { left: 20, right: 8, top: 8, bottom: 24, containLabel: true } : { left: 16, right: 64, top: 40, bottom: 24, containLabel: true },
    // the overview's small version keeps a small key below: the role colours mean nothing without it
    legend: compact
      ? { show: true, bottom: 0, itemWidth: 10, itemHeight: 8, textStyle: { color: theme.text, fontSize: 10 } }
      : { show: true, top: 0, textStyle: { color: theme.text } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => workloadTooltip(params, lines, lang),
    },
    xAxis: countAxis(theme, compact ? '' : chartMessage(lang, 'tasks')),
    yAxis: {
      type: 'category',
      inverse: true,
      data: lines.map((line) =>
        line.collective || line.unit === null
          ? { value: line.label, textStyle: { color: theme.mutedText, fontStyle: 'italic' } }
          : line.label),
      axisLabel: { color: theme.text, width: compact ? 210 : 260, overflow: 'truncate', interval: 0, formatter: safeLabel },
      axisLine: { lineStyle: { color: theme.axisLine } },
    },
    series,
  };
}

function workloadTooltip(params: unknown, lines: readonly Line[], lang: ChartLang): string {
  const first = Array.isArray(params) ? (params[0] as { dataIndex?: number } | undefined) : undefined;
  const line = first?.dataIndex === undefined ? undefined : lines[first.dataIndex];
  if (line === undefined) return '';
  if (isOther(line.load)) {
    const names = line.load.members.slice(0, 8).map((member) => escapeHtml(member.label));
    const more = line.load.members.length > 8 ? [`… +${line.load.members.length - 8}`] : [];
    return [`<b>${escapeHtml(line.label)}</b>`, chartMessage(lang, 'otherTaskCount', { n: line.load.tasks }), ...names, ...more, chartMessage(lang, 'otherOpen')].join('<br/>');
  }
  const rows = ROLES.map((role) => `${chartMessage(lang, ROLE_KEY[role])}: ${line.load[role]}`);
  return [`<b>${escapeHtml(line.label)}</b>`, ...rows, chartMessage(lang, 'taskCount', { n: line.load.total })].join('<br/>');
}
