import { describe, expect, it } from 'vitest';
import { ingestUploadFile } from '../../../src/ingest/ingest-upload.ts';

const none = { existingIds: [] };
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
const PDF = new TextEncoder().encode('%PDF-1.7\n');

describe('ingest/sources/read-source: refused formats say how to save them', () => {
  it.each([
    ['任务表.doc', OLE, /另存为” \.docx/],
    ['任务表.wps', OLE, /\.doc\/\.wps/],
    ['任务表.xls', OLE, /另存为” \.xlsx/],
    ['任务表.pdf', PDF, /PDF 中的表格无法可靠读取/],
    ['renamed.txt', OLE, /旧版 Office/],
    ['renamed.txt', PDF, /PDF/],
    ['fake.docx', new TextEncoder().encode('not a zip'), /不是 Word 文档/],
  ])('%s → refused: %s', async (name, bytes, message) => {
    const result = await ingestUploadFile(name, bytes, none);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message.startsWith(`${name}:`)).toBe(true);
    }
  });
});
