import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeArrowDataset } from '../../../src/ingest/arrow/encode-arrow-dataset.ts';
import { decodeArrowDataset, decodeArrowTasks, decodeArrowTexts, mergeArrowTexts } from '../../../src/load/decode-arrow-dataset.ts';
import { DatasetSchema, ManifestSchema, type Dataset } from '../../../src/model/schema.ts';
import { generateDatasets } from '../../bench/generate.ts';

const DATA = join(import.meta.dirname, '../../../data');

function bundled(): Dataset[] {
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8')));
  return manifest.datasets.map((entry) => DatasetSchema.parse(JSON.parse(readFileSync(join(DATA, entry.file), 'utf8'))));
}

/** v1 → compact → decoded → the same schema: must be the very same dataset, every field (also absent vs false/undefined). */
function roundTrip(dataset: Dataset): Dataset {
  const files = encodeArrowDataset(dataset);
  return DatasetSchema.parse(decodeArrowDataset(files.tasks, files.texts));
}

describe('the compact (Arrow) encoding', () => {
  it.each(bundled().map((d) => [d.id, d] as const))('gives back bundled dataset %s, every field', (_id, dataset) => {
    expect(roundTrip(dataset)).toStrictEqual(dataset);
  });

  it('gives back generated datasets (every deadline form, indicators, warnings), every field', () => {
    const datasets = [...generateDatasets({ tasks: 3000, regions: 4, seed: 7 })];
    expect(datasets.length).toBeGreaterThan(4);
    for (const dataset of datasets) expect(roundTrip(dataset)).toStrictEqual(dataset);
  });

  it('keeps the edge cases: no tasks, empty lists, null title and number, explicit collective false, params', () => {
    const dataset: Dataset = DatasetSchema.parse({
      version: 1, id: 'edge-2020', region: '某市', title: '标题', issuer: null, docNumber: null, published: '2020-02-29',
      planPeriod: null, source: 'seeds/x.txt', unitGroups: { 各有关单位: ['甲', '乙'] },
      tasks: [
        {
          id: 'edge-2020/1', no: null, path: [], title: null, text: '', units: [{ name: '甲', role: 'lead', collective: false }],
          unitsRaw: '', deadline: { raw: '', due: null, monthDay: null, yearKnown: false, precision: null, ongoing: true },
          indicators: [{ metric: '覆盖率', category: '其他', comparator: '≥', value: -0.5, unit: '%', due: '1999-12-31' }],
          source: { file: 'seeds/x.txt', line: 1 },
        },
        {
          id: 'edge-2020/2', no: '（二）', path: ['一', '一'], title: '😀 标题', text: 'a\nb\u0000c', units: [],
          unitsRaw: '甲牵头', deadline: { raw: '2020年2月', due: '2020-02-29', monthDay: '02-29', yearKnown: true, precision: 'month', ongoing: false },
          indicators: [], source: { file: 'seeds/y.txt', line: 99999 },
        },
      ],
      warnings: [{ code: 'year-unknown', taskId: 'edge-2020/2', message: '“X”', line: null, params: { quoted: ['X'] } }],
      sourceText: 'sources/edge-2020.txt',
    });
    expect(roundTrip(dataset)).toStrictEqual(dataset);
    expect(roundTrip({ ...dataset, tasks: [], warnings: [] })).toStrictEqual({ ...dataset, tasks: [], warnings: [] });
  });

  it('refuses a texts file whose rows belong to other tasks, naming the row', () => {
    const [a, b] = [...generateDatasets({ tasks: 200, regions: 2, seed: 3 })];
    const decoded = decodeArrowTasks(encodeArrowDataset(a!).tasks);
    expect(() => mergeArrowTexts(decoded, decodeArrowTexts(encodeArrowDataset(b!).texts))).toThrow(/texts/);
  });

  it('refuses bytes that are not Arrow, and an Arrow file without the dataset header', () => {
    const files = encodeArrowDataset(bundled()[0]!);
    expect(() => decodeArrowDataset(new TextEncoder().encode('{"version":1}'), files.texts)).toThrow();
    expect(() => decodeArrowTasks(files.texts)).toThrow(/dataset/);
  });
});
