import { readFileSync } from 'node:fs';
import { keyFigures } from '../../src/analysis/key-figures.ts';
import type { TaskRow } from '../../src/analysis/task-row.ts';
import type { Dataset } from '../../src/model/schema.ts';
import type { AnalysisFigures } from './analysis-bench.ts';
import { dubanStages, runDubanStep } from './duban-engine.ts';
import { createDuckEngine, type DuckLoadTimes } from './duckdb-engine.ts';
import { openDuckDb } from './duckdb-node.ts';
import { writeTasksParquet, type ParquetFile } from './duckdb-parquet.ts';
import type { FilterStep } from './filter-sequence.ts';
import { summarise, timed, type Summary } from './stats.ts';
import { compareDigests } from './step-digest.ts';

export interface DuckStepFigures {
  label: string;
  duck: Summary;
  /** Duban's median for the step (from the same bench run) / DuckDB's median. */
  ratio: number;
}

export interface DuckFigures {
  parquet: ParquetFile;
  /** Compiling and starting the wasm module, once per page. */
  instantiateMs: number;
  /** Per run: read the Parquet bytes, build the tables, answer the first chart. */
  loadToFirstChart: Summary;
  loadParts: Record<keyof DuckLoadTimes | 'readMs', Summary>;
  /** Duban in Node: read + JSON.parse + validate (medians of the main load runs) + toTaskRows + keyFigures. */
  dubanLoadToFirstChart: number;
  steps: DuckStepFigures[];
  total: Summary;
  /** Duban's sequence total median / DuckDB's. */
  ratioTotal: number;
  /** "step: field a ≠ b" where DuckDB and Duban disagree; empty when every answer agrees. */
  mismatches: string[];
}

export interface DubanLoadParts {
  readMs: number;
  parseValidateMs: number;
  rowsMs: number;
}

/**
 * The same synthetic tasks as Parquet in DuckDB-WASM (Node, blocking bundle, one thread as in a browser
 * without cross-origin isolation): load to first chart, then the filter sequence with every view's
 * aggregation, each answer checked against Duban's.
 */
export async function benchDuckdb(folder: string, rows: readonly TaskRow[], datasets: readonly Dataset[], asOf: string, sequence: readonly FilterStep[], runs: number, duban: AnalysisFigures, dubanLoad: DubanLoadParts): Promise<DuckFigures> {
  const { db, conn, instantiateMs } = await openDuckDb();
  const parquet = await writeTasksParquet(folder, { db, conn });

  const loads: number[] = [];
  const parts: Record<string, number[]> = { readMs: [], tasksTableMs: [], sideTablesMs: [], firstChartMs: [] };
  let engine = null as ReturnType<typeof createDuckEngine> | null;
  for (let run = 0; run < Math.max(1, Math.min(runs, 3)); run++) {
    const start = performance.now();
    // the bytes a browser would fetch, handed to DuckDB as one buffer
    const bytes = readFileSync(parquet.path);
    db.registerFileBuffer('tasks.parquet', bytes);
    const readMs = performance.now() - start;
    engine = createDuckEngine(conn, 'tasks.parquet', asOf);
    loads.push(performance.now() - start);
    parts.readMs!.push(readMs);
    for (const [key, ms] of Object.entries(engine.load)) parts[key]!.push(ms);
  }

  // Duban's answers, once per step, to check DuckDB's against
  const stages = dubanStages(rows, datasets, asOf);
  const expected = sequence.map((step) => runDubanStep(rows, stages, step.filters, asOf).digest);
  const firstChart = timed(() => keyFigures(rows.slice(), asOf));

  const perStep: number[][] = sequence.map(() => []);
  const mismatches: string[] = [];
  for (let run = -1; run < runs; run++) {
    sequence.forEach((step, i) => {
      const result = timed(() => engine!.step(step.filters));
      if (run < 0) for (const diff of compareDigests(expected[i]!, result.value)) mismatches.push(`${step.label}: ${diff}`);
      else perStep[i]!.push(result.ms);
    });
  }
  conn.close();
  const totals = Array.from({ length: runs }, (_, r) => perStep.reduce((n, s) => n + s[r]!, 0));
  const total = summarise(totals);
  return {
    parquet,
    instantiateMs,
    loadToFirstChart: summarise(loads),
    loadParts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, summarise(v)])) as DuckFigures['loadParts'],
    dubanLoadToFirstChart: dubanLoad.readMs + dubanLoad.parseValidateMs + dubanLoad.rowsMs + firstChart.ms,
    steps: sequence.map((step, i) => {
      const duck = summarise(perStep[i]!);
      return { label: step.label, duck, ratio: duban.steps[i]!.duban.median / duck.median };
    }),
    total,
    ratioTotal: duban.dubanTotal.median / total.median,
    mismatches,
  };
}
