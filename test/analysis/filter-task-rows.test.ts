import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterTaskRows, filterTasks } from '../../src/analysis/filter-tasks.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/analysis/filters.ts';
import { deadlineStatus } from '../../src/analysis/deadline-status.ts';
import { toTaskRows, type TaskRow } from '../../src/analysis/task-row.ts';
import type { Role } from '../../src/model/schema.ts';
import { makeDataset, makeDeadline, makeTask } from './make-task.ts';
import { SAMPLE_AS_OF, sampleDatasets } from './sample-datasets.ts';

const rows = toTaskRows(sampleDatasets());
const ids = (list: readonly TaskRow[]) => list.map((row) => row.task.id);

/** The filter semantics written plainly, row by row: what the indexed filter must agree with. */
function reference(list: readonly TaskRow[], f: Filters, asOf: string): TaskRow[] {
  const from = f.due?.from ? Date.parse(f.due.from) : -Infinity;
  const to = f.due?.to ? Date.parse(f.due.to) : Infinity;
  const terms = f.q.toLowerCase().split(/\s+/).filter(Boolean);
  return list.filter((row) => {
    const t = row.task;
    if (f.region.length > 0 && !f.region.includes(row.region)) return false;
    if (f.section.length > 0 && !t.path.some((p) => f.section.includes(p))) return false;
    if ((f.unit.length > 0 || f.role.length > 0) && !t.units.some((u) => (f.unit.length === 0 || f.unit.includes(u.name)) && (f.role.length === 0 || f.role.includes(u.role)))) return false;
    if (f.due !== null && (f.due.from !== null || f.due.to !== null) && !(row.dueTime >= from && row.dueTime <= to)) return false;
    if (f.status.length > 0) {
      const status = deadlineStatus(t.deadline, asOf);
      if (status === null || !f.status.includes(status)) return false;
    }
    if (f.category.length > 0 && !t.indicators.some((i) => f.category.includes(i.category))) return false;
    return terms.every((term) => row.searchText.includes(term));
  });
}

const REGIONS = ['甲市', '乙市', '丙市', '丁市', '戊市', '己市', '庚市', '辛市'];
const UNITS = ['公安局', '税务局', '数据局', '各有关单位', '财政局', '教育局', '民政局', '司法局', '商务局'];
const SECTIONS = ['政务', '营商', '数据', '审批', '网络'];
const CATEGORIES = ['网上办理', '办理量', '网络覆盖'];
const ROLE_LIST: Role[] = ['lead', 'responsible', 'support'];
const DUES = [null, '2021-06-30', '2022-05-20', '2022-07-31', '2023-12-31'];

const taskArb = fc.record({
  units: fc.array(fc.record({ name: fc.constantFrom(...UNITS), role: fc.constantFrom(...ROLE_LIST) }), { maxLength: 3 }),
  path: fc.array(fc.constantFrom(...SECTIONS), { maxLength: 2 }),
  categories: fc.array(fc.constantFrom(...CATEGORIES), { maxLength: 2 }),
  due: fc.constantFrom(...DUES),
  ongoing: fc.boolean(),
});
const datasetsArb = fc.array(fc.tuple(fc.constantFrom(...REGIONS), fc.array(taskArb, { maxLength: 12 })), { minLength: 1, maxLength: 6 });
const filtersArb = fc.record({
  region: fc.subarray(REGIONS, { maxLength: 2 }),
  section: fc.subarray(SECTIONS, { maxLength: 2 }),
  unit: fc.subarray(UNITS, { maxLength: 2 }),
  role: fc.subarray(ROLE_LIST, { maxLength: 2 }),
  due: fc.constantFrom(null, { from: '2022-01-01', to: '2022-12-31' }, { from: null, to: '2022-06-30' }),
  status: fc.subarray(['passed', 'due90', 'later', 'ongoing', 'yearUnknown'] as const, { maxLength: 2 }),
  category: fc.subarray(CATEGORIES, { maxLength: 1 }),
  q: fc.constantFrom('', '公安', '市 局'),
}) as fc.Arbitrary<Filters>;

describe('analysis/filter-tasks (filterTaskRows)', () => {
  it('filterTaskRows(rows, due range) → rows in range, rowsIgnoringDue = every row passing the other filters', () => {
    const result = filterTaskRows(rows, { ...EMPTY_FILTERS, region: ['甲市'], due: { from: '2021-12-31', to: null } }, SAMPLE_AS_OF);
    expect(ids(result.rows)).toEqual(['jia-2021/2']);
    expect(ids(result.rowsIgnoringDue)).toEqual(['jia-2021/1', 'jia-2021/2', 'jia-2021/3']);
  });

  it('filterTasks(rows, same filters with due null) after filterTaskRows → the cached rowsIgnoringDue, no second pass', () => {
    const filters: Filters = { ...EMPTY_FILTERS, status: ['passed', 'due90'], due: { from: '2022-01-01', to: null } };
    const result = filterTaskRows(rows, filters, SAMPLE_AS_OF);
    expect(filterTasks(rows, { ...filters, due: null }, SAMPLE_AS_OF)).toBe(result.rowsIgnoringDue);
    expect(filterTasks(rows, filters, SAMPLE_AS_OF)).toBe(result.rows);
  });

  it('filterTasks(rows, no filter) → one shared copy, never rows itself', () => {
    const all = filterTasks(rows, EMPTY_FILTERS, SAMPLE_AS_OF);
    expect(all).not.toBe(rows);
    expect(all).toEqual(rows);
    expect(filterTasks(rows, { ...EMPTY_FILTERS }, SAMPLE_AS_OF)).toBe(all);
  });

  it('filterTasks(random rows and subsets, random filters) → the plain row-by-row result (fast-check, fixed seed)', () => {
    fc.assert(
      fc.property(datasetsArb, filtersArb, fc.boolean(), (spec, filters, subset) => {
        const datasets = spec.map(([region, tasks], d) => makeDataset({
          id: `d${d}`, region,
          tasks: tasks.map((t, k) => makeTask({
            id: `d${d}/${k}`, no: String(k + 1), path: t.path,
            units: t.units.map((u) => (u.name === '各有关单位' ? { ...u, collective: true } : u)),
            deadline: makeDeadline({ raw: t.due ?? (t.ongoing ? '长期推进' : ''), due: t.due, monthDay: t.due?.slice(5) ?? null, ongoing: t.ongoing }),
            indicators: t.categories.map((category) => ({ metric: '率', category, comparator: '≥' as const, value: 1, unit: '%', due: null })),
          })),
        }));
        const all = toTaskRows(datasets);
        const input = subset ? all.filter((_, i) => i % 3 !== 1) : all;
        const expected = ids(reference(input, filters, SAMPLE_AS_OF));
        expect(ids(filterTasks(input, filters, SAMPLE_AS_OF))).toEqual(expected);
        expect(ids(filterTaskRows(input, filters, SAMPLE_AS_OF).rowsIgnoringDue)).toEqual(ids(reference(input, { ...filters, due: null }, SAMPLE_AS_OF)));
      }),
      { seed: 20240501, numRuns: 300 },
    );
  });
});
