import type { Summary } from './stats.ts';

/** One line of the benchmark table; numbers are ms unless the unit says otherwise. */
export interface ReportRow {
  section: string;
  item: string;
  median: number | string;
  min?: number | string;
  max?: number | string;
  unit: string;
  budget?: string;
  /** 'ok', 'MISS (+x)', 'n/a' or a note. */
  verdict?: string;
}

/** A row from a Summary. */
export function summaryRow(section: string, item: string, s: Summary, unit: string, budget?: string, verdict?: string): ReportRow {
  return { section, item, median: s.median, min: s.min, max: s.max, unit, ...(budget !== undefined ? { budget } : {}), ...(verdict !== undefined ? { verdict } : {}) };
}

/** 'ok' when value ≤ limit, else 'MISS ×n' (how many times over); 'n/a' for NaN. */
export function verdictAtMost(value: number, limit: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value <= limit ? 'ok' : `MISS ×${(value / limit).toFixed(1)}`;
}

/** Formats rows as one plain-text table with aligned columns. */
export function formatTable(rows: readonly ReportRow[]): string {
  const header = ['section', 'item', 'median', 'min', 'max', 'unit', 'budget', 'verdict'];
  const cells = rows.map((r) => [r.section, r.item, num(r.median), num(r.min), num(r.max), r.unit, r.budget ?? '', r.verdict ?? '']);
  const widths = header.map((h, c) => Math.max(width(h), ...cells.map((row) => width(row[c]!))));
  const line = (row: string[]) => row.map((cell, c) => (c >= 2 && c <= 4 ? padStart(cell, widths[c]!) : padEnd(cell, widths[c]!))).join(' │ ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...cells.map(line)].join('\n');
}

function num(v: number | string | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return '—';
  const abs = Math.abs(v);
  return abs >= 100 ? v.toFixed(0) : abs >= 10 ? v.toFixed(1) : v.toFixed(2);
}

// CJK characters take two columns in a terminal
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function padEnd(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

function padStart(s: string, n: number): string {
  return ' '.repeat(Math.max(0, n - width(s))) + s;
}
