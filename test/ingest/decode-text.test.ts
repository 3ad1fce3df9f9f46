import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode-text.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/upload/${name}`, import.meta.url)));
const bytes = (...b: number[]) => new Uint8Array(b);

describe('ingest/decode-text', () => {
  it.each([
    // "中文" in each encoding
    ['UTF-8', bytes(0xe4, 0xb8, 0xad, 0xe6, 0x96, 0x87), '中文', 'utf-8'],
    ['UTF-8 with BOM', bytes(0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0xad, 0xe6, 0x96, 0x87), '中文', 'utf-8-bom'],
    ['GBK', bytes(0xd6, 0xd0, 0xce, 0xc4), '中文', 'gb18030'],
    ['GB18030 four-byte ("𠀀" is 95 32 82 36)', bytes(0x95, 0x32, 0x82, 0x36), '𠀀', 'gb18030'],
    ['UTF-16LE with BOM', bytes(0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65), '中文', 'utf-16le'],
    ['UTF-16BE with BOM', bytes(0xfe, 0xff, 0x4e, 0x2d, 0x65, 0x87), '中文', 'utf-16be'],
    ['ASCII', bytes(0x61, 0x2c, 0x62), 'a,b', 'utf-8'],
    ['nothing', bytes(), '', 'utf-8'],
    ['a BOM alone', bytes(0xef, 0xbb, 0xbf), '', 'utf-8-bom'],
  ])('decodeText(%s) → text and encoding', (_name, input, text, encoding) => {
    expect(decodeText(input)).toEqual({ text, encoding });
  });

  it('decodeText(GBK CSV written by iconv) → gb18030, the Chinese header intact', () => {
    const { text, encoding } = decodeText(fixture('template-gbk.csv'));
    expect(encoding).toBe('gb18030');
    expect(text.split('\r\n')[0]).toBe('序号,领域,工作任务,责任部门,完成时间');
  });

  it('decodeText(UTF-8 CSV with BOM) → BOM stripped, text starts with the first header cell', () => {
    const { text, encoding } = decodeText(fixture('template-zh.csv'));
    expect(encoding).toBe('utf-8-bom');
    expect(text.startsWith('地区,')).toBe(true);
  });

  it('decodeText(bytes that are neither UTF-8 nor GB18030) → gb18030 with U+FFFD, no throw', () => {
    const result = decodeText(bytes(0xff, 0x80, 0x00, 0xfe));
    expect(result.encoding).toBe('gb18030');
    expect(typeof result.text).toBe('string');
  });
});
