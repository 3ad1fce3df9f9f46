import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toTaskRows } from '../../../src/analysis/task-row.ts';
import type { TaskRow } from '../../../src/analysis/task-row.ts';
import { parseCsvHeader } from '../../../src/ingest/csv-header.ts';
import { ingestUpload } from '../../../src/ingest/ingest-upload.ts';
import { DatasetSchema, type Dataset, type Task } from '../../../src/model/schema.ts';
import { formatTasksCsv, TASK_CSV_COLUMNS } from '../../../src/ui/tasks/tasks-csv.ts';
import type { TaskProgress } from '../../../src/analysis/progress-status.ts';

function makeTask(overrides: Partial<Task> = {}): Task {
  return {
    id: 'alpha-2021/1',
    no: '1',
    path: ['政务服务', '网络'],
    title: '拓展外网',
    text: '拓展外网，覆盖率达到"100%"。\n第二行',
    units: [
      { name: '公共服务办', role: 'lead' },
      { name: '税务分局', role: 'responsible' },
      { name: '公安分局', role: 'responsible' },
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
const parse = (csv: string) => Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;

describe('ui/tasks-csv', () => {
  it('formatTasksCsv([task], "zh") → BOM, the CSV template’s header names, lead / responsible / support units in their own columns', () => {
    const csv = formatTasksCsv([row(makeTask())], 'zh');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parse(csv)).toEqual([
      ['地区', '序号', '领域', '任务名称', '任务', '牵头单位', '责任单位', '配合单位', '完成时限', '任务编号', '完成时限（规范化）', '量化指标', '来源'],
      [
        '甲市', '1', '政务服务 / 网络', '拓展外网', '拓展外网，覆盖率达到"100%"。\n第二行',
        '公共服务办', '税务分局、公安分局', '各有关单位', '2021年6月底前', 'alpha-2021/1', '2021-06-30', '覆盖率 = 100%', 'seeds/a.txt:12',
      ],
    ]);
  });

  it('formatTasksCsv([], "en") → BOM and the English header only (template names in English)', () => {
    expect(formatTasksCsv([], 'en')).toBe(
      '\uFEFF"region","no","section","title","task","lead","responsible","support","deadline","Task id","Deadline (normalised)","Indicators","Source"\r\n',
    );
  });

  it('templateOnly → only the nine template columns', () => {
    expect(parse(formatTasksCsv([], 'zh', { templateOnly: true }))[0]).toEqual(['地区', '序号', '领域', '任务名称', '任务', '牵头单位', '责任单位', '配合单位', '完成时限']);
    expect(TASK_CSV_COLUMNS.filter((c) => c.template !== null)).toHaveLength(9);
  });

  it('a text starting with "=" → quoted with a leading apostrophe, so Excel shows it instead of evaluating it', () => {
    expect(parse(formatTasksCsv([row(makeTask({ text: '=1+1' }))], 'zh'))[1]?.[4]).toBe("'=1+1");
  });

  it('an ongoing task without a due date → "长期推进" in the normalised column', () => {
    const task = makeTask({ deadline: { raw: '长期推进', due: null, monthDay: null, yearKnown: false, precision: null, ongoing: true } });
    expect(parse(formatTasksCsv([row(task)], 'zh'))[1]?.[10]).toBe('长期推进');
  });

  // The analyst's round trip: every committed dataset, exported as Duban's own CSV, imports to the same tasks.
  const dataDir = join(import.meta.dirname, '../../../data');
  const datasets: Dataset[] = readdirSync(dataDir)
    .filter((f) => f.endsWith('.json') && f !== 'manifest.json' && f !== 'unit-aliases.json')
    .map((f) => DatasetSchema.parse(JSON.parse(readFileSync(join(dataDir, f), 'utf8'))));
  // every variant Duban writes: the template columns, the full export, and the full export with the 督办 columns
  const VARIANTS = ['template', 'full', 'full+progress'] as const;
  const progressOf = (dataset: Dataset) =>
    new Map(dataset.tasks.map((t, i) => [t.id, (i % 2 === 0
      ? { taskId: t.id, state: 'unreported', rag: 'grey', report: null, daysOverdue: null }
      // a note with a comma, a quote and a line break: the reader must read past it whatever it holds
      : { taskId: t.id, state: 'doneOnTime', rag: 'green', report: { completedOn: '2023-01-05', note: '已完成，见“附件”\n第二行', problems: '' }, daysOverdue: null }) as unknown as TaskProgress]));
  it.each(datasets.flatMap((d) => VARIANTS.map((v) => [d.id, v, d] as const)))('%s: export (%s) → ingestUpload → the same tasks, in both languages', (_id, variant, dataset) => {
    const rows = toTaskRows([dataset]);
    for (const lang of ['zh', 'en'] as const) {
      const csv = formatTasksCsv(rows, lang, variant === 'template' ? { templateOnly: true } : variant === 'full+progress' ? { progress: progressOf(dataset) } : {});
      const result = ingestUpload(`${dataset.id}.csv`, new TextEncoder().encode(csv), { existingIds: [] });
      if (!result.ok) throw new Error(result.message);
      expect(result.rowErrors).toEqual([]);
      const back = result.dataset.tasks;
      expect(back).toHaveLength(dataset.tasks.length);
      // a task printed with a name and no text is exported with its name as the text (the template needs one)
      const essence = (t: Task) => ({
        no: t.no,
        path: t.path,
        title: t.title,
        text: t.text === '' ? t.title : t.text,
        units: t.units.map((u) => `${u.role}:${u.name}`),
        deadline: { ...t.deadline },
        indicators: t.indicators.map((i) => `${i.metric}${i.comparator}${i.value}${i.unit}`),
      });
      expect(back.map(essence)).toEqual(dataset.tasks.map(essence));
      expect(result.dataset.region).toBe(dataset.region);
    }
  });

  it('with progress reports → the three 督办 columns follow the dashboard\'s own; without, or templateOnly, they are left out', () => {
    const progress = new Map([['alpha-2021/1', { taskId: 'alpha-2021/1', state: 'unreported', rag: 'grey', report: null, daysOverdue: null } as TaskProgress]]);
    const header = parse(formatTasksCsv([row(makeTask())], 'zh', { progress }))[0]!;
    expect(header.slice(-3)).toEqual(['督办状态', '完成日期', '最新进展']);
    expect(header).toHaveLength(TASK_CSV_COLUMNS.length);
    expect(parse(formatTasksCsv([row(makeTask())], 'zh'))[0]).toHaveLength(TASK_CSV_COLUMNS.length - 3);
    expect(parse(formatTasksCsv([row(makeTask())], 'zh', { progress, templateOnly: true }))[0]).toHaveLength(9);
  });

  it('the export-only names are read past only in Duban\'s own export (with its task-id column); elsewhere they stay unknown', () => {
    const full = parseCsvHeader(parse(formatTasksCsv([row(makeTask())], 'en', { progress: new Map([['x', {} as TaskProgress]]) }))[0]!);
    expect(full.ok && full.header.exportOnly).toEqual([9, 10, 11, 12, 13, 14, 15]);
    const other = parseCsvHeader(['任务', '来源']);
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.message).toMatch(/无法识别的列名“来源”/);
  });
});
