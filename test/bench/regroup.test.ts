import { describe, expect, it } from 'vitest';
import { DatasetSchema, formatSchemaIssues } from '../../src/model/schema.ts';
import { generateDatasets } from './generate.ts';
import { regroupDatasets } from './regroup.ts';

const small = { tasks: 1500, regions: 6, seed: 42 };

describe('regroupDatasets', () => {
  const documents = [...generateDatasets(small)];
  const files = [...regroupDatasets(documents, small.tasks, 4)];

  it('1500 generated tasks into 4 files → 4 datasets of 375 tasks, the same tasks in the same order', () => {
    expect(files.map((f) => f.tasks.length)).toEqual([375, 375, 375, 375]);
    const strip = (id: string) => id.slice(id.indexOf('/') + 1).replace('~', '/');
    expect(files.flatMap((f) => f.tasks.map((t) => strip(t.id)))).toEqual(documents.flatMap((d) => d.tasks.map((t) => t.id)));
    expect(files.flatMap((f) => f.tasks.map((t) => t.text))).toEqual(documents.flatMap((d) => d.tasks.map((t) => t.text)));
  });

  it('every regrouped file passes DatasetSchema, its task ids under its own id, its warnings naming its own tasks', () => {
    for (const file of files) {
      const parsed = DatasetSchema.safeParse(file);
      expect(parsed.success ? [] : formatSchemaIssues(parsed.error)).toEqual([]);
      const ids = new Set(file.tasks.map((t) => t.id));
      for (const t of file.tasks) expect(t.id.startsWith(`${file.id}/`)).toBe(true);
      for (const w of file.warnings) if (w.taskId !== null) expect(ids.has(w.taskId)).toBe(true);
    }
    expect(new Set(files.map((f) => f.id)).size).toBe(4);
  });

  it('1500 tasks into 7 files → sizes differ by at most one and sum to 1500', () => {
    const sizes = [...regroupDatasets(documents, small.tasks, 7)].map((f) => f.tasks.length);
    expect(sizes).toHaveLength(7);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1500);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });
});
