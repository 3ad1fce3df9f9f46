import type { Dataset, Deadline } from '../model/schema.ts';

export interface DocumentSummary {
  file: string;
  id: string;
  layout: string;
  tasks: number;
  units: number;
  deadlineKinds: Record<DeadlineKind, number>;
  indicators: number;
  warningsByCode: Record<string, number>;
}

export type DeadlineKind = 'dated' | 'dated-and-ongoing' | 'ongoing' | 'year-unknown' | 'none';

/** Classifies a normalised deadline into the kinds the ingest summary counts. */
export function deadlineKind(d: Deadline): DeadlineKind {
  if (d.due !== null) return d.ongoing ? 'dated-and-ongoing' : 'dated';
  if (d.monthDay !== null || (!d.yearKnown && d.precision !== null)) return 'year-unknown';
  return d.ongoing ? 'ongoing' : 'none';
}

/** Counts what a dataset holds: tasks, distinct units, deadline kinds, indicators and warnings by code. */
export function summariseDataset(dataset: Dataset, layout: string): DocumentSummary {
  const kinds: Record<DeadlineKind, number> = { dated: 0, 'dated-and-ongoing': 0, ongoing: 0, 'year-unknown': 0, none: 0 };
  const units = new Set<string>();
  let indicators = 0;
  for (const task of dataset.tasks) {
    kinds[deadlineKind(task.deadline)]++;
    for (const unit of task.units) units.add(unit.name);
    indicators += task.indicators.length;
  }
  const warningsByCode: Record<string, number> = {};
  for (const w of dataset.warnings) warningsByCode[w.code] = (warningsByCode[w.code] ?? 0) + 1;
  return {
    file: dataset.source,
    id: dataset.id,
    layout,
    tasks: dataset.tasks.length,
    units: units.size,
    deadlineKinds: kinds,
    indicators,
    warningsByCode: Object.fromEntries(Object.entries(warningsByCode).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** Formats a summary as the lines the ingest CLI prints for one document. */
export function formatSummary(s: DocumentSummary): string {
  const kinds = Object.entries(s.deadlineKinds)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const warnings = Object.entries(s.warningsByCode).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  return [
    `${s.file} → ${s.id} (${s.layout})`,
    `  tasks ${s.tasks}, units ${s.units}, indicators ${s.indicators}`,
    `  deadlines: ${kinds}`,
    `  warnings: ${warnings}`,
  ].join('\n');
}
