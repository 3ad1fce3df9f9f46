import { describe, expect, it } from 'vitest';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { buildTaskTable, nameRanks, ROLES, STATUSES, UNIT_COLLECTIVE, UNIT_FIRST, UNIT_ROLE } from '../../src/analysis/task-table.ts';
import { makeDataset, makeTask } from './make-task.ts';
import { sampleDatasets } from './sample-datasets.ts';

const rows = toTaskRows(sampleDatasets());
const table = rows[0]!.table;

/** Row i's unit entries as "name:role[:c][:first]". */
const entries = (i: number): string[] => {
  const out: string[] = [];
  for (let e = table.unitStart[i]!; e < table.unitStart[i + 1]!; e++) {
    const bits = table.unitBits[e]!;
    out.push([table.units.names[table.unitId[e]!], ROLES[bits & UNIT_ROLE], bits & UNIT_COLLECTIVE ? 'c' : '', bits & UNIT_FIRST ? 'first' : ''].filter(Boolean).join(':'));
  }
  return out;
};

describe('analysis/task-table', () => {
  it('toTaskRows(sample)[0].table → one column store shared by every row, row i in slot i', () => {
    expect(rows.every((row, i) => row.table === table && row.index === i && table.rows[i] === row)).toBe(true);
    expect(Object.keys(rows[0]!)).not.toContain('table');
  });

  it('buildTaskTable: regions and units interned in first-seen order', () => {
    expect(table.regions.names).toEqual(['甲市', '乙市']);
    expect([...table.region]).toEqual([0, 0, 0, 1, 1, 1, 1]);
    expect(table.units.names).toEqual([
      '甲市/公共服务办', '甲市/各有关单位', '甲市/公安局', '甲市/税务局', '乙市/公安局', '乙市/数据局', '乙市/各有关单位', '乙市/税务局', '乙市/公共服务办',
    ]);
    expect(table.unitIdentities[4]).toEqual({ region: '乙市', name: '公安局' });
  });

  it('buildTaskTable: unit entries → one per (name, role), collective and first-of-name bits', () => {
    expect(entries(0)).toEqual(['甲市/公共服务办:lead:first', '甲市/各有关单位:support:c:first']);
    const twice = buildTaskTable(toTaskRows([makeDataset({
      tasks: [makeTask({ units: [{ name: '甲局', role: 'lead' }, { name: '甲局', role: 'lead' }, { name: '甲局', role: 'support' }] })],
    })]));
    expect([...twice.unitBits]).toEqual([0 | UNIT_FIRST, 2]);
  });

  it('buildTaskTable: lead lane → the first lead unit, else the first unit, else -1', () => {
    expect([...table.lead].map((u) => table.units.names[u] ?? null)).toEqual(['甲市/公共服务办', '甲市/公安局', '甲市/税务局', '乙市/公安局', '乙市/数据局', '乙市/税务局', '乙市/公共服务办']);
    const none = buildTaskTable(toTaskRows([makeDataset({ tasks: [makeTask({ units: [] })] })]));
    expect([...none.lead]).toEqual([-1]);
  });

  it('buildTaskTable: fixedStatus → ongoing / yearUnknown / none for undated rows', () => {
    const fixed = [...table.fixedStatus].map((code, i) => (Number.isNaN(table.dueTime[i]) ? STATUSES[code] ?? null : 'dated'));
    expect(fixed).toEqual(['dated', 'dated', 'ongoing', 'dated', 'yearUnknown', 'dated', null]);
  });

  it('buildTaskTable: ongoing → 1 exactly for the rows whose deadline is ongoing (长期推进)', () => {
    expect([...table.ongoing]).toEqual(table.rows.map((row) => (row.task.deadline.ongoing ? 1 : 0)));
    expect([...table.ongoing][2]).toBe(1);
  });

  it('buildTaskTable: sections per path level, distinct categories per row', () => {
    expect(table.sections.names).toEqual(['政务服务', '网络', '营商环境', '审批', '数据']);
    expect([...table.sectionStart]).toEqual([0, 2, 3, 4, 6, 7, 8, 8]);
    expect([...table.categoryStart]).toEqual([0, 1, 1, 1, 2, 2, 4, 4]);
  });

  it('nameRanks(units) → code-unit order of the names', () => {
    const ranks = nameRanks(table.units);
    const sorted = [...table.units.names].sort();
    expect(table.units.names.map((_, id) => sorted[ranks[id]!])).toEqual(table.units.names);
  });
});
