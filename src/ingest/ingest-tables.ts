import { contentHash } from './content-hash.ts';
import { assembleDataset, ingestDocument, type IngestResult } from './ingest-document.ts';
import { readMetadata } from './metadata.ts';
import { readTableTasks } from './table/read-table-tasks.ts';
import type { TableDocument } from './table/table-model.ts';

/**
 * Turns a read Word / Excel / web-page document into a validated dataset: its tables through
 * the header-driven step, its paragraphs (title, 附件, issuer above the table) through the
 * metadata reader. A document whose tables give no header is tried as prose (a .docx of
 * numbered items, a page whose list is not a table); when that fails too, the message says
 * what table was found and what to do. Never throws.
 */
export function ingestTableDocument(sourceFile: string, doc: TableDocument): IngestResult {
  try {
    return ingestOrThrow(sourceFile, doc);
  } catch (error) {
    return { ok: false, file: sourceFile, message: `${sourceFile}: 读取失败 (ingest failed): ${String(error)}` };
  }
}

function ingestOrThrow(sourceFile: string, doc: TableDocument): IngestResult {
  const read = readTableTasks(`${doc.format}-table`, doc.tables);
  const text = doc.lines.join('\n');
  if (!read.ok || read.layout.tasks.length === 0) {
    const asProse = ingestDocument(sourceFile, text);
    if (asProse.ok) return asProse;
    const why = read.ok ? '表格中没有任务行 (the table has no task rows)' : read.message;
    return { ok: false, file: sourceFile, message: `${sourceFile}: ${why}` };
  }
  const meta = readMetadata(doc.lines, read.layout.taskRegion.start);
  return assembleDataset({
    sourceFile,
    lines: doc.lines,
    layout: read.layout,
    meta: { ...meta, region: meta.region ?? read.region },
    fingerprint: contentHash(text),
  });
}
