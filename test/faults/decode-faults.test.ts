import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode-text.ts';
import { ingestUpload } from '../../src/ingest/ingest-upload.ts';

const utf8 = (text: string) => [...new TextEncoder().encode(text)];
// "测试甲" in GBK (what Chinese Excel writes)
const GBK_ROW = [0xb2, 0xe2, 0xca, 0xd4, 0xbc, 0xd7];
const utf16 = (text: string, order: 'le' | 'be') =>
  new Uint8Array([...text].flatMap((c) => {
    const code = c.charCodeAt(0);
    return order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  }));

describe('faults: no silent decoding', () => {
  it('decodeText(a CSV of GBK rows and one UTF-8 row) → mixed, naming the lines of each encoding', () => {
    const bytes = new Uint8Array([...utf8('task,deadline\n'), ...GBK_ROW, ...utf8(',2021\n'), ...utf8('测试乙,2022\n')]);
    const decoded = decodeText(bytes);
    expect(decoded.mixed).toEqual({ utf8: [3], gb18030: [2] });
  });

  it('ingestUpload(a mixed UTF-8 / GBK CSV) → refused with a message naming the lines, never garbled ("娴嬭瘯")', () => {
    const bytes = new Uint8Array([...utf8('任务,完成时限\n'), ...GBK_ROW, ...utf8(',2021年底前\n')]);
    const result = ingestUpload('mixed.csv', bytes, { existingIds: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('mixed.csv');
    expect(result.message).toContain('第 1 行是 UTF-8，第 2 行是 GBK');
  });

  it('decodeText(pure GBK, pure UTF-8) → no mixed flag', () => {
    expect(decodeText(new Uint8Array([...GBK_ROW, 0x0a, ...GBK_ROW])).mixed).toBeUndefined();
    expect(decodeText(new Uint8Array(utf8('测试\n测试'))).mixed).toBeUndefined();
  });

  it('decodeText(UTF-16 without BOM, LE and BE, with 一 = U+4E00) → read as UTF-16, not "binary content"', () => {
    const text = '任务,完成时限\n统一推进一网通办,2021年底前\n';
    expect(decodeText(utf16(text, 'le'))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, 'be'))).toEqual({ text, encoding: 'utf-16be' });
    const result = ingestUpload('unicode.csv', utf16(text, 'le'), { existingIds: [] });
    expect(result.ok && result.dataset.tasks[0]?.text).toBe('统一推进一网通办');
  });
});
