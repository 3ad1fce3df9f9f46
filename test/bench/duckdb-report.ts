import type { AnalysisFigures } from './analysis-bench.ts';
import type { DuckFigures } from './duckdb-bench.ts';
import { summaryRow, verdictAtMost, type ReportRow } from './report-table.ts';

/**
 * The DuckDB-WASM rows of one size, beside crossfilter's: Parquet size, load to first chart both ways, each
 * step's ms and the ratio Duban / DuckDB (below 1: Duban is faster), and whether the answers agree.
 */
export function duckdbRows(section: string, d: DuckFigures, a: AnalysisFigures): ReportRow[] {
  const rows: ReportRow[] = [];
  const s = section;
  const mib = (n: number) => (n / 2 ** 20).toFixed(1);
  rows.push({ section: s, item: `duckdb: tasks.parquet ${mib(d.parquet.bytes)} MiB (zstd)`, median: d.parquet.writeMs, unit: d.parquet.cached ? 'ms (cached)' : 'ms to write' });
  rows.push({ section: s, item: 'duckdb: instantiate DuckDB-WASM 1.28 (once per page)', median: d.instantiateMs, unit: 'ms' });
  rows.push(summaryRow(s, 'duckdb: load to first chart (read Parquet, build tables, key figures)', d.loadToFirstChart, 'ms'));
  for (const [part, sum] of Object.entries(d.loadParts)) rows.push(summaryRow(s, `  duckdb load: ${part}`, sum, 'ms'));
  rows.push({
    section: s, item: 'duban: load to first chart (read + parse + validate + toTaskRows + keyFigures)', median: d.dubanLoadToFirstChart, unit: 'ms',
    budget: 'duban ≤ duckdb', verdict: `duban/duckdb ×${(d.dubanLoadToFirstChart / d.loadToFirstChart.median).toFixed(2)}${d.dubanLoadToFirstChart <= d.loadToFirstChart.median ? '' : ' (DUBAN SLOWER)'}`,
  });
  for (const [i, step] of d.steps.entries()) {
    const name = `step ${i + 1} ${step.label} (${a.steps[i]!.count} left)`;
    rows.push(summaryRow(s, `${name}: duckdb`, step.duck, 'ms', 'duban ≤ duckdb', `duban/duckdb ×${step.ratio.toPrecision(2)}${step.ratio <= 1 ? '' : ' (DUBAN SLOWER)'}`));
  }
  rows.push(summaryRow(s, `sequence total (${d.steps.length} changes): duckdb`, d.total, 'ms'));
  rows.push({ section: s, item: 'sequence total: duban / duckdb', median: d.ratioTotal, unit: '×', budget: '≤ 1', verdict: verdictAtMost(d.ratioTotal, 1) });
  rows.push({
    section: s, item: 'duckdb agrees with duban on every step',
    median: d.mismatches.length === 0 ? 'yes' : `NO (${d.mismatches.length}): ${d.mismatches.slice(0, 3).join('; ')}`, unit: '',
  });
  return rows;
}

/** Prints a DuckDB / Duban disagreement loudly on stderr: a wrong answer must not hide in a table cell. */
export function warnDuckdbMismatches(section: string, d: DuckFigures): void {
  if (d.mismatches.length === 0) return;
  process.stderr.write(`\n!!! [bench] ${section}: DuckDB-WASM and Duban DISAGREE on ${d.mismatches.length} answers:\n${d.mismatches.map((m) => `!!!   ${m}`).join('\n')}\n\n`);
}
