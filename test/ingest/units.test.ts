import { describe, expect, it } from 'vitest';
import type { Role, TaskUnit } from '../../src/model/schema.ts';
import { isCollectiveUnit, normaliseUnitName, parseUnits, splitUnitNames } from '../../src/ingest/units.ts';

const C = true;
/** [name, role, collective?] rows, for compact tables. */
function units(...rows: [string, Role, boolean?][]): TaskUnit[] {
  return rows.map(([name, role, collective]) => (collective ? { name, role, collective } : { name, role }));
}

describe('units', () => {
  it.each<[string, Role | null, TaskUnit[]]>([
    // seeds/000… (责任单位 column, marker words inside)
    ['公共服务办、各社区（村）各有关单位', 'responsible', units(['公共服务办', 'responsible'], ['各社区（村）', 'responsible', C], ['各有关单位', 'responsible', C])],
    ['公共服务办牵头，各社区（村）各有关单位配合', 'responsible', units(['公共服务办', 'lead'], ['各社区（村）', 'support', C], ['各有关单位', 'support', C])],
    ['公共服务办、各社区（村），各有关单位配合', 'responsible', units(['公共服务办', 'responsible'], ['各社区（村）', 'responsible', C], ['各有关单位', 'support', C])],
    ['市场监管分局、公共服务办牵头，公安分局、税务分局配合', 'responsible', units(['市场监管分局', 'lead'], ['公共服务办', 'lead'], ['公安分局', 'support'], ['税务分局', 'support'])],
    ['市场监管分局牵头、各有关单位配合', 'responsible', units(['市场监管分局', 'lead'], ['各有关单位', 'support', C])],
    ['党政综合办、公共服务办牵头，各社区（村）各有关单位配合', 'responsible', units(['党政综合办', 'lead'], ['公共服务办', 'lead'], ['各社区（村）', 'support', C], ['各有关单位', 'support', C])],
    ['       各社区（村）、各有关单位', 'responsible', units(['各社区（村）', 'responsible', C], ['各有关单位', 'responsible', C])],
    ['     财政分局牵头，各有关单位配合', 'responsible', units(['财政分局', 'lead'], ['各有关单位', 'support', C])],
    ['城管住建和农业农村局、自然资源分局', 'responsible', units(['城管住建和农业农村局', 'responsible'], ['自然资源分局', 'responsible'])],
    ['综合行政执法局、网格和大数据服务中心牵头，各有关单位配合', 'responsible', units(['综合行政执法局', 'lead'], ['网格和大数据服务中心', 'lead'], ['各有关单位', 'support', C])],
    // seeds/002… (责任部门 column, every unit marked)
    ['市政务服务数据管理局负责', null, units(['市政务服务数据管理局', 'lead'])],
    ['市政务服务数据管理局，各镇街（园区）负责', null, units(['市政务服务数据管理局', 'lead'], ['各镇街（园区）', 'lead', C])],
    ['市政务服务数据管理局负责，市各有关部门，各镇街（园区）配合', null, units(['市政务服务数据管理局', 'lead'], ['市各有关部门', 'support', C], ['各镇街（园区）', 'support', C])],
    ['市各有关部门负责，市政务服务数据管理局配合', null, units(['市各有关部门', 'lead', C], ['市政务服务数据管理局', 'support'])],
    ['市府办、市政务服务数据管理局、市各有关部门负责', null, units(['市府办', 'lead'], ['市政务服务数据管理局', 'lead'], ['市各有关部门', 'lead', C])],
    ['市交通运输局、市市场监管局、市文化广电旅游体育局等有关部门负责，市政务服务数据管理局配合', null, units(['市交通运输局', 'lead'], ['市市场监管局', 'lead'], ['市文化广电旅游体育局', 'lead'], ['市政务服务数据管理局', 'support'])],
    ['市政务服务数据管理局，各镇街（园区）负责；市民政局、市人力资源社会保障局等有关部门配合', null, units(['市政务服务数据管理局', 'lead'], ['各镇街（园区）', 'lead', C], ['市民政局', 'support'], ['市人力资源社会保障局', 'support'])],
    ['市卫生健康局、东莞市税务局负责，市政务服务数据管理局配合', null, units(['市卫生健康局', 'lead'], ['东莞市税务局', 'lead'], ['市政务服务数据管理局', 'support'])],
    // seeds/001… (牵头单位 and 责任单位 columns)
    ['各县(市、区)人民政府,市直有关单位', 'responsible', units(['各县（市、区）人民政府', 'responsible', C], ['市直有关单位', 'responsible', C])],
    ['各清单牵头编制部门', 'lead', units(['各清单牵头编制部门', 'lead', C])],
    ['市政务服务数据管理局、市投资促进局', 'lead', units(['市政务服务数据管理局', 'lead'], ['市投资促进局', 'lead'])],
    ['各类中介的行业主管部门', 'responsible', units(['各类中介的行业主管部门', 'responsible', C])],
    // seeds/003… and seeds/004… (labelled notes)
    ['各县(市、区)政府(管委会),市有关单位', 'support', units(['各县（市、区）政府（管委会）', 'support', C], ['市有关单位', 'support', C])],
    ['市公安局、市税务局、人行X 市中心支行,各县区政府、市管各园区管委会', 'responsible', units(['市公安局', 'responsible'], ['市税务局', 'responsible'], ['人行X市中心支行', 'responsible'], ['各县区政府', 'responsible', C], ['市管各园区管委会', 'responsible', C])],
    ['各级政务服务部门', 'responsible', units(['各级政务服务部门', 'responsible', C])],
    // truncated cell: units after the last marker keep the column role
    ['A负责；B、C等有', 'responsible', units(['A', 'lead'], ['B', 'responsible'], ['C', 'responsible'])],
    ['牵头单位：市编办', null, units(['市编办', 'lead'])],
    ['市政务服务数据管理局、市政务服务数据管理局', 'lead', units(['市政务服务数据管理局', 'lead'])],
  ])('parseUnits([{ text: %j, role: %s }]) → %j', (text, role, expected) => {
    expect(parseUnits([{ text, role }])).toEqual({ units: expected, issues: [] });
  });

  it('parseUnits(lead cell + responsible cell) keeps order and each column role (seeds/001…, task 1)', () => {
    const result = parseUnits([
      { text: '市政务服务数据管理局', role: 'lead' },
      { text: '各县(市、区)人民政府,市直有关单位', role: 'responsible' },
    ]);
    expect(result.units).toEqual(
      units(['市政务服务数据管理局', 'lead'], ['各县（市、区）人民政府', 'responsible', C], ['市直有关单位', 'responsible', C]),
    );
  });

  it('parseUnits("(牵头单位:X,责任单位:Y,Z)") → roles from the labels (seeds/004…, line 10)', () => {
    const result = parseUnits([{ text: '(牵头单位:市“互联网+政务服务”领导小组办公室,责任单位:市有关单位,各县区政府、市管各园区管委会)', role: null }]);
    expect(result.units).toEqual(
      units(['市“互联网+政务服务”领导小组办公室', 'lead'], ['市有关单位', 'responsible', C], ['各县区政府', 'responsible', C], ['市管各园区管委会', 'responsible', C]),
    );
  });

  it('parseUnits(same unit as lead and support) keeps both roles', () => {
    expect(parseUnits([{ text: 'A牵头', role: null }, { text: 'A', role: 'support' }]).units).toEqual(units(['A', 'lead'], ['A', 'support']));
  });

  it.each([[[]], [[{ text: '/', role: 'lead' as const }]], [[{ text: '  ', role: null }]]])(
    'parseUnits(%j) → no units, units-missing issue',
    (cells) => {
      const { units: found, issues } = parseUnits(cells);
      expect(found).toEqual([]);
      expect(issues.map((i) => i.code)).toEqual(['units-missing']);
    },
  );

  it.each([
    ['各有关单位', true],
    ['市直有关单位', true],
    ['市有关单位', true],
    ['市各有关部门', true],
    ['各县（市、区）人民政府', true],
    ['各镇街（园区）', true],
    ['各级政务服务中心', true],
    ['市管各园区管委会', true],
    ['各类中介的行业主管部门', true],
    ['市直属机关', true],
    ['公共服务办', false],
    ['市政务服务数据管理局', false],
  ])('isCollectiveUnit(%j) → %s', (name, expected) => {
    expect(isCollectiveUnit(name)).toBe(expected);
  });

  it.each([
    ['各县(市、区)人民政府', '各县（市、区）人民政府'],
    [' 市场监管分局 ', '市场监管分局'],
    ['牵头单位:市编办', '市编办'],
    ['责任单位：市有关单位', '市有关单位'],
    ['市文化广电旅游体育局等有关部门', '市文化广电旅游体育局'],
    ['市民政局等单位', '市民政局'],
    ['市医保局等部门', '市医保局'],
    ['', ''],
  ])('normaliseUnitName(%j) → %j', (name, expected) => {
    expect(normaliseUnitName(name)).toBe(expected);
  });

  it('splitUnitNames(the 各有关单位 note of seeds/000…, line 254) → seven names', () => {
    expect(splitUnitNames('公安分局、税务分局、城管住建和农业农村局、人力资源和社会保障分局、自然资源第一分局、卫生健康分局、市场监管分局。')).toEqual([
      '公安分局', '税务分局', '城管住建和农业农村局', '人力资源和社会保障分局', '自然资源第一分局', '卫生健康分局', '市场监管分局',
    ]);
  });

  it('splitUnitNames("市公安局、市民政局等有关部门负责") → names without marker or 等有关部门', () => {
    expect(splitUnitNames('市公安局、市民政局等有关部门负责')).toEqual(['市公安局', '市民政局']);
  });
});
