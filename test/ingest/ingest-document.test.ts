import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest-document.ts';
import type { LayoutReader } from '../../src/ingest/raw-task.ts';

const oneRowReader: LayoutReader = {
  name: 'test-one-row',
  detect: (lines) => (lines.some((l) => l.startsWith('ROW')) ? 0.9 : 0),
  read: (lines) => ({
    layout: 'test-one-row',
    taskRegion: { start: 1, end: lines.length },
    furnitureLines: [1],
    unitGroups: {},
    issues: [],
    tasks: [
      {
        no: '1',
        path: ['领域'],
        title: null,
        text: '<b>实现100%覆盖</b>',
        unitCells: [{ text: '公共服务办牵头，各有关单位配合', role: null }],
        unitsRaw: '公共服务办牵头，各有关单位配合',
        deadlineRaw: '2021年6月底前',
        line: 2,
        lines: [2],
        issues: [],
      },
    ],
  }),
};

describe('ingest/ingest-document', () => {
  it('ingestDocument on an unrecognised layout → a message naming the file, no throw', () => {
    const result = ingestDocument('seeds/odd.txt', '这不是任务表\n只是两行字', [oneRowReader]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^seeds\/odd\.txt: .*layout not recognised/);
  });

  it('ingestDocument with a reader that throws → a message naming the file, no throw', () => {
    const broken: LayoutReader = { ...oneRowReader, read: () => { throw new Error('boom'); } };
    const result = ingestDocument('seeds/x.txt', '中山市港口镇任务分解表\nROW', [broken]);
    expect(result).toMatchObject({ ok: false, file: 'seeds/x.txt' });
  });

  it('ingestDocument normalises a raw row and reports each unplaced line of the task region', () => {
    const text = ['中山市港口镇测试任务分解表（2021—2022年）', 'ROW', '一行没有归属的文字'].join('\n');
    const result = ingestDocument('seeds/t.txt', text, [oneRowReader]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { dataset } = result;
    expect(dataset.id).toBe('gangkou-2021');
    expect(dataset.region).toBe('中山市港口镇');
    expect(dataset.tasks[0]).toMatchObject({
      id: 'gangkou-2021/1',
      text: '<b>实现100%覆盖</b>',
      deadline: { due: '2021-06-30', yearKnown: true, ongoing: false },
      source: { file: 'seeds/t.txt', line: 2 },
    });
    expect(dataset.tasks[0]?.units.map((u) => [u.name, u.role])).toEqual([
      ['公共服务办', 'lead'],
      ['各有关单位', 'support'],
    ]);
    expect(dataset.warnings.filter((w) => w.code === 'unplaced-line').map((w) => w.line)).toEqual([3]);
  });
});
