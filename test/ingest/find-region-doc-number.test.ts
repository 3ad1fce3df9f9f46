import { describe, expect, it } from 'vitest';
import { findRegion } from '../../src/ingest/find-region.ts';
import { provinceOfCharacter } from '../../src/ingest/province-short-names.ts';

// Issue 9 a: the province from a document number's short name, a notice head or an issuer's short name.
describe('findRegion from document numbers and issuers', () => {
  it.each([
    ['豫政〔2023〕5号', '河南省', '410000'],
    ['苏政发〔2021〕12号', '江苏省', '320000'],
    ['浙政办发〔2020〕3号', '浙江省', '330000'],
    ['赣府发〔2017〕12号', '江西省', '360000'],
    ['川府发〔2022〕8号', '四川省', '510000'],
    ['黑政规〔2021〕1号', '黑龙江省', '230000'],
    ['蒙政发〔2019〕4号', '内蒙古自治区', '150000'],
  ])('a notice numbered %s, naming no place → %s', (number, region, code) => {
    const lines = ['关于明确重点工作责任单位的通知', number, '各有关单位：', '1.落实政策。(发展改革委牵头)'];
    expect(findRegion(lines, null, null)).toMatchObject({ region, divisionCode: code, ambiguity: null });
  });

  it('every one of the 31 province-level divisions has its document-number character', () => {
    const codes = '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'.split(' ');
    const chars = '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔云藏陕甘青宁新'.split('');
    chars.forEach((c, i) => expect(provinceOfCharacter(c)?.province.code).toBe(`${codes[i]}0000`));
  });

  it('a character other divisions share (宁: 宁夏 and 宁波市) names the province only when the text prints its name; else warned', () => {
    const bare = findRegion(['关于重点工作的通知', '宁政发〔2022〕3号', '1.落实政策。'], null, null);
    expect(bare.region).toBeNull();
    expect(bare.ambiguity).toContain('宁波市');
    const named = findRegion(['关于重点工作的通知', '宁政发〔2022〕3号', '1.推进宁夏葡萄酒产业。'], null, null);
    expect(named).toMatchObject({ region: '宁夏回族自治区', divisionCode: '640000' });
  });

  it('numbers naming two provinces name none, with a warning; a number quoted after a 《title》 is another document\'s', () => {
    expect(findRegion(['通知', '豫政〔2023〕5号 苏政发〔2023〕1号'], null, null)).toMatchObject({ region: null, ambiguity: expect.stringContaining('不同省份') });
    expect(findRegion(['根据《指导意见》(赣府发〔2017〕12号)精神'], null, null).region).toBeNull();
  });

  it('a title naming a city of another province than the number → the title wins, warned', () => {
    const found = findRegion(['咸宁市咸安区重点任务分工方案', '豫政〔2023〕5号'], '咸宁市咸安区重点任务分工方案', null);
    expect(found).toMatchObject({ region: '咸宁市咸安区', divisionCode: '421202' });
    expect(found.ambiguity).toContain('河南省');
  });

  it('the notice head "河南省人民政府 关于…" and an issuer opening with a short name ("河南银保监局") name the province', () => {
    expect(findRegion(['河南省人民政府 关于明确重点工作责任单位的通知'], null, null)).toMatchObject({ region: '河南省', divisionCode: '410000' });
    expect(findRegion(['重点工作分工'], null, '河南银保监局')).toMatchObject({ region: '河南省', divisionCode: '410000' });
    expect(findRegion(['六安市人民政府关于2021年重点工作及责任分解的通知'], null, null)).toMatchObject({ region: '六安市', divisionCode: '341500' });
  });
});

describe('findRegion from a city short name', () => {
  it('an issuer opening with a city short name no other division shares ("咸宁高新区管委会") → 咸宁市', () => {
    expect(findRegion(['重点工作分工'], null, '咸宁高新区管委会')).toMatchObject({ region: '咸宁市', divisionCode: '421200' });
  });

  it('"咸政办〔2023〕1号": 咸宁市 and 咸阳市 both start with 咸 → no region, warned; "运政办发" with 运城 in the text → 运城市', () => {
    const both = findRegion(['关于印发重点任务的通知', '咸政办〔2023〕1号', '1.支持咸宁高新区发展。'], null, null);
    expect(both.region).toBeNull();
    expect(both.ambiguity).toContain('咸阳市');
    expect(findRegion(['关于印发责任分解的通知', '运政办发〔2017〕3号', '1.加强运城应急预案管理。'], null, null)).toMatchObject({ region: '运城市', divisionCode: '140800' });
  });
});
