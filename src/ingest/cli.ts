import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildDataFiles, type SourceDocument } from './build-data-files.ts';
import { readSource } from './sources/read-source.ts';
import { formatSummary } from './summary.ts';

// `npm run ingest [seedsDir] [dataDir]`: the only place that touches the disk and the exit code.
const root = resolve(import.meta.dirname, '../..');
const seedsDir = resolve(process.argv[2] ?? join(root, 'seeds'));
const dataDir = resolve(process.argv[3] ?? join(root, 'data'));

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

const { files, summaries, failures } = buildDataFiles(documents);
if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true });
for (const [name, content] of files) {
  mkdirSync(dirname(join(dataDir, name)), { recursive: true });
  writeFileSync(join(dataDir, name), content);
}

for (const summary of summaries) console.log(formatSummary(summary));
console.log(`\n${summaries.length} of ${documents.length} documents ingested into ${dataDir}`);
if (failures.length > 0 || unreadable.length > 0) {
  for (const failure of [...unreadable, ...failures]) console.error(`ERROR ${failure}`);
  process.exitCode = 1;
}
