import { describe, expect, it } from 'vitest';
import { fillArrowTexts } from '../../src/load/fill-arrow-texts.ts';
import { loadDatasets } from '../../src/load/load-datasets.ts';
import { createMainThreadLoader } from '../../src/load/main-thread-loader.ts';
import { ManifestSchema } from '../../src/model/schema.ts';
import { arrowFolder, BASE, jsonFolder, servedFolder } from './served-data.ts';

describe('loading the compact (Arrow) encoding', () => {
  it('gives the same datasets, failures and notices as the JSON files they were converted from', async () => {
    const fromJson = await loadDatasets(servedFolder(jsonFolder()).fetchFn, BASE);
    const fromArrow = await loadDatasets(servedFolder(arrowFolder()).fetchFn, BASE);
    expect(fromJson.datasets.length).toBeGreaterThan(3);
    expect(fromArrow.datasets).toStrictEqual(fromJson.datasets);
    expect(fromArrow.failures).toEqual(fromJson.failures);
    expect(fromArrow.notices).toEqual(fromJson.notices);
    expect(fromArrow.manifest?.datasets.every((e) => e.encoding === 'arrow')).toBe(true);
  });

  it('a missing texts side file fails that dataset alone, naming the side file', async () => {
    const files = arrowFolder();
    files.delete('shanwei-2023.texts.arrow');
    const result = await loadDatasets(servedFolder(files).fetchFn, BASE);
    expect(result.datasets.map((d) => d.id)).not.toContain('shanwei-2023');
    expect(result.failures).toEqual([{ file: 'shanwei-2023.arrow', id: 'shanwei-2023', kind: 'missing', status: 404, details: ['shanwei-2023.texts.arrow'] }]);
  });

  it('a file that is not Arrow, or texts of another dataset, is a schema failure naming the file', async () => {
    const files = arrowFolder();
    files.set('gangkou-2021.arrow', '{"version":1}');
    files.set('shanwei-2023.texts.arrow', files.get('dongguan-2022.texts.arrow')!);
    const result = await loadDatasets(servedFolder(files).fetchFn, BASE);
    const failures = result.failures.map((f) => [f.file, f.kind, f.details[0]?.split(':')[0]]);
    expect(failures).toEqual([
      ['gangkou-2021.arrow', 'schema', 'gangkou-2021.arrow'],
      ['shanwei-2023.arrow', 'schema', 'shanwei-2023.texts.arrow'],
    ]);
    expect(result.datasets).toHaveLength(3);
  });

  it('a texts file outside the data folder is never fetched', async () => {
    const files = arrowFolder();
    const manifest = ManifestSchema.parse(JSON.parse(files.get('manifest.json') as string));
    manifest.datasets[0] = { ...manifest.datasets[0]!, texts: '../../secret.arrow' };
    files.set('manifest.json', JSON.stringify(manifest));
    const result = await loadDatasets(servedFolder(files).fetchFn, BASE);
    expect(result.failures.map((f) => [f.file, f.kind])).toEqual([['gangkou-2021.arrow', 'outside']]);
  });

  it('old manifests stay valid; an "arrow" entry without its texts file is refused by the manifest schema', () => {
    const entry = { id: 'a-1', file: 'a-1.arrow', region: 'r', title: 't', source: 's', taskCount: 0 };
    expect(ManifestSchema.safeParse({ version: 1, datasets: [{ ...entry, file: 'a-1.json' }] }).success).toBe(true);
    expect(ManifestSchema.safeParse({ version: 1, datasets: [{ ...entry, encoding: 'json' }] }).success).toBe(true);
    expect(ManifestSchema.safeParse({ version: 1, datasets: [{ ...entry, encoding: 'arrow' }] }).success).toBe(false);
    expect(ManifestSchema.safeParse({ version: 1, datasets: [{ ...entry, encoding: 'arrow', texts: 'a-1.texts.arrow' }] }).success).toBe(true);
  });

  it('with deferTexts: datasets come without texts, listed as pending; fillArrowTexts makes them the same as JSON', async () => {
    const fromJson = await loadDatasets(servedFolder(jsonFolder()).fetchFn, BASE);
    const fetchFn = servedFolder(arrowFolder()).fetchFn;
    const files = createMainThreadLoader(fetchFn);
    const first = await loadDatasets(fetchFn, BASE, { files, deferTexts: true });
    expect(first.pendingTexts?.map((p) => p.file)).toEqual(first.manifest?.datasets.map((e) => e.texts));
    expect(first.datasets.map((d) => d.tasks.length)).toEqual(fromJson.datasets.map((d) => d.tasks.length));
    expect(first.datasets.flatMap((d) => d.tasks).every((t) => t.text === '' && t.title === null && t.unitsRaw === '')).toBe(true);
    const filled = await fillArrowTexts(first, files);
    expect(filled.pendingTexts).toBeUndefined();
    expect(filled.datasets).toStrictEqual(fromJson.datasets);
    expect(filled.failures).toEqual(fromJson.failures);
  });

  it('a texts side file missing later is a failure naming it; its dataset stays shown, without texts', async () => {
    const files = arrowFolder();
    const fetchFn = servedFolder(files).fetchFn;
    const loader = createMainThreadLoader(fetchFn);
    const first = await loadDatasets(fetchFn, BASE, { files: loader, deferTexts: true });
    files.delete('dongguan-2022.texts.arrow');
    const filled = await fillArrowTexts(first, loader);
    expect(filled.failures).toEqual([{ file: 'dongguan-2022.texts.arrow', id: 'dongguan-2022', kind: 'missing', status: 404, details: [] }]);
    const dongguan = filled.datasets.find((d) => d.id === 'dongguan-2022');
    expect(dongguan?.tasks.every((t) => t.text === '')).toBe(true);
    expect(filled.datasets.filter((d) => d.id !== 'dongguan-2022').every((d) => d.tasks.every((t) => t.text !== ''))).toBe(true);
  });
});
