import { describe, expect, it } from 'vitest';
import { selectRows } from '../../src/analysis/select-rows.ts';
import { toTaskRows, type TaskRow } from '../../src/analysis/task-row.ts';
import { sampleDatasets } from './sample-datasets.ts';

const rows = toTaskRows(sampleDatasets());

describe('analysis/select-rows', () => {
  it('selectRows(subset of toTaskRows) → the rows\' own table and their slots', () => {
    const selection = selectRows([rows[5]!, rows[1]!]);
    expect(selection.table).toBe(rows[0]!.table);
    expect([...selection.ids]).toEqual([5, 1]);
  });

  it('selectRows(copied rows) → a table of their own, slots 0…n-1', () => {
    // a row's fields other than task and index live on its prototype, so a copy names them (a spread would drop them)
    const copy = (row: TaskRow): TaskRow => ({
      task: row.task, datasetId: row.datasetId, region: row.region, planStart: row.planStart, planStartTime: row.planStartTime,
      dueTime: row.dueTime, dueMonth: row.dueMonth, searchText: row.searchText, index: row.index, table: row.table,
    });
    const copies = [copy(rows[3]!), copy(rows[0]!)];
    const selection = selectRows(copies);
    expect(selection.table).not.toBe(rows[0]!.table);
    expect(selection.table.rows).toBe(copies);
    expect(selection.table.regions.names).toEqual(['乙市', '甲市']);
    expect([...selection.ids]).toEqual([0, 1]);
  });

  it('selectRows(rows from two toTaskRows calls) → a table of their own', () => {
    const other = toTaskRows(sampleDatasets());
    const selection = selectRows([rows[0]!, other[1]!]);
    expect(selection.table.rows).toHaveLength(2);
  });

  it('selectRows(same list twice) → the same selection', () => {
    const list = rows.slice(2);
    expect(selectRows(list)).toBe(selectRows(list));
  });
});
