import { describe, expect, it } from 'vitest';
import { markSelection } from '../../src/analysis/selection-marks.ts';
import { selectRows } from '../../src/analysis/select-rows.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { sampleDatasets } from './sample-datasets.ts';

const rows = toTaskRows(sampleDatasets());
const selected = (list: typeof rows) => {
  const { marks, mark } = markSelection(selectRows(list));
  return rows.map((_, i) => marks[i] === mark);
};

describe('analysis/selection-marks', () => {
  it('markSelection(rows 1 and 4) → exactly those slots marked', () => {
    expect(selected([rows[4]!, rows[1]!])).toEqual([false, true, false, false, true, false, false]);
  });

  it('markSelection: a later selection unmarks the earlier one; the same one again keeps its marks; empty marks nothing', () => {
    const first = [rows[0]!];
    expect(selected(first)[0]).toBe(true);
    expect(selected([rows[2]!])).toEqual([false, false, true, false, false, false, false]);
    expect(selected(first)).toEqual([true, false, false, false, false, false, false]);
    expect(selected([])).toEqual(rows.map(() => false));
  });
});
