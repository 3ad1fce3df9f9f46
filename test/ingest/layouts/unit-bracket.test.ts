import { describe, expect, it } from 'vitest';
import { readUnitBracket } from '../../../src/ingest/layouts/unit-bracket.ts';
import { parseUnits } from '../../../src/ingest/units.ts';

/** The units a bracket gives once the unit parser has split its cells. */
function unitsOf(inner: string): string[] | null {
  const bracket = readUnitBracket(inner);
  if (bracket === null) return null;
  return parseUnits(bracket.cells).units.map((u) => `${u.name}|${u.role}`);
}

describe('readUnitBracket: an unlabelled bracket of units with role words', () => {
  it('"X牵头,Y、Z…按职责分工负责" → X lead, the others responsible (henan fixture, item 2)', () => {
    expect(unitsOf('省发展改革委牵头,省商务厅、财政厅、文化和旅游厅等相关部门按职责分工负责')).toEqual([
      '省发展改革委|lead',
      '省商务厅|responsible',
      '财政厅|responsible',
      '文化和旅游厅|responsible',
    ]);
  });

  it('only responsible units: "X、Y负责" and full-width punctuation', () => {
    expect(unitsOf('省发改委、省工业和信息化厅等负责')).toEqual(['省发改委|responsible', '省工业和信息化厅|responsible']);
    expect(unitsOf('分别由市财政局、市税务局负责')).toEqual(['市财政局|responsible', '市税务局|responsible']);
  });

  it('support: "X牵头,Y配合" / 参与 / 协同', () => {
    expect(unitsOf('省农业农村厅牵头，省财政厅配合')).toEqual(['省农业农村厅|lead', '省财政厅|support']);
    expect(unitsOf('市住建局负责，市城管局参与')).toEqual(['市住建局|responsible', '市城管局|support']);
    expect(unitsOf('市科技局牵头；市教育局协同')).toEqual(['市科技局|lead', '市教育局|support']);
  });

  it('"等" is stripped from the last name and no unit is invented for it', () => {
    expect(unitsOf('省住房城乡建设厅、地方金融监管局等按职责分工负责')).toEqual([
      '省住房城乡建设厅|responsible',
      '地方金融监管局|responsible',
    ]);
  });

  it('"X会同Y负责" → X lead, Y responsible', () => {
    expect(unitsOf('省发展改革委会同省财政厅负责')).toEqual(['省发展改革委|lead', '省财政厅|responsible']);
  });

  it('a collective "各市县政府负责" is a unit', () => {
    expect(unitsOf('各市县政府负责')).toEqual(['各市县政府|responsible']);
  });

  it('a deadline clause is returned apart, never as a unit', () => {
    expect(readUnitBracket('省交通运输厅牵头,2024年6月底前完成')).toEqual({
      cells: [{ text: '省交通运输厅', role: 'lead' }],
      deadlineRaw: '2024年6月底前完成',
      firstIsLead: false,
    });
    expect(readUnitBracket('市发展改革局负责,持续推进')?.deadlineRaw).toBe('持续推进');
  });

  it('people are never units: "分管副省长负责" is skipped', () => {
    expect(unitsOf('分管副省长、协管副秘书长负责,省发展改革委牵头,省统计局配合')).toEqual([
      '省发展改革委|lead',
      '省统计局|support',
    ]);
  });

  it('an ordinary remark is not units: the bracket stays text', () => {
    expect(readUnitBracket('含2023年')).toBeNull();
    expect(readUnitBracket('以下简称在线平台')).toBeNull();
    expect(readUnitBracket('由企业自主负责')).toBeNull();
    expect(readUnitBracket('具体办法另行制定')).toBeNull();
    // one clause that is not units spoils the whole bracket
    expect(readUnitBracket('省财政厅牵头,资金按规定拨付')).toBeNull();
  });
});
