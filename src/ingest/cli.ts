import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildDataFiles } from './build-data-files.ts';
import { formatSummary } from './summary.ts';

// `npm run ingest [seedsDir] [dataDir]`: the only place that touches the disk and the exit code.
const root = resolve(import.meta.dirname, '../..');
const seedsDir = resolve(process.argv[2] ?? join(root, 'seeds'));
const dataDir = resolve(process.argv[3] ?? join(root, 'data'));

const documents = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ file: `seeds/${name}`, text: readFileSync(join(seedsDir, name), 'utf8') }));

const { files, summaries, failures } = buildDataFiles(documents);
if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true });
for (const [name, content] of files) {
  mkdirSync(dirname(join(dataDir, name)), { recursive: true });
  writeFileSync(join(dataDir, name), content);
}

for (const summary of summaries) console.log(formatSummary(summary));
console.log(`\n${summaries.length} of ${documents.length} documents ingested into ${dataDir}`);
if (failures.length > 0) {
  for (const failure of failures) console.error(`ERROR ${failure}`);
  process.exitCode = 1;
}
