import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest-document.ts';
import type { Dataset } from '../../src/model/schema.ts';
import type { Expected } from './expected-tasks.ts';

// Issue 9 point 5 / brief step 5: real task lists from other provinces, read by hand (see the README).
const dir = join(import.meta.dirname, '../fixtures/generalisation-prose');


const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;

function ingest(file: string): Dataset {
  const result = ingestDocument(`test/fixtures/generalisation-prose/${file}`, readFileSync(join(dir, file), 'utf8'));
  if (!result.ok) throw new Error(result.message);
  return result.dataset;
}

/** Precision and recall of (unit, role) pairs over the whole file. */
function unitF1(found: Set<string>[], wanted: Set<string>[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  wanted.forEach((w, i) => {
    const f = found[i] ?? new Set<string>();
    for (const u of f) (w.has(u) ? tp++ : fp++);
    for (const u of w) if (!f.has(u)) fn++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

describe('generalisation: prose task lists from other provinces', () => {
  it.each(Object.keys(expected))('%s', (file) => {
    const want = expected[file]!;
    const dataset = ingest(file);
    // the region as read, or a warning that it could not be
    if (dataset.region !== want.region || dataset.divisionCode !== want.divisionCode) {
      expect(dataset.warnings.some((w) => w.code === 'region-unknown' || w.code === 'region-ambiguous')).toBe(true);
    }

    // tasks found, matched by their printed number, with the right deadline
    const byNo = new Map(dataset.tasks.map((t) => [t.no, t]));
    const right = want.tasks.filter((w) => byNo.has(w.no) && byNo.get(w.no)!.deadline.due === w.due).length;
    expect(right / want.tasks.length).toBeGreaterThanOrEqual(0.95);
    expect(dataset.tasks.length).toBe(want.tasks.length);

    const pairs = (units: readonly (readonly [string, string])[]) => new Set(units.map(([n, r]) => `${n}|${r}`));
    const found = want.tasks.map((w) => pairs((byNo.get(w.no)?.units ?? []).map((u) => [u.name, u.role] as const)));
    const wanted = want.tasks.map((w) => pairs(w.units));
    expect(unitF1(found, wanted)).toBeGreaterThanOrEqual(0.9);

    // nothing wrong without a warning: every task that differs from the reading has one
    want.tasks.forEach((w, i) => {
      const task = byNo.get(w.no);
      const same = task !== undefined && task.deadline.due === w.due && [...wanted[i]!].every((u) => found[i]!.has(u)) && found[i]!.size === wanted[i]!.size;
      if (!same) expect(dataset.warnings.some((x) => x.taskId === task?.id), `${file} ${w.no} differs without a warning`).toBe(true);
    });
  });
});
