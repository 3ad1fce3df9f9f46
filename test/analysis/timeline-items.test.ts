import { describe, expect, it } from 'vitest';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { timelineItems } from '../../src/analysis/timeline-items.ts';
import { SAMPLE_AS_OF, sampleDatasets } from './sample-datasets.ts';

const rows = toTaskRows(sampleDatasets());
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('analysis/timeline-items', () => {
  const model = timelineItems(rows, 'region', SAMPLE_AS_OF);

  it('timelineItems(sample, region) → two lanes, bars from plan start to due, rows in lane order', () => {
    expect(model.mode).toBe('items');
    expect(model.lanes.map((l) => [l.key, l.count, l.ongoing, l.firstRow])).toEqual([['甲市', 3, 1, 0], ['乙市', 2, 0, 3]]);
    expect(model.items.map((i) => [i.taskId, i.row, i.status])).toEqual([
      ['jia-2021/1', 0, 'passed'],
      ['jia-2021/2', 1, 'passed'],
      ['jia-2021/3', 2, 'ongoing'],
      ['yi-2022/1', 3, 'due90'],
      ['yi-2022/3', 4, 'later'],
    ]);
    expect(model.items[0]).toMatchObject({ start: day('2021-03-01'), end: day('2021-06-30'), ongoing: false, label: '1 外网覆盖' });
  });

  it('timelineItems: each lane counts the tasks that run on past the right edge (ongoing-only and due then ongoing)', () => {
    expect(model.lanes.map((l) => [l.key, l.runsOn])).toEqual([['甲市', 2], ['乙市', 0]]);
    // binned, the count is all the lane's arrow has to go on
    expect(timelineItems(rows, 'region', SAMPLE_AS_OF, { maxItems: 0 }).lanes.map((l) => l.runsOn)).toEqual([2, 0]);
  });

  it('timelineItems (binned): year-unknown tasks are also counted per lane × month, for a strip split by lane', () => {
    const binned = timelineItems(rows, 'region', SAMPLE_AS_OF, { maxItems: 0 });
    expect(binned.yearUnknown.lanes).toEqual([{ key: '乙市', label: '乙市', count: 1 }]);
    expect(binned.yearUnknown.laneBins.map((bin) => [bin.lane, bin.laneIndex, bin.count])).toEqual([['乙市', 0, 1]]);
    // the lane-less strip stays (the overview's small chart)
    expect(binned.yearUnknown.bins.map((bin) => bin.count)).toEqual([1]);
    // one row per task: the strip stacks single tasks, no lanes
    expect(model.yearUnknown.lanes).toEqual([]);
    expect(model.yearUnknown.laneBins).toEqual([]);
  });

  it('timelineItems: an ongoing-only task runs from the plan start to the domain\'s right end', () => {
    expect(model.items[2]).toMatchObject({ start: day('2021-03-01'), end: model.domain.max, ongoing: true });
    expect(model.domain).toEqual({ min: day('2021-03-01'), max: day('2023-05-01') });
  });

  it('timelineItems: the year-unknown task sits in its own lane on the nominal year; the undated one is counted', () => {
    expect(model.yearUnknown.items).toEqual([expect.objectContaining({
      taskId: 'yi-2022/2', yearUnknown: true, monthDay: '06-30', start: day('2000-06-30'), end: day('2000-06-30'),
    })]);
    expect(model.yearUnknown.unplaced).toBe(0);
    expect(model.undated).toBe(1);
  });

  it('timelineItems(sample, lead) → lanes by first lead unit (else first unit), biggest first', () => {
    // 甲2 and 乙3 have no lead: their first (responsible) unit stands in
    // lanes are unit identities: 甲市's and 乙市's 公安局 are two lanes, labelled with their region
    expect(timelineItems(rows, 'lead', SAMPLE_AS_OF).lanes.map((l) => [l.key, l.label, l.count])).toEqual([
      ['乙市/公安局', '公安局（乙市）', 1], ['乙市/税务局', '税务局（乙市）', 1], ['甲市/公共服务办', '公共服务办（甲市）', 1],
      ['甲市/公安局', '公安局（甲市）', 1], ['甲市/税务局', '税务局（甲市）', 1],
    ]);
  });

  it('timelineItems(sample, section, { maxItems: 2 }) → per lane × month bins, no single items', () => {
    const binned = timelineItems(rows, 'section', SAMPLE_AS_OF, { maxItems: 2 });
    expect(binned.mode).toBe('bins');
    expect(binned.items).toEqual([]);
    expect(binned.bins.map((b) => [b.lane, b.month, b.count])).toEqual([
      ['政务服务', '2021-06', 1], ['政务服务', '2021-12', 1], ['营商环境', '2022-06', 1], ['数据', '2023-03', 1],
    ]);
  });
});
