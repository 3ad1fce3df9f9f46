import { describe, expect, it } from 'vitest';
import { makeWarning, quotedParts } from '../../src/ingest/warnings.ts';
import { warningMessage } from '../../src/i18n/warning-message.ts';

describe('i18n/warning-message', () => {
  it('makeWarning keeps the quoted data as params', () => {
    const w = makeWarning('year-unknown', '“2021年X月”没有写明年份', { taskId: 'a/1', line: 4 });
    expect(w).toEqual({ code: 'year-unknown', taskId: 'a/1', line: 4, message: '完成时限的年份写作“X”，年份未知：“2021年X月”没有写明年份', params: { quoted: ['2021年X月'] } });
    expect(quotedParts('第 3 行：“甲”与“乙”')).toEqual(['甲', '乙']);
    expect(makeWarning('region-unknown', '').params).toEqual({ quoted: [] });
  });

  it('Chinese: the stored message; English: the code’s name and the quoted data, no Chinese sentence', () => {
    const w = makeWarning('deadline-unparsed', '无法识别“下半年完成”');
    expect(warningMessage('zh', w)).toBe('完成时限无法识别：无法识别“下半年完成”');
    expect(warningMessage('en', w)).toBe('Deadline not recognised: “下半年完成”');
    expect(warningMessage('en', makeWarning('truncated-row', '序号12在表格结尾处不完整'))).toBe('Row cut off by the end of the file');
  });

  it('an older warning without params: English keeps the stored message after the code’s name; an unknown code stays as written', () => {
    expect(warningMessage('en', { code: 'invalid-date', message: '完成时限不是真实存在的日期：“2月30日”' })).toBe('Deadline is not a real date — 完成时限不是真实存在的日期：“2月30日”');
    expect(warningMessage('en', { code: 'new-code', message: 'x', params: { quoted: ['y'] } })).toBe('new-code: “y”');
  });

  it('the region placeholder quoted by region-unknown reads in English (it is the ingest\'s, not the document\'s)', () => {
    const w = makeWarning('region-unknown', '地区记为“未注明地区”');
    expect(warningMessage('en', w)).toBe('Document does not name its region: “Region not stated”');
    expect(warningMessage('zh', w)).toContain('未注明地区');
  });
});
