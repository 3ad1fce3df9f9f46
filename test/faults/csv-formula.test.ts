import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { TaskRow } from '../../src/analysis/task-row.ts';
import type { Task } from '../../src/model/schema.ts';
import { formatTasksCsv, TASK_CSV_COLUMNS } from '../../src/ui/tasks/tasks-csv.ts';

const task = (text: string, title: string | null = null): Task => ({
  id: 'a/1', no: '1', path: [], title, text, units: [], unitsRaw: '',
  deadline: { raw: '', due: null, monthDay: null, yearKnown: false, precision: null, ongoing: false },
  indicators: [], source: { file: 'seeds/a.txt', line: 1 },
});
const cells = (t: Task) => Papa.parse<string[]>(formatTasksCsv([{ task: t, datasetId: 'a', region: '甲市' } as TaskRow], 'zh').slice(1), { newline: '\r\n' }).data[1]!;

// columns found by key, not position: the export's column list may grow
const TEXT = TASK_CSV_COLUMNS.findIndex((c) => c.key === 'task');
const TITLE = TASK_CSV_COLUMNS.findIndex((c) => c.key === 'title');

describe('faults: formula-safe CSV export', () => {
  it.each([
    ['=HYPERLINK("http://x","点击")\n第二行'],
    ['+1+1\r\nx'],
    ['-2+3\n'],
    ['@SUM(A1)\nx'],
    ['  =1+1'],
    ['\u3000=1+1'],
    ['＝1+1'],
    ['＋1'],
    ['\t=1'],
    ['\n=1+1'],
    ['\r=1'],
  ])('formatTasksCsv(text %j) → the cell starts with an apostrophe, the text kept after it', (text) => {
    expect(cells(task(text))[TEXT]).toBe(`'${text}`);
  });

  it('formatTasksCsv(ordinary text, a title with "=" inside) → unchanged', () => {
    const row = cells(task('推进一网通办\n第二行', '指标 = 100%'));
    expect(row[TEXT]).toBe('推进一网通办\n第二行');
    expect(row[TITLE]).toBe('指标 = 100%');
  });
});
