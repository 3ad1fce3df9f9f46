import { describe, expect, it } from 'vitest';
import { DatasetSchema, formatSchemaIssues } from '../../src/model/schema.ts';

describe('model/schema', () => {
  it('DatasetSchema rejects an impossible due date and names the field', () => {
    const result = DatasetSchema.safeParse({
      version: 1, id: 'x-2021', region: 'X', title: 'T', issuer: null, docNumber: null,
      published: null, planPeriod: null, source: 's', unitGroups: {}, warnings: [],
      tasks: [{
        id: 'x-2021/1', no: '1', path: [], title: null, text: 't', units: [], unitsRaw: '',
        deadline: { raw: '', due: '2021-02-30', monthDay: '02-30', yearKnown: true, precision: 'day', ongoing: false },
        indicators: [], source: { file: 's', line: 1 },
      }],
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(formatSchemaIssues(result.error)).toContain('tasks.0.deadline.due: invalid date: no such day');
  });
});
