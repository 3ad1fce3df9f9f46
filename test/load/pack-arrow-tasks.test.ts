import { describe, expect, it } from 'vitest';
import { encodeArrowDataset } from '../../src/ingest/arrow/encode-arrow-dataset.ts';
import { decodeArrowTasks, decodeArrowTexts, mergeArrowTexts, packArrowDataset } from '../../src/load/decode-arrow-dataset.ts';
import { loadArrowDatasetFile, parseDataset } from '../../src/load/load-file.ts';
import { unpackLoadedFile, unpackTasks } from '../../src/load/packed-tasks.ts';
import { DatasetSchema, ManifestSchema, type Dataset, type Task } from '../../src/model/schema.ts';
import { generateDatasets } from '../bench/generate.ts';
import { makeTask } from '../analysis/make-task.ts';
import { arrowFolder, BASE, servedFolder } from './served-data.ts';

/** What the slow way (objects, then DatasetSchema) makes of a dataset's two files (as x.arrow); texts null: deferred. */
function slowWay(tasks: Uint8Array, texts: Uint8Array | null): ReturnType<typeof parseDataset> {
  let decoded;
  try {
    decoded = decodeArrowTasks(tasks);
  } catch (error) {
    // as the loader words a tasks file that does not decode
    return { file: 'x.arrow', id: null, kind: 'schema', status: null, details: [`x.arrow: ${(error as Error).message}`] };
  }
  if (texts !== null) mergeArrowTexts(decoded, decodeArrowTexts(texts));
  return parseDataset(decoded.value, 'x.arrow', null);
}

function fastTasks(tasks: Uint8Array, texts: Uint8Array | null): Task[] | null {
  const packed = packArrowDataset(tasks, texts);
  return packed === null ? null : unpackTasks(packed.packedTasks);
}

const base: Dataset = DatasetSchema.parse({
  version: 1, id: 'edge-2020', region: '某市', title: '标题', issuer: null, docNumber: null, published: '2020-02-29',
  planPeriod: null, source: 'seeds/x.txt', unitGroups: {}, warnings: [],
  tasks: [
    {
      id: 'edge-2020/1', no: null, path: [], title: null, text: '', units: [{ name: '甲', role: 'lead', collective: false }],
      unitsRaw: '', deadline: { raw: '', due: null, monthDay: null, yearKnown: false, precision: null, ongoing: true },
      indicators: [{ metric: '覆盖率', category: '其他', comparator: '≥', value: -0.5, unit: '%', due: '1999-12-31' }],
      source: { file: 'seeds/x.txt', line: 1 },
    },
    {
      id: 'edge-2020/2', no: '（二）', path: ['一', '一'], title: '😀 标题', text: 'a\nb\u0000c', units: [{ name: '乙', role: 'support' }],
      unitsRaw: '甲牵头', deadline: { raw: '2020年2月', due: '2020-02-29', monthDay: '02-29', yearKnown: true, precision: 'month', ongoing: false },
      indicators: [], source: { file: 'seeds/y.txt', line: 99999 },
    },
  ],
});

/** base with its second task changed by `change` (the encoder writes what it is given, valid or not). */
function withTask(change: (task: Task) => unknown): Dataset {
  return { ...base, tasks: [base.tasks[0]!, change(structuredClone(base.tasks[1]!)) as Task] };
}

describe('load/pack-arrow-tasks: the fast way from columns to packed tasks', () => {
  it('gives the very tasks the schema gives, every field and key order, with texts and without, for every bundled and generated dataset', () => {
    const datasets = [base, ...generateDatasets({ tasks: 3000, regions: 4, seed: 11 })];
    for (const dataset of datasets) {
      const files = encodeArrowDataset(dataset);
      for (const texts of [files.texts, null]) {
        const slow = slowWay(files.tasks, texts);
        expect('dataset' in slow).toBe(true);
        const fast = fastTasks(files.tasks, texts);
        expect(fast, `${dataset.id} took the slow way`).not.toBeNull();
        const expected = (slow as { dataset: Dataset }).dataset.tasks;
        expect(fast).toStrictEqual(expected);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(expected));
      }
    }
  });

  it('loads the bundled data converted the fast way, to the same datasets (fetch, header through the schema, unpacked)', async () => {
    const folder = arrowFolder();
    const { fetchFn } = servedFolder(folder);
    const manifest = ManifestSchema.parse(JSON.parse(folder.get('manifest.json') as string));
    for (const entry of manifest.datasets) {
      const tasks = folder.get(entry.file) as Uint8Array;
      const texts = folder.get(entry.texts!) as Uint8Array;
      expect(packArrowDataset(tasks, texts)).not.toBeNull();
      const answer = await loadArrowDatasetFile(fetchFn, `${BASE}${entry.file}`, `${BASE}${entry.texts!}`, entry.file, entry.id);
      expect('packedTasks' in answer).toBe(true);
      const loaded = 'packedTasks' in answer ? unpackLoadedFile(answer) : answer;
      const slow = slowWay(tasks, texts);
      expect('dataset' in loaded && loaded.dataset).toStrictEqual('dataset' in slow && slow.dataset);
      expect(JSON.stringify('dataset' in loaded && loaded.dataset)).toBe(JSON.stringify('dataset' in slow && slow.dataset));
    }
  });

  // Every value TaskSchema refuses, one at a time: the fast way must give up, and the file be refused in the schema's words.
  const refused: [string, (task: Task) => unknown][] = [
    ['an empty unit name', (t) => ({ ...t, units: [{ name: '', role: 'lead' }] })],
    ['an unknown role', (t) => ({ ...t, units: [{ name: '甲', role: 'boss' }] })],
    ['a task id that is not <dataset>/<no>', (t) => ({ ...t, id: 'edge-2020/二' })],
    ['a line below 1', (t) => ({ ...t, source: { file: 'x', line: 0 } })],
    ['an empty source file', (t) => ({ ...t, source: { file: '', line: 3 } })],
    ['an indicator value that is not a number', (t) => ({ ...t, indicators: [{ ...base.tasks[0]!.indicators[0]!, value: Number.NaN }] })],
    ['an infinite indicator value', (t) => ({ ...t, indicators: [{ ...base.tasks[0]!.indicators[0]!, value: Number.POSITIVE_INFINITY }] })],
    ['an empty metric', (t) => ({ ...t, indicators: [{ ...base.tasks[0]!.indicators[0]!, metric: '' }] })],
    ['an empty category', (t) => ({ ...t, indicators: [{ ...base.tasks[0]!.indicators[0]!, category: '' }] })],
    ['an unknown comparator', (t) => ({ ...t, indicators: [{ ...base.tasks[0]!.indicators[0]!, comparator: '~' }] })],
    ['an indicator due in year 50 (no such day for Date.UTC)', (t) => ({ ...t, indicators: [{ ...base.tasks[0]!.indicators[0]!, due: '0050-01-01' }] })],
    ['a deadline due in year 99', (t) => ({ ...t, deadline: { ...t.deadline, due: '0099-12-31' } })],
    ['a missing section in the path', (t) => ({ ...t, path: ['一', null] })],
    ['a missing path', (t) => ({ ...t, path: null })],
    ['a monthDay that is not MM-DD', (t) => ({ ...t, deadline: { ...t.deadline, monthDay: '2-29' } })],
    ['an unknown precision', (t) => ({ ...t, deadline: { ...t.deadline, precision: 'week' } })],
    ['a missing yearKnown', (t) => ({ ...t, deadline: { ...t.deadline, yearKnown: null } })],
    ['a missing ongoing', (t) => ({ ...t, deadline: { ...t.deadline, ongoing: null } })],
    ['a missing deadline wording', (t) => ({ ...t, deadline: { ...t.deadline, raw: null } })],
    ['a missing text', (t) => ({ ...t, text: null })],
    ['a missing unitsRaw', (t) => ({ ...t, unitsRaw: null })],
    ['a missing indicator unit', (t) => ({ ...t, indicators: [{ ...base.tasks[0]!.indicators[0]!, unit: null }] })],
  ];
  it.each(refused)('gives up on %s, and the file is refused in the schema\'s words', async (_what, change) => {
    const files = encodeArrowDataset(withTask(change));
    const slow = slowWay(files.tasks, files.texts);
    expect('kind' in slow && slow.kind).toBe('schema');
    expect(packArrowDataset(files.tasks, files.texts)).toBeNull();
    const { fetchFn } = servedFolder(new Map([['x.arrow', files.tasks], ['x.texts.arrow', files.texts]]));
    const loaded = await loadArrowDatasetFile(fetchFn, `${BASE}x.arrow`, `${BASE}x.texts.arrow`, 'x.arrow', null);
    expect(loaded).toEqual(slow);
  });

  it('gives up on texts of other tasks and on a dataset header the schema refuses; both refused as before', async () => {
    const other = encodeArrowDataset({ ...base, tasks: [makeTask({ id: 'edge-2020/9' }), base.tasks[1]!] });
    const files = encodeArrowDataset(base);
    expect(packArrowDataset(files.tasks, other.texts)).toBeNull();
    const badHeader = encodeArrowDataset({ ...base, region: '' });
    expect(packArrowDataset(badHeader.tasks, badHeader.texts)).not.toBeNull();
    const { fetchFn } = servedFolder(new Map([['x.arrow', badHeader.tasks], ['x.texts.arrow', badHeader.texts], ['y.arrow', files.tasks], ['y.texts.arrow', other.texts]]));
    const header = await loadArrowDatasetFile(fetchFn, `${BASE}x.arrow`, `${BASE}x.texts.arrow`, 'x.arrow', null);
    expect(header).toEqual(slowWay(badHeader.tasks, badHeader.texts));
    expect('kind' in header && header.details.join()).toMatch(/region/);
    const mixed = await loadArrowDatasetFile(fetchFn, `${BASE}y.arrow`, `${BASE}y.texts.arrow`, 'y.arrow', null);
    expect('kind' in mixed && mixed.details[0]).toMatch(/^y\.texts\.arrow: texts row 1/);
  });

  it('says whether the ids are clean (each under the dataset id, none repeated), as packTasks does', () => {
    const clean = encodeArrowDataset(base);
    expect(packArrowDataset(clean.tasks, clean.texts)?.packedTasks.idsClean).toBe(true);
    const repeated = encodeArrowDataset(withTask((t) => ({ ...t, id: 'edge-2020/1' })));
    expect(packArrowDataset(repeated.tasks, null)?.packedTasks.idsClean).toBe(false);
    const foreign = encodeArrowDataset(withTask((t) => ({ ...t, id: 'other-2020/2' })));
    expect(packArrowDataset(foreign.tasks, null)?.packedTasks.idsClean).toBe(false);
  });

  it('takes what the schema takes that a writer might not: a title and no of any text, a null title, empty lists', () => {
    const dataset = withTask((t) => ({ ...t, no: '', title: null, path: [], units: [], indicators: [] }));
    const files = encodeArrowDataset(dataset);
    expect(fastTasks(files.tasks, files.texts)).toStrictEqual(dataset.tasks);
  });
});
