import { describe, expect, it } from 'vitest';
import { parseCellDate, parseCellNumber } from '../../../src/ingest/progress/progress-cell.ts';
import { tryParseProgressStatus } from '../../../src/ingest/progress/progress-status-word.ts';
import { readProgressTable, type ProgressTaskIndex } from '../../../src/ingest/progress/read-progress-table.ts';
import type { FormCell } from '../../../src/ingest/progress/progress-cell.ts';

const index: ProgressTaskIndex = {
  tasks: new Map([
    ['x-2021/1', { metrics: ['全程网办率'] }],
    ['x-2021/2', { metrics: [] }],
    ['x-2021/3', { metrics: [] }],
  ]),
};
const read = (rows: FormCell[][]) => readProgressTable(rows, { file: 'form.xlsx', id: 'progress-test', index });

const HEADER = ['任务编号', '进展状态', '完成日期', '完成进度(%)', '进展情况', '存在问题', '实际值：全程网办率'];
const BODY: FormCell[][] = [
  ['x-2021/1', '已完成', '2021-05-20', 100, '已上线', '', '92%'],
  ['x-2021/2', '推进中', '', 60, '建设中', '资金未到位', ''],
];

/** Every column order of the header, applied to the body as well. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('readProgressTable', () => {
  it.each(permutations([0, 1, 2, 3, 4, 5, 6]).filter((_, i) => i % 97 === 0))('reads the same reports in column order %j', (...order) => {
    const pick = (row: readonly FormCell[]) => order.map((i) => row[i] ?? null);
    const result = read([['填报单位', '公共服务办'], ['填报日期', '2021-06-01'], [], pick(HEADER), ...BODY.map(pick)]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { progress } = result;
    expect(progress.unit).toBe('公共服务办');
    expect(progress.reportDate).toBe('2021-06-01');
    expect(progress.warnings).toEqual([]);
    expect(progress.reports.map((r) => [r.taskId, r.status, r.completedOn, r.percent, r.note, r.problems, r.row])).toEqual([
      ['x-2021/1', 'done', '2021-05-20', 100, '已上线', '', 5],
      ['x-2021/2', 'inProgress', null, 60, '建设中', '资金未到位', 6],
    ]);
    expect(progress.reports[0]?.actuals).toEqual([{ metric: '全程网办率', value: 92, raw: '92%' }]);
  });

  it('skips blank rows and rows nobody filled in, keeping sheet row numbers', () => {
    const result = read([['填报日期：2021年6月1日'], ['任务编号', '任务名称', '进展状态'], [], ['x-2021/1', '甲', ''], [null, null, null], ['x-2021/2', '乙', '滞后']]);
    expect(result.ok && result.progress.reports.map((r) => [r.taskId, r.status, r.row])).toEqual([['x-2021/2', 'behind', 6]]);
  });

  it('reads header variants: 完成状态 / 办结时间 / 工作进展 / 填报日期 per row', () => {
    const result = read([['任务ID', '完成状态', '办结时间', '工作进展', '填报日期'], ['x-2021/3', '已办结', 44348, '办结', '2021/6/2']]);
    expect(result.ok && result.progress.reports[0]).toMatchObject({ status: 'done', completedOn: '2021-06-01', note: '办结', reportDate: '2021-06-02' });
  });

  it('names bad rows by row and keeps the good ones', () => {
    const result = read([
      ['填报日期', '2021-06-01'],
      ['任务编号', '进展状态', '完成日期', '完成进度'],
      ['x-2021/9', '推进中', '', ''],
      ['y-2020/1', '推进中', '', ''],
      ['x-2021/1', '差不多了', '', ''],
      ['x-2021/2', '已完成', '2021-02-30', ''],
      ['x-2021/3', '已完成', '2021-07-01', ''],
      ['x-2021/1', '推进中', '', '120'],
      ['x-2021/2', '推进中', '', '50'],
      ['x-2021/2', '滞后', '', '40'],
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.progress.warnings.map((w) => [w.code, w.row])).toEqual([
      ['progress-unknown-task', 3],
      ['progress-other-dataset', 4],
      ['progress-unknown-status', 5],
      ['progress-bad-date', 6],
      ['progress-future-completion', 7],
      ['progress-bad-percent', 8],
      ['progress-duplicate-report', 10],
    ]);
    expect(result.progress.warnings[0]?.message).toContain('form.xlsx 第 3 行');
    expect(result.progress.reports.map((r) => [r.taskId, r.status, r.row])).toEqual([['x-2021/2', 'behind', 10]]);
  });

  it('without a report date anywhere, counts no row and says why', () => {
    const result = read([['任务编号', '进展状态'], ['x-2021/1', '推进中']]);
    expect(result.ok && result.progress.reports).toEqual([]);
    expect(result.ok && result.progress.warnings.map((w) => w.code)).toEqual(['progress-no-report-date']);
  });

  it('fails, naming the file, when there is no 任务编号 + 进展状态 header', () => {
    expect(read([['序号', '任务'], ['1', 'x']])).toMatchObject({ ok: false, message: expect.stringContaining('form.xlsx') });
  });
});

describe('tryParseProgressStatus', () => {
  it.each([
    ['已完成', 'done'], ['完成', 'done'], ['已办结', 'done'], ['已销号', 'done'], ['已完成（按期）', 'done'], [' 已 完成 ', 'done'],
    ['推进中', 'inProgress'], ['正在推进', 'inProgress'], ['进行中', 'inProgress'],
    ['未启动', 'notStarted'], ['尚未启动', 'notStarted'],
    ['滞后', 'behind'], ['进度滞后', 'behind'],
    ['不再推进', 'dropped'], ['已取消', 'dropped'],
    ['差不多', null], ['', null],
  ])('tryParseProgressStatus(%j) → %j', (word, status) => {
    expect(tryParseProgressStatus(word)).toBe(status);
  });
});

describe('parseCellDate', () => {
  it.each([
    [new Date(Date.UTC(2021, 5, 30)), '2021-06-30'],
    [44377, '2021-06-30'],
    ['44377', '2021-06-30'],
    ['2021-6-30', '2021-06-30'],
    ['2021/06/30', '2021-06-30'],
    ['2021.6.30', '2021-06-30'],
    ['2021年6月30日', '2021-06-30'],
    ['20210630', '2021-06-30'],
    ['', null],
    [null, null],
  ] as const)('parseCellDate(%j) → %j', (cell, date) => {
    expect(parseCellDate(cell)).toEqual({ ok: true, date });
  });
  it.each(['2021-02-30', '六月底', '12'])('parseCellDate(%j) → not a date', (cell) => {
    expect(parseCellDate(cell)).toEqual({ ok: false });
  });
});

describe('parseCellNumber', () => {
  it.each([[85, 85], ['85%', 85], ['1,200', 1200], ['5.4万', 54000], ['', null], ['很多', NaN]] as const)('parseCellNumber(%j) → %j', (cell, value) => {
    expect(parseCellNumber(cell)).toEqual(value);
  });
});
