import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetSchema, ManifestSchema } from '../model/schema.ts';
import { convertToArrow } from './arrow/convert-to-arrow.ts';
import { buildDataFiles, toJsonFile, type SourceDocument } from './build-data-files.ts';
import { buildProgressFiles } from './progress/build-progress-files.ts';
import { readSource } from './sources/read-source.ts';
import { formatSummary } from './summary.ts';

// `npm run ingest [-- --encoding arrow] [seedsDir] [dataDir]`: the only place that touches the disk and the exit code.
const root = resolve(import.meta.dirname, '../..');
const { values: options, positionals } = parseArgs({ options: { encoding: { type: 'string', default: 'json' } }, allowPositionals: true });
if (options.encoding !== 'json' && options.encoding !== 'arrow') {
  console.error(`ERROR --encoding ${options.encoding}: expected json (the default) or arrow`);
  process.exit(2);
}
const seedsDir = resolve(positionals[0] ?? join(root, 'seeds'));
const dataDir = resolve(positionals[1] ?? join(root, 'data'));

// Every format the browser import reads; .docx/.xlsx/.html are read into tables first.
const names = readdirSync(seedsDir)
  .filter((name) => /\.(txt|csv|tsv|docx|xlsx|html?)$/i.test(name))
  .sort();
const documents: SourceDocument[] = [];
const unreadable: string[] = [];
for (const name of names) {
  const file = `seeds/${name}`;
  const bytes = new Uint8Array(readFileSync(join(seedsDir, name)));
  const read = await readSource(name, bytes).catch((error: unknown) => ({ kind: 'refused' as const, message: String(error) }));
  if (read.kind === 'refused') unreadable.push(`${file}: ${read.message}`);
  else if (read.kind === 'tables') documents.push({ file, text: '', tables: read.doc });
  else documents.push({ file, text: new TextDecoder('utf-8').decode(bytes) });
}

// data/unit-aliases.json is kept by hand (never written here); the manifest names it when it is there
const { files, summaries, failures } = buildDataFiles(documents, existsSync(join(dataDir, 'unit-aliases.json')) ? { unitAliases: 'unit-aliases.json' } : {});

// Returned progress forms live in seeds/progress/ (xlsx or CSV) and become data/progress-*.json.
const formsDir = join(seedsDir, 'progress');
const forms = existsSync(formsDir)
  ? readdirSync(formsDir)
      .filter((name) => /\.(xlsx|xlsm|csv|tsv)$/i.test(name) && !name.startsWith('~$'))
      .map((name) => ({ file: `seeds/progress/${name}`, bytes: new Uint8Array(readFileSync(join(formsDir, name))) }))
  : [];
const datasets = [...files].filter(([name]) => name.endsWith('.json') && !name.includes('/') && name !== 'manifest.json').map(([, json]) => DatasetSchema.parse(JSON.parse(json)));
const progress = await buildProgressFiles(forms, datasets, toJsonFile);
if (progress.entries.length > 0) {
  const manifest = ManifestSchema.parse(JSON.parse(files.get('manifest.json') ?? '{}'));
  files.set('manifest.json', toJsonFile({ ...manifest, progress: progress.entries }));
}
for (const [name, content] of progress.files) files.set(name, content);

// The compact encoding (README "Compact encoding"): each dataset's JSON replaced by its two Arrow files.
const written = new Map<string, string | Uint8Array>(files);
if (options.encoding === 'arrow') {
  const converted = convertToArrow(files.get('manifest.json') ?? '{}', (file) => files.get(file) ?? null);
  for (const file of converted.replaced) written.delete(file);
  for (const [name, content] of converted.files) written.set(name, content);
  failures.push(...converted.failures);
}

if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true });
// A form taken out of seeds/progress/ takes its progress file with it.
for (const name of readdirSync(dataDir)) if (/^progress-.*\.json$/.test(name) && !written.has(name)) unlinkSync(join(dataDir, name));
// A dataset written in the other encoding last time leaves no file the new manifest does not name.
for (const name of readdirSync(dataDir)) {
  const other = options.encoding === 'arrow' ? /^[a-z0-9-]+\.json$/.test(name) && files.has(name) : name.endsWith('.arrow');
  if (other && !written.has(name)) unlinkSync(join(dataDir, name));
}
for (const [name, content] of written) {
  mkdirSync(dirname(join(dataDir, name)), { recursive: true });
  writeFileSync(join(dataDir, name), content);
}

for (const summary of summaries) console.log(formatSummary(summary));
console.log(`\n${summaries.length} of ${documents.length} documents ingested into ${dataDir}`);
for (const line of progress.summaries) console.log(line);
if (forms.length > 0) console.log(`${progress.entries.length} of ${forms.length} progress forms read`);
if (failures.length > 0 || unreadable.length > 0 || progress.failures.length > 0) {
  for (const failure of [...unreadable, ...failures, ...progress.failures]) console.error(`ERROR ${failure}`);
  process.exitCode = 1;
}
