import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatasets } from '../../src/load/check-datasets.ts';
import { packLoadedFile, packTasks, unpackLoadedFile, unpackTasks } from '../../src/load/packed-tasks.ts';
import { DatasetSchema, type Task } from '../../src/model/schema.ts';
import { makeTask } from '../analysis/make-task.ts';

const dataDir = join(import.meta.dirname, '../../data');

/** Every optional and nullable field both ways, every enum value, a line past 2^31 and numbers JSON keeps exactly. */
const varied: Task[] = [
  makeTask({ no: '1' }),
  {
    ...makeTask({ no: '2' }),
    no: null,
    title: '标题',
    path: ['一、总体要求', '（二）重点任务'],
    units: [
      { name: '市发展改革局', role: 'lead' },
      { name: '各镇街', role: 'responsible', collective: true },
      { name: '市财政局', role: 'support', collective: false },
    ],
    deadline: { raw: '2025年6月', due: '2025-06-30', monthDay: '06-30', yearKnown: true, precision: 'month', ongoing: false },
    indicators: [
      { metric: '覆盖率', category: '公共服务', comparator: '≥', value: 95.5, unit: '%', due: '2025-12-31' },
      { metric: '数量', category: '产业', comparator: '<', value: -0.1, unit: '', due: null },
      { metric: '数量', category: '产业', comparator: '>', value: 1e21, unit: '个', due: null },
      { metric: '数量', category: '产业', comparator: '=', value: 0, unit: '个', due: null },
      { metric: '数量', category: '产业', comparator: '≤', value: 3, unit: '个', due: null },
    ],
    source: { file: 'seeds/表.xlsx', line: 2 ** 33, cell: 'Sheet1!C5' },
  },
  ...(['day', 'quarter', 'half', 'year'] as const).map((precision, k) => ({
    ...makeTask({ no: String(k + 3) }),
    deadline: { raw: '长期推进', due: null, monthDay: null, yearKnown: false, precision, ongoing: true },
  })),
];

describe('load/packed-tasks', () => {
  it('unpackTasks(packTasks(tasks)) → the same tasks, every field, absent flags absent, keys in the validated order', () => {
    const back = unpackTasks(packTasks(varied));
    expect(back).toEqual(varied);
    expect(JSON.stringify(back)).toBe(JSON.stringify(varied));
    expect('collective' in back[0]!.units[0]!).toBe(false);
    expect('cell' in back[0]!.source).toBe(false);
  });

  it('every bundled dataset → its validated tasks read back byte for byte as JSON', () => {
    const files = readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'manifest.json' && f !== 'unit-aliases.json');
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const { tasks } = DatasetSchema.parse(JSON.parse(readFileSync(join(dataDir, file), 'utf8')));
      expect(JSON.stringify(unpackTasks(packTasks(tasks))), file).toBe(JSON.stringify(tasks));
    }
  });

  it('a string repeated across tasks → stored once and shared by the tasks read back; a text is stored per task', () => {
    const tasks = [makeTask({ no: '1' }), makeTask({ no: '2' })];
    const packed = packTasks(tasks);
    expect(packed.strings.filter((s) => s === tasks[0]!.units[0]!.name)).toHaveLength(1);
    const texts = new Set(tasks.map((t) => t.text));
    const others = packed.strings.filter((s) => !texts.has(s));
    expect(others).toHaveLength(new Set(others).size);
    // texts are almost always unique: stored without looking them up (hashing each long text cost more than it saved)
    expect(packed.strings.filter((s) => texts.has(s))).toHaveLength(tasks.length);
    expect(unpackTasks(packed)).toEqual(tasks);
  });

  it('no tasks → no tasks', () => {
    expect(unpackTasks(packTasks([]))).toEqual([]);
  });

  it('idsClean: only when every id carries the dataset id and none repeats (a repeat, a foreign id, no dataset id: false)', () => {
    const tasks = [makeTask({ no: '1' }), makeTask({ no: '2' })];
    expect(packTasks(tasks, 'x-2021').idsClean).toBe(true);
    expect(packTasks([...tasks, makeTask({ no: '1' })], 'x-2021').idsClean).toBe(false);
    expect(packTasks(tasks, 'y-2021').idsClean).toBe(false);
    expect(packTasks(tasks).idsClean).toBe(false);
    // an id equal to another field's text is still one id
    expect(packTasks([{ ...makeTask({ no: '1' }), title: 'x-2021/2' }, makeTask({ no: '2' })], 'x-2021').idsClean).toBe(true);
  });

  it('a clean dataset unpacked is checked as checkDatasets would check it: same kept tasks, no notices', () => {
    const dataset = { ...DatasetSchema.parse(JSON.parse(readFileSync(join(dataDir, 'gangkou-2021.json'), 'utf8'))) };
    const { message } = packLoadedFile({ file: 'gangkou-2021.json', dataset });
    expect(message.packedTasks.idsClean).toBe(true);
    const unpacked = unpackLoadedFile(message);
    expect(checkDatasets([unpacked])).toEqual(checkDatasets([{ file: 'gangkou-2021.json', dataset }]));
  });
});
