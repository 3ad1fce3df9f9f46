import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../src/ingest/ingest-document.ts';
import type { Dataset } from '../../../src/model/schema.ts';

/** Real task tables from other provinces (test/fixtures/generalisation/README.md), outputs checked by hand. */
function ingestFixture(name: string): Dataset {
  const text = readFileSync(new URL(`../../fixtures/generalisation/${name}`, import.meta.url), 'utf8');
  const result = ingestDocument(name, text);
  if (!result.ok) throw new Error(result.message);
  return result.dataset;
}

const codes = (d: Dataset) => d.warnings.reduce<Record<string, number>>((n, w) => ({ ...n, [w.code]: (n[w.code] ?? 0) + 1 }), {});

describe('generalisation: real task tables from other provinces', () => {
  it('浙江苍南 民生实事 table, one cell per line between blank lines → 13 tasks, the 牵头单位 as lead, progress never a unit', () => {
    const d = ingestFixture('zhejiang-cangnan-blank-lines.txt');
    expect(d.title).toBe('2022年度市县民生实事未完成项目进度表(截至10月31日)');
    expect(d.tasks.map((t) => [t.no, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['1', ['县教育局:lead']], ['2', ['县交通局:lead']], ['3', ['县交通局:lead']], ['4', ['县卫健局:lead']],
      ['5', ['县住建局:lead']], ['6', ['县民政局:lead']], ['7', ['县民政局:lead']], ['8', ['县教育局:lead']],
      ['9', ['县教育局:lead']], ['10', ['县水利局:lead']], ['11', ['县水利局:lead']], ['12', ['县文广旅体局:lead']],
      ['13', ['县文广旅体局:lead']],
    ]);
    expect(d.tasks[4]?.text).toBe('打通县城人民大道(苍南大道至山海大道)等12条断头路。\n当前进度：88%(灵溪镇园区六路、金乡镇四好农村路推进缓慢)\n备注：县民生实事');
    expect(codes(d)).toEqual({ 'region-unknown': 1, 'unmapped-column': 1, 'deadline-missing': 13 });
  });

  it('江苏崇川 推进情况 table, cells ending in " |", blank cells dropped → 3 tasks, lead and responsible units, the leader never a unit', () => {
    const d = ingestFixture('jiangsu-chongchuan-bar-lines.txt');
    expect(d.tasks.map((t) => [t.no, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['24', ['城管局:lead', '市政局:responsible', '相关街道:responsible']],
      ['25', ['城管局:lead', '市政局:responsible', '环卫处:responsible', '崇川经济开发区:responsible', '各街道:responsible']],
      ['26', ['城管局:lead', '崇川经济开发区:responsible', '相关街道:responsible']],
    ]);
    expect(d.tasks[0]?.text.split('\n')).toEqual([
      '优化提升50条背街后巷交通组织。',
      '分管领导：徐国江',
      '1-10月推进情况：已进场施工,完成30%。',
      '1-11月推进情况：已进场施工,完成60%。',
      '是否达序：是',
    ]);
    expect(d.tasks[1]?.text).toContain('说明：前期配合区相关部门');
    expect(codes(d)).toMatchObject({ 'unmapped-column': 4, 'malformed-row': 3, 'deadline-missing': 3 });
  });
});
