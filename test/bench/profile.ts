/**
 * Profiles Duban's analysis on one generated size: `node --cpu-prof --cpu-prof-dir=$TMPDIR/duban-bench/prof
 * --import tsx test/bench/profile.ts 200k`, then prints the functions with the most self time from the
 * newest .cpuprofile. Run after `npm run bench` has generated the data.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filterOptions } from '../../src/analysis/filter-options.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { dubanStages, runDubanStep } from './duban-engine.ts';
import { filterSequence } from './filter-sequence.ts';
import { loadFolder } from './load-folder.ts';

const size = (process.argv[2] ?? '200k').toLowerCase();
const work = join(tmpdir(), 'duban-bench');

if (process.argv[2] === '--report') {
  printTop(process.argv[3] ?? join(work, 'prof'));
} else {
  const { datasets } = loadFolder(join(work, `data-${size}`), true);
  const rows = toTaskRows(datasets);
  const options = filterOptions(rows);
  const sequence = filterSequence({
    regions: options.regions.map((r) => r.value),
    unit: options.units.find((u) => !u.collective)?.value ?? '',
    section: options.sections[0]?.value ?? '',
    category: '网上办理',
  });
  const stages = dubanStages(rows, datasets, '2024-06-30');
  for (let run = 0; run < 3; run++) for (const step of sequence) runDubanStep(rows, stages, step.filters, '2024-06-30');
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

function printTop(dir: string): void {
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (file === undefined) throw new Error(`no .cpuprofile in ${dir}`);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/(src|test|node_modules)\//, '$1/')}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`${ms.toFixed(0).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
  }
}
