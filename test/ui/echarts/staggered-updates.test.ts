import type { EChartsType } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { afterChartsDrawn } from '../../../src/ui/echarts/charts-drawn.ts';
import { chartsWaiting, onDrawError, staggerUpdates } from '../../../src/ui/echarts/staggered-updates.ts';

/**
 * Tells tasks of the event loop apart: a microtask queued in a task runs when that task ends, so a call that finds the
 * last one's microtask already run is in a new task.
 */
function taskTracker() {
  const tracker = { n: 0, open: false };
  return {
    current(): number {
      if (!tracker.open) {
        tracker.n++;
        tracker.open = true;
        queueMicrotask(() => (tracker.open = false));
      }
      return tracker.n;
    },
  };
}

/** A stand-in for an ECharts instance that logs what it draws, in which task, and whether lazily. */
function fakeChart(name: string, log: string[], tasks = taskTracker()) {
  let option: unknown = undefined;
  let disposed = false;
  const chart = {
    setOption(next: unknown, second?: unknown, lazy?: unknown) {
      const task = tasks.current();
      if ((next as { fail?: boolean }).fail === true) throw new Error(`${name} cannot draw`);
      option = next;
      const lazyUpdate = typeof second === 'object' ? (second as { lazyUpdate?: boolean }).lazyUpdate : lazy;
      log.push(`${name}:${(next as { v: number }).v}@${task}${lazyUpdate === true ? ' lazy' : ''}`);
    },
    getOption: () => option,
    getDataURL: () => `png of ${JSON.stringify(option)}`,
    getConnectedDataURL: () => '',
    getZr: () => ({}),
    dispatchAction: () => undefined,
    convertToPixel: () => 0,
    convertFromPixel: () => 0,
    containPixel: () => false,
    isDisposed: () => disposed,
    dispose: () => {
      disposed = true;
    },
  };
  return chart as unknown as EChartsType & { dispose(): void };
}

const settled = async () => {
  while (chartsWaiting() > 0) await new Promise((done) => setTimeout(done, 0));
};

describe('ui/echarts/staggered-updates', () => {
  it('draws each chart in a task of its own, in the order the options arrived, and not lazily', async () => {
    const log: string[] = [];
    const tasks = taskTracker();
    const charts = ['a', 'b', 'c'].map((name) => staggerUpdates(fakeChart(name, log, tasks)));
    charts.forEach((chart, k) => chart.setOption({ v: k }, { notMerge: true, lazyUpdate: true }));
    expect(log).toEqual([]);
    await settled();
    expect(log).toEqual(['a:0@1', 'b:1@2', 'c:2@3']);
  });

  it('a chart given several options before its turn draws only the newest that replaces the whole option, then the merges after it', async () => {
    const log: string[] = [];
    const chart = staggerUpdates(fakeChart('a', log));
    chart.setOption({ v: 1 }, true);
    chart.setOption({ v: 2 }, true);
    chart.setOption({ v: 3 });
    await settled();
    expect(log).toEqual(['a:2@1', 'a:3@1']);
  });

  it('reading the option, exporting or acting on the chart first applies its waiting option', () => {
    const log: string[] = [];
    const chart = staggerUpdates(fakeChart('a', log));
    chart.setOption({ v: 7 }, true);
    expect(chart.getOption()).toEqual({ v: 7 });
    expect(chart.getDataURL()).toBe('png of {"v":7}');
    expect(chartsWaiting()).toBe(0);
  });

  it('a disposed chart draws nothing; an option that fails goes to the chart\'s error handler and the others still draw', async () => {
    const log: string[] = [];
    const errors: string[] = [];
    const gone = staggerUpdates(fakeChart('gone', log));
    const failing = staggerUpdates(fakeChart('failing', log));
    const fine = staggerUpdates(fakeChart('fine', log));
    onDrawError(failing, (error) => errors.push((error as Error).message));
    gone.setOption({ v: 1 }, true);
    failing.setOption({ v: 1, fail: true }, true);
    fine.setOption({ v: 1 }, true);
    (gone as unknown as { dispose(): void }).dispose();
    await settled();
    expect(log.map((line) => line.split('@')[0])).toEqual(['fine:1']);
    expect(errors).toEqual(['failing cannot draw']);
  });

  it('wrapping twice changes nothing', async () => {
    const log: string[] = [];
    const chart = staggerUpdates(staggerUpdates(fakeChart('a', log)));
    chart.setOption({ v: 1 }, true);
    await settled();
    expect(log).toEqual(['a:1@1']);
  });

  it('afterChartsDrawn(callback) → called once, after the last waiting chart has drawn; a cancelled wait never', async () => {
    const log: string[] = [];
    const charts = ['p', 'q'].map((name) => staggerUpdates(fakeChart(name, log)));
    const calls: string[] = [];
    afterChartsDrawn(() => calls.push(`drawn after ${log.length}`));
    const cancel = afterChartsDrawn(() => calls.push('cancelled'));
    cancel();
    charts.forEach((chart, k) => chart.setOption({ v: k }, true));
    await settled();
    await new Promise((done) => setTimeout(done, 0));
    expect(calls).toEqual(['drawn after 2']);
    charts[0]!.setOption({ v: 9 }, true);
    await settled();
    expect(calls).toEqual(['drawn after 2']);
  });
});
