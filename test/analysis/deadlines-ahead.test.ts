import { describe, expect, it } from 'vitest';
import { deadlinesAhead } from '../../src/analysis/deadlines-ahead.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { makeDataset, makeDeadline, makeTask } from './make-task.ts';

describe('deadlinesAhead', () => {
  const dates = ['2025-06-30', '2025-07-01', '2025-07-31', '2026-06-30', '2026-07-01', null];
  const rows = toTaskRows([makeDataset({ tasks: dates.map((due, i) => makeTask({ no: String(i + 1), deadline: makeDeadline({ due }) })) })]);

  it('counts twelve months from the as-of month, and what lies before and after', () => {
    const ahead = deadlinesAhead(rows, '2025-07-15');
    expect(ahead.months[0]).toBe('2025-07');
    expect(ahead.months[11]).toBe('2026-06');
    expect(ahead.counts[0]).toBe(2);
    expect(ahead.counts[11]).toBe(1);
    expect(ahead.counts.reduce((a, b) => a + b)).toBe(3);
    expect([ahead.before, ahead.after, ahead.lastDue]).toEqual([1, 1, '2026-07']);
  });
});
