import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startRefreshCycle } from '../../src/ui/refresh-cycle.ts';

describe('ui/refresh-cycle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('startRefreshCycle(first load never answers) → the next ticks still load and apply (the wall keeps refreshing)', async () => {
    const applied: number[] = [];
    let calls = 0;
    const stop = startRefreshCycle({
      intervalMs: 1000,
      load: () => {
        calls += 1;
        return calls === 1 ? new Promise<number>(() => undefined) : Promise.resolve(calls);
      },
      apply: (n) => applied.push(n),
    });
    await vi.advanceTimersByTimeAsync(3500);
    expect(calls).toBe(3);
    expect(applied).toEqual([2, 3]);
    stop();
  });

  it('startRefreshCycle: an older load answering after a newer one → ignored', async () => {
    const resolvers: ((n: number) => void)[] = [];
    const applied: number[] = [];
    const stop = startRefreshCycle({ intervalMs: 1000, load: () => new Promise<number>((ok) => resolvers.push(ok)), apply: (n) => applied.push(n) });
    await vi.advanceTimersByTimeAsync(2000);
    resolvers[1]!(2);
    await vi.advanceTimersByTimeAsync(0);
    resolvers[0]!(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(applied).toEqual([2]);
    stop();
  });

  it('startRefreshCycle: loads that all hang → at most maxInFlight at once; once one settles the cycle resumes', async () => {
    const resolvers: ((n: number) => void)[] = [];
    const applied: number[] = [];
    const stop = startRefreshCycle({ intervalMs: 1000, maxInFlight: 2, load: () => new Promise<number>((ok) => resolvers.push(ok)), apply: (n) => applied.push(n) });
    await vi.advanceTimersByTimeAsync(5000);
    expect(resolvers).toHaveLength(2);
    resolvers[0]!(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(resolvers).toHaveLength(3);
    expect(applied).toEqual([1]);
    stop();
  });

  it('stop() → no more loads, and a result arriving later is dropped', async () => {
    let resolve: (n: number) => void = () => undefined;
    const applied: number[] = [];
    const load = vi.fn(() => new Promise<number>((ok) => (resolve = ok)));
    const stop = startRefreshCycle({ intervalMs: 1000, load, apply: (n) => applied.push(n) });
    await vi.advanceTimersByTimeAsync(1000);
    stop();
    resolve(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(load).toHaveBeenCalledTimes(1);
    expect(applied).toEqual([]);
  });
});
