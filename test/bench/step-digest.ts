/** What both engines must agree on after a filter change, so the comparison is like for like. */
export interface StepDigest {
  count: number;
  /** keyFigures: tasks, regions, units, indicators, passed, due90, later, ongoing, yearUnknown, noDeadline. */
  figures: number[];
  /** Busiest non-collective unit and its task count ("name:total"). */
  topUnit: string | null;
  heatmapUnits: number;
  heatmapSum: number;
  densityTotal: number;
  timelineMode: 'items' | 'bins';
  /** Non-empty category × region cells of the targets matrix. */
  targetCells: number;
}

/** Lists the fields where two digests differ ("count 12 ≠ 13"); empty when they agree. */
export function compareDigests(a: StepDigest, b: StepDigest): string[] {
  const diffs: string[] = [];
  for (const key of Object.keys(a) as (keyof StepDigest)[]) {
    const x = JSON.stringify(a[key]);
    const y = JSON.stringify(b[key]);
    if (x !== y) diffs.push(`${key} ${x} ≠ ${y}`);
  }
  return diffs;
}
