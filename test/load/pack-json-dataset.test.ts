import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areCertainlyTasks } from '../../src/load/check-json-tasks.ts';
import { loadDatasetFile, parseDataset } from '../../src/load/load-file.ts';
import { packJsonDataset } from '../../src/load/pack-json-dataset.ts';
import { unpackLoadedFile } from '../../src/load/packed-tasks.ts';
import { TaskSchema, type Dataset } from '../../src/model/schema.ts';
import { generateDatasets } from '../bench/generate.ts';
import { makeTask } from '../analysis/make-task.ts';
import { BASE, servedFolder } from './served-data.ts';

const dataDir = join(import.meta.dirname, '../../data');

function bundledValues(): unknown[] {
  return readdirSync(dataDir)
    .filter((f) => f.endsWith('.json') && f !== 'manifest.json' && f !== 'unit-aliases.json')
    .map((f) => JSON.parse(readFileSync(join(dataDir, f), 'utf8')) as unknown);
}

/** What the schema makes of a parsed file, as the page would show it. */
function schemaWay(value: unknown): Dataset {
  const parsed = parseDataset(value, 'x.json', null);
  if ('kind' in parsed) throw new Error(parsed.details.join('\n'));
  return parsed.dataset;
}

describe('load/pack-json-dataset: a JSON dataset packed without the schema copying each task', () => {
  it('gives the very dataset the schema gives, every field and key order, for every bundled and generated dataset', () => {
    const values = [...bundledValues(), ...[...generateDatasets({ tasks: 3000, regions: 4, seed: 5 })].map((d) => JSON.parse(JSON.stringify(d)) as unknown)];
    expect(values.length).toBeGreaterThan(6);
    for (const value of values) {
      const packed = packJsonDataset(value, 'x.json');
      expect(packed).not.toBeNull();
      const dataset = unpackLoadedFile(packed!).dataset;
      const expected = schemaWay(value);
      expect(dataset).toStrictEqual(expected);
      expect(JSON.stringify(dataset)).toBe(JSON.stringify(expected));
    }
  });

  it('leaves out what the schema leaves out: keys it does not know, on a task, a unit, a deadline or the dataset', () => {
    const task = { ...makeTask({ no: '1' }), extra: 1, units: [{ name: '甲', role: 'lead', note: 'x' }], deadline: { ...makeTask().deadline, hint: 2 } };
    const value = { ...JSON.parse(readFileSync(join(dataDir, 'gangkou-2021.json'), 'utf8')), id: 'x-2021', tasks: [task], futureField: true };
    const packed = packJsonDataset(value, 'x.json');
    expect(packed).not.toBeNull();
    expect(unpackLoadedFile(packed!).dataset).toStrictEqual(schemaWay(value));
  });

  const valid = makeTask({ no: '1' });
  const indicator = { metric: '覆盖率', category: '其他', comparator: '≥', value: 95, unit: '%', due: null };
  // One change the schema refuses, each: the check must not accept it (the schema then words the refusal).
  const refused: [string, unknown][] = [
    ['not an object', 'task'],
    ['an array', [valid]],
    ['no id', { ...valid, id: undefined }],
    ['an id without its dataset', { ...valid, id: '1' }],
    ['a number for no', { ...valid, no: 1 }],
    ['a number in the path', { ...valid, path: ['一', 2] }],
    ['a path that is not a list', { ...valid, path: '一' }],
    ['a number for a title', { ...valid, title: 3 }],
    ['no text', { ...valid, text: undefined }],
    ['units that are not a list', { ...valid, units: { name: '甲', role: 'lead' } }],
    ['an empty unit name', { ...valid, units: [{ name: '', role: 'lead' }] }],
    ['an unknown role', { ...valid, units: [{ name: '甲', role: 'boss' }] }],
    ['a null collective', { ...valid, units: [{ name: '甲', role: 'lead', collective: null }] }],
    ['a collective that is a word', { ...valid, units: [{ name: '甲', role: 'lead', collective: 'yes' }] }],
    ['a null unitsRaw', { ...valid, unitsRaw: null }],
    ['no deadline', { ...valid, deadline: undefined }],
    ['a deadline wording that is a number', { ...valid, deadline: { ...valid.deadline, raw: 2021 } }],
    ['a due date that is no day', { ...valid, deadline: { ...valid.deadline, due: '2021-02-30' } }],
    ['a due date not written YYYY-MM-DD', { ...valid, deadline: { ...valid.deadline, due: '2021-2-3' } }],
    ['a due date in year 50', { ...valid, deadline: { ...valid.deadline, due: '0050-01-01' } }],
    ['a monthDay not MM-DD', { ...valid, deadline: { ...valid.deadline, monthDay: '2-3' } }],
    ['yearKnown as a word', { ...valid, deadline: { ...valid.deadline, yearKnown: 'true' } }],
    ['an unknown precision', { ...valid, deadline: { ...valid.deadline, precision: 'week' } }],
    ['a null ongoing', { ...valid, deadline: { ...valid.deadline, ongoing: null } }],
    ['indicators that are null', { ...valid, indicators: null }],
    ['an empty metric', { ...valid, indicators: [{ ...indicator, metric: '' }] }],
    ['a number for a category', { ...valid, indicators: [{ ...indicator, category: 1 }] }],
    ['an unknown comparator', { ...valid, indicators: [{ ...indicator, comparator: '~' }] }],
    ['a value written as text', { ...valid, indicators: [{ ...indicator, value: '5' }] }],
    ['no value', { ...valid, indicators: [{ ...indicator, value: undefined }] }],
    ['a null indicator unit', { ...valid, indicators: [{ ...indicator, unit: null }] }],
    ['an indicator due that is no day', { ...valid, indicators: [{ ...indicator, due: '2021-13-01' }] }],
    ['no source', { ...valid, source: undefined }],
    ['an empty source file', { ...valid, source: { file: '', line: 1 } }],
    ['line 0', { ...valid, source: { file: 'a.txt', line: 0 } }],
    ['a line of 1.5', { ...valid, source: { file: 'a.txt', line: 1.5 } }],
    ['a line written as text', { ...valid, source: { file: 'a.txt', line: '3' } }],
    ['an empty cell', { ...valid, source: { file: 'a.txt', line: 1, cell: '' } }],
    ['a cell that is a number', { ...valid, source: { file: 'a.txt', line: 1, cell: 5 } }],
  ];
  it.each(refused)('is not sure of a task with %s (which the schema refuses too)', (_what, task) => {
    const json = JSON.parse(JSON.stringify([valid, task])) as unknown[];
    expect(TaskSchema.safeParse(json[1]).success).toBe(false);
    expect(areCertainlyTasks(json)).toBe(false);
  });

  it('accepts what the schema accepts of the optional fields: collective both ways, a cell, nulls', () => {
    const tasks = [
      { ...valid, no: null, title: null, units: [{ name: '甲', role: 'support', collective: false }, { name: '各镇', role: 'responsible', collective: true }] },
      { ...valid, source: { file: 'a.xlsx', line: 2 ** 40, cell: 'Sheet1!C5' }, indicators: [{ ...indicator, comparator: '<', value: -0.5, due: '2024-02-29' }] },
    ];
    expect(tasks.every((t) => TaskSchema.safeParse(t).success)).toBe(true);
    expect(areCertainlyTasks(tasks)).toBe(true);
  });

  it('loadDatasetFile with the packer: packed when sure, else the schema\'s failure in its own words', async () => {
    const good = readFileSync(join(dataDir, 'gangkou-2021.json'), 'utf8');
    const bad = JSON.parse(good) as { tasks: Record<string, unknown>[] };
    bad.tasks[2] = { ...bad.tasks[2], units: [{ name: '', role: 'lead' }] };
    const { fetchFn } = servedFolder(new Map([['good.json', good], ['bad.json', JSON.stringify(bad)]]));
    const packed = await loadDatasetFile(fetchFn, `${BASE}good.json`, 'good.json', null, {}, packJsonDataset);
    expect('packedTasks' in packed).toBe(true);
    const refused = await loadDatasetFile(fetchFn, `${BASE}bad.json`, 'bad.json', null, {}, packJsonDataset);
    const plain = await loadDatasetFile(fetchFn, `${BASE}bad.json`, 'bad.json', null);
    expect(refused).toEqual(plain);
    expect('kind' in refused && refused.details.join()).toMatch(/tasks\.2\.units\.0\.name/);
  });
});
