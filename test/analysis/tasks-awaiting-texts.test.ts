import { describe, expect, it } from 'vitest';
import { attentionList } from '../../src/analysis/attention-list.ts';
import { tasksAwaitingTexts } from '../../src/analysis/tasks-awaiting-texts.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { makeDataset, makeDeadline, makeTask } from './make-task.ts';

// an Arrow dataset before its texts side file: title null, text and unitsRaw empty (src/load/fill-arrow-texts.ts)
const bare = (no: string, due: string) => makeTask({ id: `sw-2023/${no}`, no, title: null, text: '', unitsRaw: '', deadline: makeDeadline({ due }) });
const rows = toTaskRows([
  makeDataset({ id: 'sw-2023', region: '汕尾市', tasks: [bare('1', '2025-06-01'), bare('2', '2025-07-20'), makeTask({ id: 'sw-2023/3', no: '3', title: '一网通办', text: '', deadline: makeDeadline({ due: '2025-06-10' }) })] }),
  makeDataset({ id: 'dg-2022', region: '东莞市', tasks: [makeTask({ id: 'dg-2022/1', no: '1', title: null, text: '推进政务服务。', deadline: makeDeadline({ due: '2025-06-05' }) })] }),
]);

describe('tasksAwaitingTexts', () => {
  it('tasksAwaitingTexts(rows, {sw-2023}) → the sw-2023 tasks with neither title nor text; a task with a title is not waiting', () => {
    expect([...tasksAwaitingTexts(rows, new Set(['sw-2023']))].sort()).toEqual(['sw-2023/1', 'sw-2023/2']);
  });

  it('tasksAwaitingTexts(rows, {}) → nothing: once the texts are in, no line is marked', () => {
    expect(tasksAwaitingTexts(rows, new Set()).size).toBe(0);
  });

  it('a dataset that is not pending is never marked, even with an empty text', () => {
    const empty = toTaskRows([makeDataset({ id: 'gk-2021', tasks: [makeTask({ id: 'gk-2021/1', title: null, text: '' })] })]);
    expect(tasksAwaitingTexts(empty, new Set(['sw-2023'])).size).toBe(0);
  });

  it('marks exactly the alert lines whose title would otherwise be empty', () => {
    const waiting = tasksAwaitingTexts(rows, new Set(['sw-2023']));
    const lines = attentionList(rows, '2025-06-15', { titleChars: 16 });
    expect(lines.map((line) => [line.taskId, line.title, waiting.has(line.taskId)])).toEqual([
      ['sw-2023/3', '一网通办', false],
      ['dg-2022/1', '推进政务服务。', false],
      ['sw-2023/1', '', true],
      ['sw-2023/2', '', true],
    ]);
  });
});
