import { describe, expect, it } from 'vitest';
import { datasetYear, makeDatasetId } from '../../src/ingest/dataset-id.ts';

describe('ingest/dataset-id', () => {
  it('makeDatasetId prefers the town of a town plan: 中山市港口镇, 2021 → gangkou-2021', () => {
    expect(makeDatasetId({ region: '中山市港口镇', year: 2021, sourceFile: 'seeds/000_55f74f2804de3fe7.txt', contentHash: '0' })).toBe('gangkou-2021');
  });
  it('makeDatasetId falls back to the source file hash for an unknown region', () => {
    expect(makeDatasetId({ region: null, year: null, sourceFile: 'seeds/004_bb7ab30aede82b07.txt', contentHash: 'ffff' })).toBe('doc-bb7ab30a');
    expect(makeDatasetId({ region: '某市', year: 2024, sourceFile: 'seeds/new.txt', contentHash: '1a2b3c4d' })).toBe('doc-1a2b3c4d-2024');
  });
  it('datasetYear takes the publication year, else the plan period start', () => {
    expect(datasetYear('2023-04-20', '2022')).toBe(2023);
    expect(datasetYear(null, '2021—2022')).toBe(2021);
    expect(datasetYear(null, null)).toBeNull();
  });
});
