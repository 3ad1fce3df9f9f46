import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../src/ui/run-in-slices.ts';

/**
 * Steps that each advance a fake clock by `msPerStep` and log which task of the event loop ("slice") ran them: a
 * microtask queued by a slice's first step runs only once that task has ended, so the next step seeing it run
 * means a new slice.
 */
function* logged(count: number, clock: { t: number }, msPerStep: number, log: number[]) {
  let slice = -1;
  let inSlice = false;
  for (let k = 0; k < count; k++) {
    if (!inSlice) {
      slice++;
      inSlice = true;
      queueMicrotask(() => (inSlice = false));
    }
    clock.t += msPerStep;
    log.push(slice);
    yield;
  }
  return count;
}

describe('ui/run-in-slices', () => {
  it('runs as many steps as fit in the budget per slice, gives the page a turn between slices, and resolves with the result', async () => {
    const clock = { t: 0 };
    const log: number[] = [];
    const run = runInSlices(logged(12, clock, 5, log), 12, () => clock.t);
    await expect(run.done).resolves.toBe(12);
    // 5 ms a step, 12 ms a slice: three steps per slice (the third crosses the budget), four slices
    expect(log).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3]);
  });

  it('a cancelled run stops at its next pause and never settles', async () => {
    const clock = { t: 0 };
    const log: number[] = [];
    const run = runInSlices(logged(100, clock, 20, log), 12, () => clock.t);
    let settled = false;
    void run.done.then(() => (settled = true), () => (settled = true));
    run.cancel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log.length).toBeLessThanOrEqual(1);
    expect(settled).toBe(false);
  });

  it('a step that throws rejects the run with its error', async () => {
    function* failing(): Generator<void, number, void> {
      yield;
      throw new Error('bad row 3');
    }
    await expect(runInSlices(failing(), 12).done).rejects.toThrow('bad row 3');
  });
});
