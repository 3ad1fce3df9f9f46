import { describe, expect, it } from 'vitest';
import { createBatchSchedule } from '../../src/load/batch-schedule.ts';

describe('load/batch-schedule', () => {
  it('due(5, 10, 100) with the start at 0 → false: the first batch waits 250 ms, so a quick load is shown once', () => {
    expect(createBatchSchedule(0)(5, 10, 100)).toBe(false);
  });

  it.each([
    [0, 10, 300, false],
    [1, 10, 300, true],
    [10, 10, 300, false],
  ])('due(%i, %i, %i) as the first call → %s (nothing loaded, or all of it, is never a batch)', (loaded, total, now, expected) => {
    expect(createBatchSchedule(0)(loaded, total, now)).toBe(expected);
  });

  it('after a batch of 4 at 300 ms: due(7, …, 900) → false (not doubled), due(8, …, 500) → false (too soon), due(8, …, 600) → true', () => {
    const due = createBatchSchedule(0);
    expect(due(4, 100, 300)).toBe(true);
    expect(due(7, 100, 900)).toBe(false);
    expect(due(8, 100, 500)).toBe(false);
    expect(due(8, 100, 600)).toBe(true);
  });

  it('one file a millisecond, 4,400 files → 4 batches (at 250, 500, 1,000, 2,000 files), not thousands; none in the last quarter', () => {
    const due = createBatchSchedule(0);
    const batches: number[] = [];
    for (let loaded = 1; loaded <= 4400; loaded++) if (due(loaded, 4400, loaded)) batches.push(loaded);
    expect(batches).toEqual([250, 500, 1000, 2000]);
  });

  it('20 files, one every 100 ms, growth 4 → batches at 3 and 12 files; 16 would be in the last quarter, so the whole comes next', () => {
    const due = createBatchSchedule(0, { growth: 4 });
    const batches: number[] = [];
    for (let loaded = 1; loaded <= 20; loaded++) if (due(loaded, 20, loaded * 100)) batches.push(loaded);
    expect(batches).toEqual([3, 12]);
  });

  it('a load stalled in its last quarter still shows what answered, as its first batch or a later one', () => {
    const due = createBatchSchedule(0, { growth: 4 });
    expect(due(2, 20, 300)).toBe(true);
    expect(due(19, 20, 400)).toBe(false);
    expect(due(19, 20, 1500)).toBe(true);
    const first = createBatchSchedule(0, { growth: 4 });
    expect(first(19, 20, 200)).toBe(false);
    expect(first(19, 20, 300)).toBe(false);
    expect(first(19, 20, 1200)).toBe(true);
  });

  it('a hung file stalls the load after a batch of 2 of 6: the 4 that answered are drawn once nothing has answered for 1 s, not at the hung file\'s deadline', () => {
    const due = createBatchSchedule(0, { growth: 4 });
    expect(due(2, 6, 300)).toBe(true);
    expect(due(4, 6, 400)).toBe(false); // answered, but not fourfold
    expect(due(5, 6, 450)).toBe(false);
    expect(due(5, 6, 1000)).toBe(false); // 550 ms of quiet
    expect(due(5, 6, 1450)).toBe(true); // 1 s with no new answer: draw the 5
    expect(due(5, 6, 5000)).toBe(false); // nothing new to draw
  });
});
