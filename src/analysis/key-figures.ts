import { deadlineStatusAt } from './deadline-status.ts';
import { isoDayToTime } from './iso-day.ts';
import type { TaskRow } from './task-row.ts';

/** The overview's headline numbers. */
export interface KeyFigures {
  tasks: number;
  /** Distinct regions. */
  regions: number;
  /** Distinct unit names, collective names (各有关单位 …) not counted. */
  units: number;
  /** Indicators (quantitative targets) over all tasks. */
  indicators: number;
  /** Tasks by deadlineStatus at asOf; these match the status filter one to one. */
  due90: number;
  overdue: number;
  later: number;
  ongoing: number;
  yearUnknown: number;
  /** Tasks with no usable deadline (no status). */
  noDeadline: number;
  /** ongoing / tasks, 0 when there are no tasks. */
  ongoingShare: number;
}

/** Counts the key figures of the given rows at the ISO asOf date; an empty list gives zeros. */
export function keyFigures(rows: readonly TaskRow[], asOf: string): KeyFigures {
  const asOfTime = isoDayToTime(asOf);
  const regions = new Set<string>();
  const units = new Set<string>();
  const figures: KeyFigures = {
    tasks: rows.length, regions: 0, units: 0, indicators: 0,
    due90: 0, overdue: 0, later: 0, ongoing: 0, yearUnknown: 0, noDeadline: 0, ongoingShare: 0,
  };
  for (const row of rows) {
    regions.add(row.region);
    for (const unit of row.task.units) if (unit.collective !== true) units.add(unit.name);
    figures.indicators += row.task.indicators.length;
    const status = deadlineStatusAt(row.task.deadline, row.dueTime, asOfTime);
    if (status === null) figures.noDeadline++;
    else figures[status]++;
  }
  figures.regions = regions.size;
  figures.units = units.size;
  figures.ongoingShare = rows.length === 0 ? 0 : figures.ongoing / rows.length;
  return figures;
}
