import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { TaskRow } from '../../src/analysis/task-row.ts';
import type { Task } from '../../src/model/schema.ts';
import { formatTasksCsv } from '../../src/ui/tasks-csv.ts';

function makeTask(overrides: Partial<Task> = {}): Task {
  return {
    id: 'alpha-2021/1',
    no: '1',
    path: ['政务服务', '网络'],
    title: '拓展外网',
    text: '拓展外网，覆盖率达到"100%"。\n第二行',
    units: [
      { name: '公共服务办', role: 'lead' },
      { name: '各有关单位', role: 'support', collective: true },
    ],
    unitsRaw: '公共服务办牵头，各有关单位配合',
    deadline: { raw: '2021年6月底前', due: '2021-06-30', monthDay: '06-30', yearKnown: true, precision: 'month', ongoing: false },
    indicators: [{ metric: '覆盖率', category: '网络覆盖', comparator: '=', value: 100, unit: '%', due: null }],
    source: { file: 'seeds/a.txt', line: 12 },
    ...overrides,
  };
}

// Only task and region matter to the CSV; the rest of TaskRow is left out on purpose.
const row = (task: Task): TaskRow => ({ task, datasetId: 'alpha-2021', region: '甲市' }) as TaskRow;

describe('ui/tasks-csv', () => {
  it('formatTasksCsv([task], "zh") → BOM, Chinese header, one quoted record per task', () => {
    const csv = formatTasksCsv([row(makeTask())], 'zh');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' });
    expect(parsed.data).toEqual([
      ['任务编号', '序号', '地区', '领域', '任务', '任务全文', '责任单位', '完成时限（原文）', '完成时限（规范化）', '量化指标', '来源'],
      [
        'alpha-2021/1', '1', '甲市', '政务服务 / 网络', '拓展外网', '拓展外网，覆盖率达到"100%"。\n第二行',
        '公共服务办（牵头）；各有关单位（配合）', '2021年6月底前', '2021-06-30', '覆盖率 = 100%', 'seeds/a.txt:12',
      ],
    ]);
  });

  it('formatTasksCsv([], "en") → BOM and the English header only', () => {
    expect(formatTasksCsv([], 'en')).toBe(
      '\uFEFF"Task id","No.","Region","Section","Task","Full text","Units","Deadline (as printed)","Deadline (normalised)","Indicators","Source"\r\n',
    );
  });

  it('a text starting with "=" → quoted with a leading apostrophe, so Excel shows it instead of evaluating it', () => {
    const parsed = Papa.parse<string[]>(formatTasksCsv([row(makeTask({ text: '=1+1' }))], 'zh').slice(1), { newline: '\r\n' });
    expect(parsed.data[1]?.[5]).toBe("'=1+1");
  });

  it('an ongoing task without a due date → "长期推进" in the normalised column', () => {
    const task = makeTask({ deadline: { raw: '长期推进', due: null, monthDay: null, yearKnown: false, precision: null, ongoing: true } });
    const parsed = Papa.parse<string[]>(formatTasksCsv([row(task)], 'zh').slice(1), { newline: '\r\n' });
    expect(parsed.data[1]?.[8]).toBe('长期推进');
  });
});
