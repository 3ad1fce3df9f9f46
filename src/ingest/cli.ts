import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DatasetSchema, ManifestSchema } from '../model/schema.ts';
import { buildDataFiles, toJsonFile } from './build-data-files.ts';
import { buildProgressFiles } from './progress/build-progress-files.ts';
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

// Returned progress forms live in seeds/progress/ (xlsx or CSV) and become data/progress-*.json.
const formsDir = join(seedsDir, 'progress');
const forms = existsSync(formsDir)
  ? readdirSync(formsDir)
      .filter((name) => /\.(xlsx|xlsm|csv|tsv)$/i.test(name) && !name.startsWith('~$'))
      .map((name) => ({ file: `seeds/progress/${name}`, bytes: new Uint8Array(readFileSync(join(formsDir, name))) }))
  : [];
const datasets = [...files].filter(([name]) => name !== 'manifest.json').map(([, json]) => DatasetSchema.parse(JSON.parse(json)));
const progress = await buildProgressFiles(forms, datasets, toJsonFile);
if (progress.entries.length > 0) {
  const manifest = ManifestSchema.parse(JSON.parse(files.get('manifest.json') ?? '{}'));
  files.set('manifest.json', toJsonFile({ ...manifest, progress: progress.entries }));
}
for (const [name, content] of progress.files) files.set(name, content);

if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true });
// A form taken out of seeds/progress/ takes its progress file with it.
for (const name of readdirSync(dataDir)) if (/^progress-.*\.json$/.test(name) && !files.has(name)) unlinkSync(join(dataDir, name));
for (const [name, content] of files) writeFileSync(join(dataDir, name), content);

for (const summary of summaries) console.log(formatSummary(summary));
console.log(`\n${summaries.length} of ${documents.length} documents ingested into ${dataDir}`);
for (const line of progress.summaries) console.log(line);
if (forms.length > 0) console.log(`${progress.entries.length} of ${forms.length} progress forms read`);
if (failures.length > 0 || progress.failures.length > 0) {
  for (const failure of [...failures, ...progress.failures]) console.error(`ERROR ${failure}`);
  process.exitCode = 1;
}
