import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deadlinesByMonth } from '../../src/analysis/deadline-density.ts';
import { filterOptions } from '../../src/analysis/filter-options.ts';
import { filterTaskRows, filterTasks } from '../../src/analysis/filter-tasks.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/analysis/filters.ts';
import { keyFigures } from '../../src/analysis/key-figures.ts';
import { targetMatrix, targetPoints, targetsByCategory } from '../../src/analysis/targets.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { timelineItems } from '../../src/analysis/timeline-items.ts';
import { unitMonthHeatmap } from '../../src/analysis/unit-month-heatmap.ts';
import { workloadByUnit } from '../../src/analysis/workload.ts';
import { generateDatasets } from '../bench/generate.ts';
import { filterSequence } from '../bench/filter-sequence.ts';

// Every view's output on every step of the benchmark's filter sequence (plus steps reaching the timeline's item mode,
// year-unknown strips and exclusions), hashed, against the hashes the code gave before the filter-speed work
// (test/analysis/fixtures/view-outputs.json). A faster path must give byte-identical views. To re-record after an
// intended change of output: delete the fixture and run this test once.
const FIXTURE = new URL('./fixtures/view-outputs.json', import.meta.url);
const AS_OF = '2024-06-30';

const datasets = [...generateDatasets({ tasks: 12_000, regions: 12, seed: 20240501 })];
const rows = toTaskRows(datasets);
const options = filterOptions(rows);
const regions = options.regions.map((r) => r.value);
const unit = options.units.find((u) => !u.collective)?.value ?? '';
const section = options.sections[0]?.value ?? '';
const category = options.categories.find((c) => c.value === '网上办理')?.value ?? options.categories[0]?.value ?? '';
const f = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...patch });
const steps: { label: string; filters: Filters }[] = [
  ...filterSequence({ regions, unit, section, category }),
  { label: 'status yearUnknown', filters: f({ status: ['yearUnknown', 'ongoing'] }) },
  { label: 'region + yearUnknown', filters: f({ region: [regions[1]!], status: ['yearUnknown', 'later'] }) },
  { label: 'role lead', filters: f({ role: ['lead'] }) },
  { label: 'not region', filters: f({ not: { region: [regions[0]!] }, category: [category] }) },
  { label: 'due only', filters: f({ due: { from: '2023-01-01', to: null } }) },
  { label: 'none again', filters: f({}) },
];

const hash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

function outputs(filters: Filters): Record<string, string> {
  const filtered = filterTasks(rows, filters, AS_OF);
  const both = filterTaskRows(rows, filters, AS_OF);
  const unitGroups = Object.fromEntries(datasets.map((d) => [d.id, d.unitGroups]));
  const out: Record<string, string> = {
    rows: hash(filtered.map((r) => r.index)),
    rowsIgnoringDue: hash(both.rowsIgnoringDue.map((r) => r.index)),
    keyFigures: hash(keyFigures(filtered, AS_OF)),
    workloadByUnit: hash(workloadByUnit(filtered, { topN: 15, split: 'all', expandGroups: false, unitGroups })),
    unitMonthHeatmap: hash(unitMonthHeatmap(filtered, { topN: 15 })),
    deadlinesByMonth: hash(deadlinesByMonth(filterTasks(rows, { ...filters, due: null }, AS_OF))),
    targetPoints: hash(targetPoints(filtered)),
    targetsByCategory: hash(targetsByCategory(filtered)),
    targetMatrix: hash(targetMatrix(filtered)),
  };
  for (const lane of ['region', 'section', 'lead'] as const) {
    out[`timeline ${lane}`] = hash(timelineItems(filtered, lane, AS_OF));
    out[`timeline ${lane} bins`] = hash(timelineItems(filtered, lane, AS_OF, { maxItems: 50 }));
    out[`timeline ${lane} items`] = hash(timelineItems(filtered, lane, AS_OF, { maxItems: 1e9 }));
  }
  // a copy of the list is resolved afresh (no shared selection, no cached result)
  out['targetMatrix copy'] = hash(targetMatrix(filtered.slice()));
  out['timeline copy'] = hash(timelineItems(filtered.slice(), 'region', AS_OF));
  return out;
}

describe('every view on every filter step (generated data, 12,000 tasks)', () => {
  const actual = Object.fromEntries(steps.map((step) => [step.label, outputs(step.filters)]));
  // the sequence replayed a second time: cached and reused buffers must give the same answers
  const again = Object.fromEntries(steps.map((step) => [step.label, outputs(step.filters)]));

  it('gives the same outputs when the sequence is replayed', () => {
    expect(again).toEqual(actual);
  });

  it('gives the outputs recorded before the filter-speed work', () => {
    if (!existsSync(FIXTURE)) writeFileSync(FIXTURE, `${JSON.stringify(actual, null, 1)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  });
});
