import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataFiles, type SourceDocument } from '../../src/ingest/build-data-files.ts';
import { ingestUploadFile } from '../../src/ingest/ingest-upload.ts';
import { readSource } from '../../src/ingest/sources/read-source.ts';
import { buildDocx, buildHtml, buildXlsx } from './sources/table-fixtures.ts';
import { seedDataset, seedTable } from './table/seed-table.ts';

const seeds = join(import.meta.dirname, '../../seeds');

/** What `npm run ingest` writes to data/sources/<id>.txt for one file (as cli.ts reads it). */
async function ingestSourceText(name: string, bytes: Uint8Array): Promise<string> {
  const read = await readSource(name, bytes);
  const doc: SourceDocument = read.kind === 'tables' ? { file: `seeds/${name}`, text: '', tables: read.doc } : { file: `seeds/${name}`, text: new TextDecoder('utf-8').decode(bytes) };
  const { files } = buildDataFiles([doc]);
  const [text] = [...files].filter(([path]) => path.startsWith('sources/')).map(([, t]) => t);
  if (text === undefined) throw new Error(`${name}: no source text written`);
  return text;
}

describe('ingest/ingest-upload sourceText', () => {
  it.each(readdirSync(seeds).filter((n) => n.endsWith('.txt')))('%s imported in the browser keeps the text npm run ingest writes', async (name) => {
    const bytes = new Uint8Array(readFileSync(join(seeds, name)));
    const result = await ingestUploadFile(name, bytes, { existingIds: [] });
    if (!result.ok) throw new Error(result.message);
    expect(result.sourceText).toBe(await ingestSourceText(name, bytes));
  });

  const seed = seedDataset('gangkou-2021');
  const table = seedTable(seed);
  it.each([
    ['任务表.docx', async () => buildDocx(['附件', seed.title], [table])],
    ['任务表.xlsx', async () => buildXlsx(seed.title, table)],
    ['任务表.html', async () => new TextEncoder().encode(buildHtml([seed.title], table))],
  ] as const)('%s: its text view, the lines source.line counts, as npm run ingest writes it', async (name, build) => {
    const bytes = await build();
    const result = await ingestUploadFile(name, bytes, { existingIds: [] });
    if (!result.ok) throw new Error(result.message);
    expect(result.sourceText).toBe(await ingestSourceText(name, bytes));
    const lines = result.sourceText.split('\n');
    const task = result.dataset.tasks[0]!;
    expect(lines[task.source.line - 1]).toContain((task.text || task.title || '').slice(0, 6));
  });

  it('a CSV keeps its text without the BOM and with \\n line ends', async () => {
    const result = await ingestUploadFile('t.csv', new TextEncoder().encode('\uFEFF任务,责任单位\r\n建设平台,市政务局\r\n'), { existingIds: [] });
    if (!result.ok) throw new Error(result.message);
    expect(result.sourceText).toBe('任务,责任单位\n建设平台,市政务局\n');
  });
});
