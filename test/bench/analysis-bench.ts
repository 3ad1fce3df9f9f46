import type { TaskRow } from '../../src/analysis/task-row.ts';
import type { Dataset } from '../../src/model/schema.ts';
import { createCrossfilterEngine } from './crossfilter-engine.ts';
import { dubanStages, runDubanStep } from './duban-engine.ts';
import type { FilterStep } from './filter-sequence.ts';
import { summarise, timed, type Summary } from './stats.ts';
import { compareDigests } from './step-digest.ts';

export interface StepFigures {
  label: string;
  /** Tasks left after the filter. */
  count: number;
  duban: Summary;
  crossfilter: Summary;
  /** Median over runs of duban / crossfilter for this step. */
  ratio: Summary;
}

export interface AnalysisFigures {
  steps: StepFigures[];
  /** The whole sequence, per run. */
  dubanTotal: Summary;
  crossfilterTotal: Summary;
  ratioTotal: Summary;
  /** Per analysis function, summed over the sequence, per run: where Duban's time goes. */
  stages: Record<string, Summary>;
  /** One-off setup: crossfilter records, dimensions and groups. */
  crossfilterBuildMs: number;
  /** Steps where the two engines disagree (should be empty: the comparison is like for like). */
  mismatches: string[];
}

/**
 * Replays the filter sequence `runs` times (after one warm-up run) on Duban's analysis and on the
 * crossfilter equivalent, alternating engines run by run on the same rows.
 */
export function benchAnalysis(rows: readonly TaskRow[], datasets: readonly Dataset[], asOf: string, sequence: readonly FilterStep[], runs: number): AnalysisFigures {
  const stages = dubanStages(rows, datasets, asOf);
  const built = timed(() => createCrossfilterEngine(rows, asOf));
  const engine = built.value;
  const dubanMs: number[][] = sequence.map(() => []);
  const cfMs: number[][] = sequence.map(() => []);
  const counts: number[] = [];
  const stageRuns: Record<string, number[]> = {};
  const mismatches: string[] = [];
  for (let run = -1; run < runs; run++) {
    engine.reset();
    const stageSums: Record<string, number> = {};
    sequence.forEach((step, i) => {
      collectYoungGarbage();
      const d = runDubanStep(rows, stages, step.filters, asOf);
      collectYoungGarbage();
      const c = timed(() => engine.step(step.filters));
      if (run < 0) {
        counts[i] = d.digest.count;
        for (const diff of compareDigests(d.digest, c.value)) mismatches.push(`${step.label}: ${diff}`);
        return;
      }
      dubanMs[i]!.push(d.totalMs);
      cfMs[i]!.push(c.ms);
      for (const [name, ms] of Object.entries(d.stageMs)) stageSums[name] = (stageSums[name] ?? 0) + ms;
    });
    if (run >= 0) for (const [name, ms] of Object.entries(stageSums)) (stageRuns[name] ??= []).push(ms);
  }
  const totals = (perStep: number[][]) => Array.from({ length: runs }, (_, r) => perStep.reduce((n, s) => n + s[r]!, 0));
  const dubanTotals = totals(dubanMs);
  const cfTotals = totals(cfMs);
  return {
    steps: sequence.map((step, i) => ({
      label: step.label,
      count: counts[i]!,
      duban: summarise(dubanMs[i]!),
      crossfilter: summarise(cfMs[i]!),
      ratio: summarise(dubanMs[i]!.map((ms, r) => ms / cfMs[i]![r]!)),
    })),
    dubanTotal: summarise(dubanTotals),
    crossfilterTotal: summarise(cfTotals),
    ratioTotal: summarise(dubanTotals.map((ms, r) => ms / cfTotals[r]!)),
    stages: Object.fromEntries(Object.entries(stageRuns).map(([name, list]) => [name, summarise(list)])),
    crossfilterBuildMs: built.ms,
    mismatches,
  };
}

/**
 * A minor garbage collection between steps, outside the timings (the bench runs with --expose-gc): the engines
 * alternate, and without it the objects one engine's step left in the young generation were collected inside the
 * other's next step (traced: 20–85 ms scavenges billed to Duban's `region=3` after crossfilter's `region=1`). A
 * browser does the same in idle time between two clicks.
 */
function collectYoungGarbage(): void {
  const gc = (globalThis as { gc?: (options?: { type: 'minor' | 'major' }) => void }).gc;
  gc?.({ type: 'minor' });
}
