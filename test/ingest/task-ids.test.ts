import { describe, expect, it } from 'vitest';
import { assignTaskIds, slugTaskNo } from '../../src/ingest/task-ids.ts';

describe('ingest/task-ids', () => {
  it.each([
    ['1', '1'],
    ['28 ', '28'],
    ['(3)', '3'],
    ['（十一）', '11'],
    ['(二十三)', '23'],
    ['1.2', '1.2'],
    ['1．', '1'],
    [null, null],
    ['()', null],
  ])('slugTaskNo(%j) → %j', (no, slug) => {
    expect(slugTaskNo(no)).toBe(slug);
  });

  it('assignTaskIds uses printed numbers when all are printed and distinct', () => {
    expect(assignTaskIds('a-2021', [{ no: '1', path: [] }, { no: '2', path: [] }])).toEqual(['a-2021/1', 'a-2021/2']);
  });

  it('assignTaskIds numbers by position when no number is printed', () => {
    expect(assignTaskIds('d', [{ no: null, path: ['x'] }, { no: null, path: ['y'] }])).toEqual(['d/1', 'd/2']);
  });

  it('assignTaskIds prefixes the section position when numbers restart per section', () => {
    const tasks = [
      { no: null, path: ['任务分工', '进一网'] },
      { no: '(1)', path: ['任务分工', '进一网'] },
      { no: '(1)', path: ['任务分工', '进一门'] },
      { no: '(1)', path: ['任务分工', '进一门'] },
    ];
    expect(assignTaskIds('x', tasks)).toEqual(['x/1-0', 'x/1-1', 'x/2-1', 'x/2-1-2']);
  });
});

describe('ingest/task-ids full-width numbers', () => {
  it('slugTaskNo("（５）") → "5", like its half-width spelling', () => {
    expect(slugTaskNo('（５）')).toBe('5');
  });
});
