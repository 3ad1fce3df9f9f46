import { describe, expect, it } from 'vitest';
import { filterTasks } from '../../src/analysis/filter-tasks.ts';
import { EMPTY_FILTERS } from '../../src/analysis/filters.ts';
import { keyFigures } from '../../src/analysis/key-figures.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { buildAliasLookup, isAcrossRegions, normaliseUnitName, unitIdentity, unitKey, unitLabel } from '../../src/analysis/unit-identity.ts';
import { workloadByUnit } from '../../src/analysis/workload.ts';
import { makeDataset, makeTask } from './make-task.ts';

const BUREAU = '市政务服务数据管理局';
const PROVINCIAL = '省政务服务数据管理局';

/** Two cities naming the same municipal bureau and the same provincial bureau; 汕尾 also writes 市府办 for 市政府办公室. */
function twoCities() {
  return [
    makeDataset({
      id: 'shanwei-2023', region: '汕尾市',
      tasks: [
        makeTask({ id: 'shanwei-2023/1', units: [{ name: BUREAU, role: 'lead' }, { name: PROVINCIAL, role: 'support' }] }),
        makeTask({ id: 'shanwei-2023/2', units: [{ name: '市府办', role: 'lead' }] }),
        makeTask({ id: 'shanwei-2023/3', units: [{ name: '市政府办公室', role: 'lead' }, { name: '各有关单位', role: 'support', collective: true }] }),
      ],
    }),
    makeDataset({
      id: 'dongguan-2022', region: '东莞市',
      tasks: [
        makeTask({ id: 'dongguan-2022/1', units: [{ name: BUREAU, role: 'lead' }, { name: PROVINCIAL, role: 'support' }] }),
        makeTask({ id: 'dongguan-2022/2', units: [{ name: '市政务服务数据管理局 ', role: 'lead' }, { name: '各有关单位', role: 'support', collective: true }] }),
      ],
    }),
  ];
}

const aliases = buildAliasLookup([{ region: '汕尾市', canonical: '市政府办公室', variants: ['市府办'] }]);
const options = { topN: 10, split: 'all' as const, expandGroups: false, unitGroups: {} };

describe('analysis/unit-identity', () => {
  it('the same name in two regions is two units, each labelled with its region when both are in view', () => {
    const [group] = workloadByUnit(toTaskRows(twoCities()), options);
    const bureaus = group!.units.filter((u) => u.name === BUREAU);
    expect(bureaus.map((u) => [u.unit, u.label, u.total])).toEqual([
      ['东莞市/市政务服务数据管理局', '市政务服务数据管理局（东莞市）', 2],
      ['汕尾市/市政务服务数据管理局', '市政务服务数据管理局（汕尾市）', 1],
    ]);
  });

  it('a provincial (or national) unit is one unit across regions, shown without a region', () => {
    const [group] = workloadByUnit(toTaskRows(twoCities()), options);
    expect(group!.units.find((u) => u.name === PROVINCIAL)).toMatchObject({ unit: PROVINCIAL, region: null, label: PROVINCIAL, support: 2 });
    expect(['国家税务总局汕尾市税务局', '广东省公安厅', '国务院办公厅', '中央网信办', '内蒙古自治区人民政府'].every(isAcrossRegions)).toBe(true);
    expect(['市政务服务数据管理局', '省直有关单位'].map(isAcrossRegions)).toEqual([false, true]);
  });

  it('aliases merge name variants within their region only; brackets and spaces are normalised without a table', () => {
    expect(unitIdentity('汕尾市', '市府办', aliases)).toEqual({ region: '汕尾市', name: '市政府办公室' });
    expect(unitIdentity('东莞市', '市府办', aliases)).toEqual({ region: '东莞市', name: '市府办' });
    expect(normaliseUnitName('市政务服务数据管理局(市信息中心) ')).toBe('市政务服务数据管理局（市信息中心）');
    const [group] = workloadByUnit(toTaskRows(twoCities(), aliases), options);
    expect(group!.units.find((u) => u.unit === '汕尾市/市政府办公室')).toMatchObject({ lead: 2, total: 2 });
    expect(group!.units.some((u) => u.name === '市府办')).toBe(false);
  });

  it('collective units stay apart, per region', () => {
    const [group] = workloadByUnit(toTaskRows(twoCities()), options);
    expect(group!.collective.map((u) => u.unit)).toEqual(['东莞市/各有关单位', '汕尾市/各有关单位']);
  });

  it('key figures count distinct units by identity', () => {
    // 汕尾: bureau, 市府办, 市政府办公室; 东莞: bureau; the provincial bureau once
    expect(keyFigures(toTaskRows(twoCities()), '2026-01-01').units).toBe(5);
    expect(keyFigures(toTaskRows(twoCities(), aliases), '2026-01-01').units).toBe(4);
  });

  it('the unit filter takes a key, and a plain name from an older link matches that name in every region', () => {
    const rows = toTaskRows(twoCities());
    const ids = (unit: string[]) => filterTasks(rows, { ...EMPTY_FILTERS, unit }, '2026-01-01').map((r) => r.task.id);
    expect(ids(['汕尾市/市政务服务数据管理局'])).toEqual(['shanwei-2023/1']);
    expect(ids([BUREAU])).toEqual(['shanwei-2023/1', 'dongguan-2022/1', 'dongguan-2022/2']);
    expect(ids([PROVINCIAL])).toEqual(['shanwei-2023/1', 'dongguan-2022/1']);
  });

  it('unitKey and unitLabel', () => {
    expect(unitKey({ region: '汕尾市', name: BUREAU })).toBe('汕尾市/市政务服务数据管理局');
    expect(unitKey({ region: null, name: PROVINCIAL })).toBe(PROVINCIAL);
    expect(unitLabel({ region: '汕尾市', name: BUREAU }, false)).toBe(BUREAU);
    expect(unitLabel({ region: '汕尾市', name: BUREAU }, true)).toBe('市政务服务数据管理局（汕尾市）');
  });
});
