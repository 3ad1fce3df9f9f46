import { readFileSync } from 'node:fs';
import type { Dataset, Task } from '../../../src/model/schema.ts';
import type { FixtureTable } from '../sources/table-fixtures.ts';

/** The tab- and flat-table seeds, by their committed dataset (data/ is what the golden test guarantees). */
export const TABLE_SEEDS = ['gangkou-2021', 'shanwei-2023', 'dongguan-2022'] as const;

export function seedDataset(id: string): Dataset {
  return JSON.parse(readFileSync(new URL(`../../../data/${id}.json`, import.meta.url), 'utf8')) as Dataset;
}

/** What a perturbed rendition must give back for each task. */
export function essentials(task: Task) {
  return {
    no: task.no,
    path: task.path,
    title: task.title,
    text: task.text,
    units: task.units.map((u) => `${u.name}:${u.role}`),
    deadline: task.deadline.raw,
    due: task.deadline.due,
  };
}

export interface SeedTableOptions {
  /** One column per role (牵头单位 / 责任单位 / 配合单位) instead of the units as printed. */
  roleColumns?: boolean;
  /** Extra columns appended: header → cell per task index. */
  extra?: { header: string; cell: (i: number) => string }[];
}

/**
 * The seed's tasks as a task table: 序号, 领域, 一级任务, 任务名称, 具体任务, units, 完成时限 — the
 * columns each seed has; section cells repeat down the rows (sources merge them).
 */
export function seedTable(dataset: Dataset, options: SeedTableOptions = {}): FixtureTable & { sectionColumns: number[] } {
  const tasks = dataset.tasks;
  const depth = Math.max(...tasks.map((t) => t.path.length));
  const hasTitle = tasks.some((t) => t.title !== null);
  const hasNo = tasks.some((t) => t.no !== null);
  const sectionNames = ['领域', '一级任务'].slice(0, depth);
  const roles = (['lead', 'responsible', 'support'] as const).filter((r) => tasks.some((t) => t.units.some((u) => u.role === r)));
  const unitHeaders = options.roleColumns ? roles.map((r) => ({ lead: '牵头单位', responsible: '责任单位', support: '配合单位' })[r]) : ['责任单位'];
  const header = [
    ...(hasNo ? ['序号'] : []),
    ...sectionNames,
    ...(hasTitle ? ['任务名称'] : []),
    '具体任务',
    ...unitHeaders,
    '完成时限',
    ...(options.extra ?? []).map((e) => e.header),
  ];
  const rows = tasks.map((t, i) => [
    ...(hasNo ? [t.no ?? ''] : []),
    ...sectionNames.map((_, level) => t.path[level] ?? ''),
    ...(hasTitle ? [t.title ?? ''] : []),
    t.text,
    ...(options.roleColumns ? roles.map((r) => t.units.filter((u) => u.role === r).map((u) => u.name).join('、')) : [t.unitsRaw]),
    t.deadline.raw,
    ...(options.extra ?? []).map((e) => e.cell(i)),
  ]);
  const first = hasNo ? 1 : 0;
  const sectionColumns = sectionNames.map((_, i) => first + i);
  return { rows: [header, ...rows], mergeDown: sectionColumns, sectionColumns };
}
