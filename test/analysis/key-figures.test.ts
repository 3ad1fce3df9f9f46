import { describe, expect, it } from 'vitest';
import { keyFigures } from '../../src/analysis/key-figures.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { SAMPLE_AS_OF, sampleDatasets } from './sample-datasets.ts';

describe('analysis/key-figures', () => {
  it('keyFigures(sample, 2022-05-01) → counts by status, distinct non-collective units by identity (公安局 of 甲市 and of 乙市 are two)', () => {
    expect(keyFigures(toTaskRows(sampleDatasets()), SAMPLE_AS_OF)).toEqual({
      tasks: 7, regions: 2, units: 7, indicators: 4,
      due90: 1, passed: 2, later: 1, ongoing: 1, yearUnknown: 1, noDeadline: 1, ongoingShare: 1 / 7,
    });
  });

  it('keyFigures([], asOf) → zeros, ongoingShare 0', () => {
    expect(keyFigures([], SAMPLE_AS_OF)).toMatchObject({ tasks: 0, regions: 0, ongoingShare: 0 });
  });
});
