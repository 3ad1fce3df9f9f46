import { describe, expect, it } from 'vitest';
import { DatasetSchema, formatSchemaIssues } from '../../src/model/schema.ts';
import { generateDatasets, planDatasets } from './generate.ts';
import { createPrng } from './prng.ts';

const small = { tasks: 1500, regions: 6, seed: 42 };

describe('generate', () => {
  it('planDatasets({ tasks: 1500, regions: 6 }) → documents of 60–400 tasks summing to exactly 1500', () => {
    const plan = planDatasets(small);
    expect(plan.reduce((n, d) => n + d.tasks, 0)).toBe(1500);
    expect(new Set(plan.map((d) => d.region)).size).toBe(6);
    for (const d of plan) expect(d.tasks).toBeLessThanOrEqual(400);
  });

  it('generateDatasets(small) → every dataset passes DatasetSchema', () => {
    for (const dataset of generateDatasets(small)) {
      const parsed = DatasetSchema.safeParse(dataset);
      expect(parsed.success ? [] : formatSchemaIssues(parsed.error)).toEqual([]);
    }
  });

  it('generateDatasets(small) twice → identical output (seeded, no Math.random)', () => {
    expect(JSON.stringify([...generateDatasets(small)])).toBe(JSON.stringify([...generateDatasets(small)]));
  });

  it('generateDatasets(seed 43) → different tasks than seed 42', () => {
    const a = [...generateDatasets(small)][0]!.tasks[0];
    const b = [...generateDatasets({ ...small, seed: 43 })][0]!.tasks[0];
    expect(a).not.toEqual(b);
  });

  it('generateDatasets(small) → unique task ids, the real mix of deadline kinds, roles, collectives and indicators', () => {
    const datasets = [...generateDatasets(small)];
    const tasks = datasets.flatMap((d) => d.tasks);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
    const kinds = new Set(
      tasks.map((t) =>
        t.deadline.due !== null ? (t.deadline.ongoing ? 'dated+ongoing' : `dated-${t.deadline.precision}`)
        : t.deadline.ongoing ? 'ongoing' : t.deadline.monthDay !== null ? 'year-unknown' : 'none'),
    );
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['dated+ongoing', 'dated-day', 'dated-month', 'dated-year', 'none', 'ongoing']));
    const roles = new Set(tasks.flatMap((t) => t.units.map((u) => u.role)));
    expect([...roles].sort()).toEqual(['lead', 'responsible', 'support']);
    expect(tasks.some((t) => t.units.some((u) => u.collective === true))).toBe(true);
    expect(datasets.some((d) => Object.keys(d.unitGroups).length > 0)).toBe(true);
    expect(tasks.filter((t) => t.indicators.length > 0).length).toBeGreaterThan(tasks.length * 0.15);
    expect(datasets.every((d) => d.warnings.length > 0)).toBe(true);
  });

  it('generateDatasets(small) → hundreds of distinct units per region', () => {
    const byRegion = new Map<string, Set<string>>();
    for (const d of generateDatasets({ tasks: 3000, regions: 2, seed: 1 })) {
      const set = byRegion.get(d.region) ?? new Set<string>();
      for (const t of d.tasks) for (const u of t.units) set.add(u.name);
      byRegion.set(d.region, set);
    }
    for (const set of byRegion.values()) expect(set.size).toBeGreaterThan(100);
  });
});

describe('prng', () => {
  it('createPrng(7) twice → the same sequence in [0, 1)', () => {
    const a = createPrng(7);
    const b = createPrng(7);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 5 }, () => b.next()));
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});
