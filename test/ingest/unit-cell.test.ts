import { describe, expect, it } from 'vitest';
import type { Role, TaskUnit } from '../../src/model/schema.ts';
import { parseUnitCell } from '../../src/ingest/units.ts';

const C = true;
function units(...rows: [string, Role, boolean?][]): TaskUnit[] {
  return rows.map(([name, role, collective]) => (collective ? { name, role, collective } : { name, role }));
}

// Issue 9 point 4: role labels anywhere in a cell, whitespace between names, people never units.
describe('parseUnitCell', () => {
  it.each<[string, Role | null, TaskUnit[]]>([
    ['牵头:公共服务办;配合:各有关单位', null, units(['公共服务办', 'lead'], ['各有关单位', 'support', C])],
    ['牵头：公共服务办；配合：各有关单位', 'responsible', units(['公共服务办', 'lead'], ['各有关单位', 'support', C])],
    ['牵头单位：市教育局 配合单位：市财政局', null, units(['市教育局', 'lead'], ['市财政局', 'support'])],
    ['牵头单位：市教育局\n配合单位：市财政局、市人社局', null, units(['市教育局', 'lead'], ['市财政局', 'support'], ['市人社局', 'support'])],
    ['牵头单位:市教育局配合单位:市财政局', null, units(['市教育局', 'lead'], ['市财政局', 'support'])],
    ['责任:区住建局;协办:各街道', null, units(['区住建局', 'responsible'], ['各街道', 'support', C])],
    ['责任单位:区住建局;参与:区城管局', null, units(['区住建局', 'responsible'], ['区城管局', 'support'])],
    ['配合单位：区城管局 区水务局', null, units(['区城管局', 'support'], ['区水务局', 'support'])],
    ['安监站 安监所', 'responsible', units(['安监站', 'responsible'], ['安监所', 'responsible'])],
    ['安监站\n安监所\n派出所', 'lead', units(['安监站', 'lead'], ['安监所', 'lead'], ['派出所', 'lead'])],
    ['区发展改革局（区统计局） 区财政局', 'responsible', units(['区发展改革局（区统计局）', 'responsible'], ['区财政局', 'responsible'])],
    ['市公安局和市交通局', 'responsible', units(['市公安局和市交通局', 'responsible'])],
    ['区卫健局、区民政局等有关部门', 'responsible', units(['区卫健局', 'responsible'], ['区民政局', 'responsible'])],
    ['责任领导:张三;牵头单位:区发改局;责任单位:区财政局', null, units(['区发改局', 'lead'], ['区财政局', 'responsible'])],
    ['(牵头单位:区发改局;责任领导:李四、王五;责任单位:各镇(街道))', null, units(['区发改局', 'lead'], ['各镇（街道）', 'responsible', C])],
    ['分管领导：赵六 联系人：钱七\n牵头单位：县教育局', null, units(['县教育局', 'lead'])],
    ['县教育局（责任人：孙八）', 'responsible', units(['县教育局', 'responsible'])],
    ['责任人:周九；县卫健局', 'responsible', units(['县卫健局', 'responsible'])],
    ['各清单牵头编制部门', 'lead', units(['各清单牵头编制部门', 'lead', C])],
    ['牵头部门：市商务局，配合部门：市场监管局', null, units(['市商务局', 'lead'], ['市场监管局', 'support'])],
  ])('parseUnitCell(%j, %s) → %j', (text, role, expected) => {
    const { units: found, issues } = parseUnitCell(text, role);
    expect(found).toEqual(expected);
    expect(issues).toEqual([]);
  });

  it('a space inside a short name is joined without a warning ("人行X 市中心支行", seeds/004…)', () => {
    expect(parseUnitCell('人行X 市中心支行', 'responsible')).toEqual({ units: units(['人行X市中心支行', 'responsible']), issues: [] });
  });

  it('a line break between two long names the reader cannot tell apart → joined, with an ambiguous-unit issue', () => {
    const { units: found, issues } = parseUnitCell('市政务服务数据\n管理局办公室', 'responsible');
    expect(found).toEqual(units(['市政务服务数据管理局办公室', 'responsible']));
    expect(issues.map((i) => i.code)).toEqual(['ambiguous-unit']);
  });

  it('only people → no units and a units-missing issue', () => {
    expect(parseUnitCell('责任领导：张三', null).issues.map((i) => i.code)).toEqual(['units-missing']);
  });
});
