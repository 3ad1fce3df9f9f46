import { describe, expect, it } from 'vitest';
import type { LoadFailure, LoadResult } from '../../src/load/load-result.ts';
import type { UploadRecord } from '../../src/load/upload-file.ts';
import { withUploads } from '../../src/load/with-uploads.ts';
import { makeDataset, makeTask } from '../analysis/make-task.ts';

const published = makeDataset({ tasks: [makeTask()] });
const fetched: LoadResult = {
  manifest: { version: 1, datasets: [{ id: 'x-2021', file: 'x.json', region: '甲市', title: 't', source: 's', taskCount: 1 }] },
  datasets: [published],
  failures: [],
  notices: [],
};
const upload = (id: string, file = `${id}.csv`): UploadRecord => ({
  fileName: file,
  addedAt: '2024-05-01T00:00:00Z',
  encoding: 'utf-8',
  format: 'csv',
  dataset: makeDataset({ id, tasks: [makeTask({ id: `${id}/1` })] }),
});

describe('load/with-uploads', () => {
  it('withUploads(fetched, []) → fetched itself', () => {
    expect(withUploads(fetched, [])).toBe(fetched);
  });

  it('withUploads(fetched, [u]) → the published datasets, then the upload', () => {
    expect(withUploads(fetched, [upload('u-2024')]).datasets.map((d) => d.id)).toEqual(['x-2021', 'u-2024']);
  });

  it('an upload whose id a published dataset has → refused as "duplicate-dataset" naming the manifest file', () => {
    const result = withUploads(fetched, [upload('x-2021', 'again.csv')]);
    expect(result.datasets).toEqual([published]);
    expect(result.failures).toEqual([{ file: 'again.csv', id: 'x-2021', kind: 'duplicate-dataset', status: null, details: ['id: "x-2021" = x.json'] }]);
  });

  it('kept records that no longer validate → listed after the fetched failures', () => {
    const broken: LoadFailure = { file: 'old.csv', id: 'old', kind: 'schema', status: null, details: ['x'] };
    expect(withUploads(fetched, [], [broken]).failures).toEqual([broken]);
  });
});
