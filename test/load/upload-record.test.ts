import { describe, expect, it } from 'vitest';
import { formatDatasetFile, formatUploadRecord, type UploadRecord } from '../../src/load/upload-file.ts';
import { parseUploadRecord } from '../../src/load/upload-record.ts';
import { DatasetSchema } from '../../src/model/schema.ts';
import { makeDataset, makeTask } from '../analysis/make-task.ts';

const record: UploadRecord = {
  fileName: '任务表.csv',
  addedAt: '2024-05-01T08:00:00.000Z',
  encoding: 'gb18030',
  format: 'csv',
  dataset: makeDataset({ tasks: [makeTask()] }),
};

describe('load/upload-record', () => {
  it('parseUploadRecord(formatUploadRecord(r)) → r (round trip)', () => {
    expect(parseUploadRecord(formatUploadRecord(record), 'x-2021')).toEqual({ ok: true, record });
  });

  it('a record that is not JSON → failure "not-json" under its key', () => {
    const result = parseUploadRecord('{', 'x-2021');
    expect(result).toMatchObject({ ok: false, failure: { file: 'x-2021', id: 'x-2021', kind: 'not-json' } });
  });

  it('a record without its envelope → failure "schema" listing the fields', () => {
    const result = parseUploadRecord('{"dataset":{}}', 'x-2021');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.failure.details).toContain('kind: Invalid input: expected "duban-upload"');
  });

  it('a kept dataset that no longer passes the schema → failure "schema" naming the file', () => {
    const bad = formatUploadRecord({ ...record, dataset: { ...record.dataset, published: '2021-02-30' } });
    expect(parseUploadRecord(bad, 'x-2021')).toEqual({
      ok: false,
      failure: { file: '任务表.csv', id: 'x-2021', kind: 'schema', status: null, details: ['published: invalid date: no such day'] },
    });
  });

  it('a kept dataset of a newer format version → failure "newer-version"', () => {
    const newer = JSON.stringify({ ...JSON.parse(formatUploadRecord(record)), dataset: { ...record.dataset, version: 2 } });
    expect(parseUploadRecord(newer, 'x-2021')).toMatchObject({ ok: false, failure: { kind: 'newer-version' } });
  });

  it('formatDatasetFile(d) → "<id>.json" whose text passes the schema', () => {
    const file = formatDatasetFile(record.dataset);
    expect(file.fileName).toBe('x-2021.json');
    expect(file.text.endsWith('}\n')).toBe(true);
    expect(DatasetSchema.parse(JSON.parse(file.text))).toEqual(record.dataset);
  });
});
