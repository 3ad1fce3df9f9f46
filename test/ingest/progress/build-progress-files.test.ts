import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJsonFile } from '../../../src/ingest/build-data-files.ts';
import { buildProgressFiles } from '../../../src/ingest/progress/build-progress-files.ts';
import { ProgressFileSchema } from '../../../src/model/progress-schema.ts';
import { DatasetSchema, ManifestSchema } from '../../../src/model/schema.ts';

const root = join(import.meta.dirname, '../../..');
const gangkou = DatasetSchema.parse(JSON.parse(readFileSync(join(root, 'data/gangkou-2021.json'), 'utf8')));
const form = { file: 'seeds/progress/gangkou-2022-01.csv', bytes: new Uint8Array(readFileSync(join(root, 'test/fixtures/progress/round/forms/gangkou-2022-01.csv'))) };

describe('buildProgressFiles', () => {
  it('reads a returned CSV form into a valid progress file and its manifest entry, naming the bad rows', async () => {
    const out = await buildProgressFiles([form], [gangkou], toJsonFile);
    expect(out.failures).toEqual([]);
    const [entry] = out.entries;
    expect(entry).toMatchObject({ source: form.file, unit: '公共服务办', reportDate: '2022-01-15', reportCount: 5 });
    const progress = ProgressFileSchema.parse(JSON.parse(out.files.get(entry!.file)!));
    expect(progress.reports.map((r) => [r.taskId, r.status, r.completedOn, r.row])).toEqual([
      ['gangkou-2021/1', 'done', '2021-06-20', 6],
      ['gangkou-2021/2', 'inProgress', null, 8],
      ['gangkou-2021/3', 'inProgress', null, 9],
      ['gangkou-2021/5', 'behind', null, 10],
      ['gangkou-2021/7', 'done', '2021-12-20', 12],
    ]);
    expect(progress.warnings.map((w) => [w.code, w.row])).toEqual([
      ['progress-unknown-status', 11],
      ['progress-bad-percent', 13],
      ['progress-unknown-task', 14],
    ]);
    // the manifest with a progress list is still a valid manifest
    expect(ManifestSchema.safeParse({ version: 1, datasets: [], progress: out.entries }).success).toBe(true);
  });

  it('a file that is no progress form is a failure naming it; no forms, no entries', async () => {
    const out = await buildProgressFiles([{ file: 'seeds/progress/notes.csv', bytes: new TextEncoder().encode('a,b\n1,2\n') }], [gangkou], toJsonFile);
    expect(out.entries).toEqual([]);
    expect(out.failures[0]).toContain('seeds/progress/notes.csv');
    expect((await buildProgressFiles([], [gangkou], toJsonFile)).entries).toEqual([]);
  });
});
