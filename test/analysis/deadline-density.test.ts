import { describe, expect, it } from 'vitest';
import { deadlinesByMonth } from '../../src/analysis/deadline-density.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { sampleDatasets } from './sample-datasets.ts';

describe('analysis/deadline-density', () => {
  it('deadlinesByMonth(sample) → counts per region over every month from the first to the last due date', () => {
    const density = deadlinesByMonth(toTaskRows(sampleDatasets()));
    expect(density.regions).toEqual(['甲市', '乙市']);
    expect(density.months).toHaveLength(22);
    const at = (month: string) => density.months.indexOf(month);
    expect(density.counts[0]![at('2021-06')]).toBe(1);
    expect(density.counts[0]![at('2021-12')]).toBe(1);
    expect(density.counts[1]![at('2022-06')]).toBe(1);
    expect(density.counts[1]![at('2023-03')]).toBe(1);
    expect(density.totals.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('deadlinesByMonth([]) → empty', () => {
    expect(deadlinesByMonth([])).toEqual({ months: [], regions: [], counts: [], totals: [] });
  });
});
