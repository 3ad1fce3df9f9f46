import { describe, expect, it } from 'vitest';
import { splitBilingual } from '../../src/i18n/bilingual-message.ts';

describe('i18n/bilingual-message', () => {
  it('splits "file: 中文 (english)" into its file, English gloss and Chinese detail', () => {
    expect(splitBilingual('报表.csv: 文件是空的 (empty file)')).toEqual({ file: '报表.csv: ', en: 'empty file', zh: '文件是空的' });
    expect(splitBilingual('t.csv: 无法识别的列名“备注”（第 3 列）(unknown column header)')).toEqual({ file: 't.csv: ', en: 'unknown column header', zh: '无法识别的列名“备注”（第 3 列）' });
  });

  it('a message without an English gloss stays whole as its Chinese part', () => {
    expect(splitBilingual('x.txt: 读取失败')).toEqual({ file: '', en: null, zh: 'x.txt: 读取失败' });
    expect(splitBilingual('HTTP 404 (not found)')).toEqual({ file: '', en: null, zh: 'HTTP 404 (not found)' });
  });
});
