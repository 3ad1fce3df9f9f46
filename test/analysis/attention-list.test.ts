import { describe, expect, it } from 'vitest';
import { attentionList, leadUnitOf, shortText } from '../../src/analysis/attention-list.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { makeDataset, makeDeadline, makeTask } from './make-task.ts';

const due = (no: string, date: string | null, extra = {}) =>
  makeTask({ no, deadline: makeDeadline({ due: date, raw: date ?? '长期推进', ongoing: date === null }), ...extra });

describe('attentionList', () => {
  const rows = toTaskRows([
    makeDataset({
      tasks: [
        due('1', '2025-01-31'),
        due('2', '2025-06-30'),
        due('3', '2025-07-10'),
        due('4', '2025-07-01'),
        due('5', '2026-01-31'),
        due('6', null),
        due('7', '2025-09-28'),
      ],
    }),
  ]);

  it('lists passed deadlines (fewest days past first), then tasks due soon (fewest days left first); later and undated tasks are left out', () => {
    const items = attentionList(rows, '2025-07-01');
    expect(items.map((i) => [i.taskId, i.kind, i.days])).toEqual([
      ['x-2021/2', 'passed', 1],
      ['x-2021/1', 'passed', 151],
      ['x-2021/4', 'dueSoon', 0],
      ['x-2021/3', 'dueSoon', 9],
      ['x-2021/7', 'dueSoon', 89],
    ]);
  });

  it('names the region, the lead unit and the due date of each item', () => {
    const [first] = attentionList(rows, '2025-07-01');
    expect(first).toMatchObject({ region: '甲市', lead: '公共服务办', due: '2025-06-30', title: '推进政务服务。' });
  });

  it('honours a shorter soon window', () => {
    expect(attentionList(rows, '2025-07-01', { soonDays: 30 }).map((i) => i.taskId)).toEqual(['x-2021/2', 'x-2021/1', 'x-2021/4', 'x-2021/3']);
  });

  it('gives nothing for an unreadable as-of date', () => {
    expect(attentionList(rows, 'today')).toEqual([]);
  });
});

describe('shortText and leadUnitOf', () => {
  it('cuts long text with an ellipsis and keeps short text whole', () => {
    expect(shortText('一二三四五六', 4)).toBe('一二三…');
    expect(shortText(' 一二\n三 ', 4)).toBe('一二 三');
  });

  it('prefers the lead unit, then a responsible one, then any', () => {
    expect(leadUnitOf(makeTask({ units: [{ name: '甲', role: 'support' }, { name: '乙', role: 'responsible' }, { name: '丙', role: 'lead' }] }))).toBe('丙');
    expect(leadUnitOf(makeTask({ units: [{ name: '甲', role: 'support' }, { name: '乙', role: 'responsible' }] }))).toBe('乙');
    expect(leadUnitOf(makeTask({ units: [{ name: '甲', role: 'support' }] }))).toBe('甲');
    expect(leadUnitOf(makeTask({ units: [] }))).toBeNull();
  });
});
