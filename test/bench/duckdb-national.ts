import type { ReportRow } from './report-table.ts';

export interface NationalOptions { size: string; work: string; root: string; log: (m: string) => void }

/** Placeholder until the national prototype lands. */
export async function benchNational(options: NationalOptions): Promise<{ figures: unknown; rows: ReportRow[] }> {
  return { figures: { unavailable: options.size }, rows: [] };
}
