import { describe, expect, it } from 'vitest';
import { DatasetSchema, ManifestEntrySchema } from '../../src/model/schema.ts';
import { PAYLOADS, buildHostileDataset, hostileManifestEntry } from '../fixtures/hostile/hostile-dataset.ts';

describe('fixtures/hostile', () => {
  it('buildHostileDataset() passes the schema (so it reaches every view), every payload inside', () => {
    const dataset = buildHostileDataset();
    expect(DatasetSchema.parse(dataset)).toEqual(dataset);
    expect(ManifestEntrySchema.parse(hostileManifestEntry()).id).toBe('hostile-2021');
    const text = JSON.stringify(dataset);
    for (const payload of Object.values(PAYLOADS)) expect(text).toContain(JSON.stringify(payload).slice(1, -1));
  });
});
