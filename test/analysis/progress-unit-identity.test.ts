import { describe, expect, it } from 'vitest';
import { progressByTask } from '../../src/analysis/progress-by-task.ts';
import { progressRanking } from '../../src/analysis/progress-ranking.ts';
import { redList } from '../../src/analysis/progress-red-list.ts';
import { mergeProgressReports } from '../../src/analysis/progress-reports.ts';
import { remindableUnits } from '../../src/analysis/remindable-units.ts';
import { resolveUnitKey } from '../../src/analysis/resolve-unit-key.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { buildAliasLookup } from '../../src/analysis/unit-identity.ts';
import type { ProgressFile } from '../../src/model/progress-schema.ts';
import { makeDataset, makeTask } from './make-task.ts';

// 汕尾市's and 东莞市's 市政务服务数据管理局 are two bureaus; 省政务服务数据管理局 is one body in both
// plans; in 汕尾市 市府办 is the alias table's variant of 市政府办公室.
const BUREAU = '市政务服务数据管理局';
const shanwei = makeDataset({
  id: 'sw-2021', region: '汕尾市',
  tasks: [
    makeTask({ id: 'sw-2021/1', no: '1', units: [{ name: BUREAU, role: 'lead' }, { name: '省政务服务数据管理局', role: 'responsible' }] }),
    makeTask({ id: 'sw-2021/2', no: '2', units: [{ name: '市府办', role: 'lead' }] }),
    makeTask({ id: 'sw-2021/3', no: '3', units: [{ name: '市政府办公室', role: 'lead' }] }),
  ],
});
const dongguan = makeDataset({
  id: 'dg-2021', region: '东莞市',
  tasks: [
    makeTask({ id: 'dg-2021/1', no: '1', units: [{ name: BUREAU, role: 'lead' }, { name: '省政务服务数据管理局', role: 'support' }] }),
    makeTask({ id: 'dg-2021/2', no: '2', units: [{ name: '省政务服务数据管理局', role: 'lead' }] }),
  ],
});
const aliases = buildAliasLookup([{ region: '汕尾市', canonical: '市政府办公室', variants: ['市府办'] }]);
const rows = toTaskRows([shanwei, dongguan], aliases);
const file: ProgressFile = {
  version: 1, id: 'progress-a', source: 'a.xlsx', unit: null, reportDate: '2021-05-31', datasetIds: ['sw-2021', 'dg-2021'], warnings: [],
  reports: [
    // 汕尾's bureau: behind (amber) at the as-of date; 东莞's: not done after the deadline (red)
    { taskId: 'sw-2021/1', reportDate: '2021-05-31', status: 'behind', statusRaw: '滞后', completedOn: null, percent: 40, note: '汕尾进展', problems: '', actuals: [], row: 6 },
    { taskId: 'sw-2021/2', reportDate: '2021-05-31', status: 'inProgress', statusRaw: '推进中', completedOn: null, percent: null, note: '', problems: '', actuals: [], row: 7 },
    { taskId: 'sw-2021/3', reportDate: '2021-05-31', status: 'done', statusRaw: '已完成', completedOn: '2021-05-01', percent: 100, note: '', problems: '', actuals: [], row: 8 },
    { taskId: 'dg-2021/1', reportDate: '2021-05-31', status: 'inProgress', statusRaw: '推进中', completedOn: null, percent: null, note: '东莞进展', problems: '', actuals: [], row: 9 },
    { taskId: 'dg-2021/2', reportDate: '2021-05-31', status: 'done', statusRaw: '已完成', completedOn: '2021-05-20', percent: 100, note: '', problems: '', actuals: [], row: 10 },
  ],
};
const progress = progressByTask(rows, mergeProgressReports([file]).byTask, '2021-07-15', 30);

describe('the 红黄榜 and the 催办单 count a unit as its name within its region', () => {
  const ranking = progressRanking(rows, progress, 'unit');
  const row = (key: string) => ranking.find((r) => r.key === key);

  it('keeps two cities\' bureaus of one name apart, each named with its region', () => {
    expect(row(`汕尾市/${BUREAU}`)).toMatchObject({ name: `${BUREAU}（汕尾市）`, tasks: 1 });
    expect(row(`东莞市/${BUREAU}`)).toMatchObject({ name: `${BUREAU}（东莞市）`, tasks: 1, red: 1 });
    expect(ranking.filter((r) => r.name === BUREAU)).toEqual([]);
  });

  it('counts a province-level unit once across regions, without a region in its name, and not for tasks it only supports', () => {
    expect(row('省政务服务数据管理局')).toMatchObject({ name: '省政务服务数据管理局', tasks: 2, done: 1 });
  });

  it('merges a unit\'s aliased name variants within their region', () => {
    expect(row('汕尾市/市政府办公室')).toMatchObject({ name: '市政府办公室（汕尾市）', tasks: 2, done: 1 });
    expect(ranking.some((r) => r.name.startsWith('市府办'))).toBe(false);
  });

  it('names units without their region when one region is in view', () => {
    const one = rows.filter((r) => r.region === '汕尾市');
    expect(progressRanking(one, progress, 'unit').find((r) => r.key === `汕尾市/${BUREAU}`)?.name).toBe(BUREAU);
  });

  it('a 催办单 lists only its own unit\'s tasks', () => {
    expect(redList(rows, progress, `东莞市/${BUREAU}`).map((r) => [r.taskId, r.note])).toEqual([['dg-2021/1', '东莞进展']]);
    expect(redList(rows, progress, `汕尾市/${BUREAU}`).map((r) => r.taskId)).toEqual(['sw-2021/1']);
    expect(redList(rows, progress, '汕尾市/市政府办公室').map((r) => r.taskId)).toEqual(['sw-2021/2']);
    // a plain name is no unit key: it names no task rather than several cities' bureaus at once
    expect(redList(rows, progress, BUREAU)).toEqual([]);
  });

  it('resolves a link\'s plain unit name: one unit of that name is meant, several are offered, none is none', () => {
    expect(resolveUnitKey(rows, `汕尾市/${BUREAU}`)).toEqual([`汕尾市/${BUREAU}`]);
    expect(resolveUnitKey(rows, BUREAU)).toEqual([`东莞市/${BUREAU}`, `汕尾市/${BUREAU}`]);
    expect(resolveUnitKey(rows, '省政务服务数据管理局')).toEqual(['省政务服务数据管理局']);
    expect(resolveUnitKey(rows, '市政府办公室')).toEqual(['汕尾市/市政府办公室']);
    expect(resolveUnitKey(rows, '公安局')).toEqual([]);
  });

  it('offers a 催办单 to every unit on a red or amber task, supporting units too, each city\'s bureau apart', () => {
    expect(remindableUnits(rows, progress)).toEqual([
      { key: '省政务服务数据管理局', count: 2 },
      { key: `东莞市/${BUREAU}`, count: 1 },
      { key: `汕尾市/${BUREAU}`, count: 1 },
      { key: '汕尾市/市政府办公室', count: 1 },
    ]);
  });
});
