import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWidening } from '../../src/ui/load-widening.ts';

/** A stand-in for afterChartsDrawn: `draw()` calls back whoever waits. */
function fakeCharts() {
  let waiting: (() => void)[] = [];
  return {
    afterChartsDrawn: (callback: () => void) => {
      waiting.push(callback);
      return () => (waiting = waiting.filter((c) => c !== callback));
    },
    draw: () => {
      const callbacks = waiting;
      waiting = [];
      callbacks.forEach((c) => c());
    },
  };
}

async function isWidened(widened: Promise<void>): Promise<boolean> {
  let settled = false;
  void widened.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(0);
  return settled;
}

describe('ui/load-widening', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('files answering under a second apart, then the first batch shown → narrow until its charts are drawn', async () => {
    const charts = fakeCharts();
    const w = createWidening(charts.afterChartsDrawn);
    for (let k = 0; k < 5; k += 1) {
      w.noteProgress();
      await vi.advanceTimersByTimeAsync(900);
    }
    w.widenOnceDrawn();
    w.noteProgress();
    await vi.advanceTimersByTimeAsync(1000);
    expect(await isWidened(w.widened)).toBe(false);
    charts.draw();
    expect(await isWidened(w.widened)).toBe(true);
  });

  it('no file answering for a second (a hung file) → widened', async () => {
    const w = createWidening(fakeCharts().afterChartsDrawn);
    w.noteProgress();
    await vi.advanceTimersByTimeAsync(999);
    expect(await isWidened(w.widened)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await isWidened(w.widened)).toBe(true);
  });

  it('a first batch shown whose charts never draw (a view without charts) → widened 1.5 s later', async () => {
    const w = createWidening(fakeCharts().afterChartsDrawn);
    w.noteProgress();
    w.widenOnceDrawn();
    await vi.advanceTimersByTimeAsync(1499);
    expect(await isWidened(w.widened)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await isWidened(w.widened)).toBe(true);
  });
});
