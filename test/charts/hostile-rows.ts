import type { TaskRow } from '../../src/analysis/task-row.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { makeDataset, makeTask } from '../analysis/make-task.ts';

/** A string that runs script if a tooltip inserts it unescaped. */
export const XSS = '<img src=x onerror=alert(1)>';

/** Rows whose every printed string (region, section, unit, title, metric, deadline) is hostile HTML. */
export function hostileRows(): TaskRow[] {
  return toTaskRows([makeDataset({
    region: XSS,
    tasks: [makeTask({
      path: [XSS], title: XSS, units: [{ name: XSS, role: 'lead' }],
      deadline: { raw: XSS, due: '2021-06-30', monthDay: '06-30', yearKnown: true, precision: 'month', ongoing: false },
      indicators: [{ metric: XSS, category: XSS, comparator: '≥', value: 90, unit: '%', due: null }],
    })],
  })]);
}

/** Calls an option's tooltip formatter (top-level tooltip) with params, as ECharts would. */
export function callTooltip(option: { tooltip?: unknown }, params: unknown): string {
  const tooltip = (Array.isArray(option.tooltip) ? option.tooltip[0] : option.tooltip) as { formatter?: unknown } | undefined;
  if (typeof tooltip?.formatter !== 'function') throw new Error('no tooltip formatter');
  return (tooltip.formatter as (p: unknown) => string)(params);
}
