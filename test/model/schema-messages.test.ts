import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetSchema, formatSchemaIssues, ManifestSchema } from '../../src/model/schema.ts';

// The schemas are built with zod/mini, which has no locale of its own (src/model/zod-english.ts sets English).
// This file imports only the mini build, so it fails if the messages people read fall back to a bare "Invalid input".
const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/gangkou-2021.json'), 'utf8')) as { tasks: Record<string, unknown>[] };

describe('schema failure messages', () => {
  it('name the field and say what was expected, as the classic zod build did', () => {
    const task = dataset.tasks[0]!;
    const result = DatasetSchema.safeParse({
      ...dataset,
      version: 2,
      region: '',
      warnings: 'none',
      tasks: [
        {
          ...task,
          source: { file: 'a.txt', line: 1.5 },
          units: [{ name: 'x', role: 'boss' }],
          deadline: { ...(task.deadline as object), due: '2021-02-30' },
          indicators: [{ metric: 'm', category: 'c', comparator: '≥', value: 'x', unit: '', due: null }],
        },
        { ...task, source: { file: 'a.txt', line: 0 } },
      ],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(formatSchemaIssues(result.error)).toEqual([
      'version: Invalid input: expected 1',
      'region: Too small: expected string to have >=1 characters',
      'tasks.0.units.0.role: Invalid option: expected one of "lead"|"responsible"|"support"',
      'tasks.0.deadline.due: invalid date: no such day',
      'tasks.0.indicators.0.value: Invalid input: expected number, received string',
      'tasks.0.source.line: Invalid input: expected int, received number',
      'tasks.1.source.line: Too small: expected number to be >=1',
      'warnings: Invalid input: expected array, received string',
    ]);
  });

  it('keep the manifest rule that an arrow dataset names its texts file', () => {
    const result = ManifestSchema.safeParse({
      version: 1,
      datasets: [{ id: 'a', file: 'a.arrow', encoding: 'arrow', region: 'r', title: 't', source: 's', taskCount: -1 }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(formatSchemaIssues(result.error)).toEqual(['datasets.0.taskCount: Too small: expected number to be >=0', 'datasets.0.texts: an "arrow" dataset needs "texts"']);
  });
});
