import { describe, expect, it } from 'vitest';
import { selectRows } from '../../src/analysis/select-rows.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { unitTally } from '../../src/analysis/unit-tally.ts';
import { makeDataset, makeDeadline, makeTask } from './make-task.ts';

const undated = makeDeadline({ raw: '长期推进', due: null, monthDay: null, precision: null, ongoing: true });
const rows = toTaskRows([makeDataset({
  tasks: [
    makeTask({ id: 'a', units: [{ name: '甲局', role: 'lead' }, { name: '乙局', role: 'support' }] }),
    makeTask({ id: 'b', units: [{ name: '甲局', role: 'lead' }, { name: '甲局', role: 'support' }, { name: '各有关单位', role: 'support', collective: true }] }),
    makeTask({ id: 'c', deadline: undated, units: [{ name: '乙局', role: 'responsible' }] }),
    makeTask({ id: 'd', deadline: makeDeadline({ due: '2022-03-31' }), units: [] }),
  ],
})]);
const table = rows[0]!.table;
const id = (name: string) => table.units.ids.get(`甲市/${name}`)!;

/** The tally as plain numbers, read at once (the buffers are reused by the next selection). */
const read = (list: typeof rows) => {
  const t = unitTally(selectRows(list));
  const of = (name: string) => {
    const u = id(name);
    return { roles: [t.roles[u * 3], t.roles[u * 3 + 1], t.roles[u * 3 + 2]], collective: t.collective[u], dated: t.datedFirst[u], datedCollective: t.datedFirstCollective[u] };
  };
  return {
    touched: Array.from(t.touched.subarray(0, t.touchedCount), (u) => table.units.names[u]),
    plainUnits: t.plainUnits, months: [t.firstMonth, t.lastMonth], 甲局: of('甲局'), 乙局: of('乙局'), 各有关单位: of('各有关单位'),
  };
};

describe('analysis/unit-tally', () => {
  it('unitTally(every row) → roles per unit, collective flag, distinct plain units, dated first entries, month span', () => {
    const all = read(rows);
    expect(all.touched).toEqual(['甲市/甲局', '甲市/乙局', '甲市/各有关单位']);
    expect(all.甲局).toEqual({ roles: [2, 0, 1], collective: 0, dated: 2, datedCollective: 0 });
    expect(all.乙局).toEqual({ roles: [0, 1, 1], collective: 0, dated: 1, datedCollective: 0 });
    expect(all.各有关单位).toEqual({ roles: [0, 0, 1], collective: 1, dated: 0, datedCollective: 1 });
    expect(all.plainUnits).toBe(2);
    expect(all.months).toEqual([2021 * 12 + 5, 2022 * 12 + 2]);
  });

  it('unitTally: a narrower selection after a wider one → the removed rows no longer count', () => {
    read(rows);
    const narrow = read([rows[2]!]);
    expect(narrow.touched).toEqual(['甲市/乙局']);
    expect(narrow.乙局).toEqual({ roles: [0, 1, 0], collective: 0, dated: 0, datedCollective: 0 });
    expect(narrow.甲局).toEqual({ roles: [0, 0, 0], collective: 0, dated: 0, datedCollective: 0 });
    expect(narrow.months).toEqual([Infinity, -Infinity]);
  });

  it('unitTally: no rows, or rows without units → nothing touched', () => {
    expect(read([rows[3]!])).toMatchObject({ touched: [], plainUnits: 0, months: [2022 * 12 + 2, 2022 * 12 + 2] });
    expect(read([]).touched).toEqual([]);
  });
});
