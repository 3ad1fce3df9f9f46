import { describe, expect, it } from 'vitest';
import {
  closingParenEnd,
  isUnitLabelStart,
  splitLabelledUnits,
} from '../../../src/ingest/layouts/unit-labels.ts';

describe('unit-labels', () => {
  it.each([
    {
      input: '(牵头单位:市政务服务数据管理局,配合单位:各县(市、区)政府(管委会),市有关单位,完成时限:长期推进)',
      cells: [
        { text: '市政务服务数据管理局', role: 'lead' },
        { text: '各县(市、区)政府(管委会),市有关单位', role: 'support' },
      ],
      deadlineRaw: '长期推进',
      unitsRaw: '牵头单位:市政务服务数据管理局,配合单位:各县(市、区)政府(管委会),市有关单位',
    },
    {
      input: '(牵头单位:市政务服务数据管理局、公共资源交易中心,配合单位:市财政局,完成时限:2021年8月)',
      cells: [
        { text: '市政务服务数据管理局、公共资源交易中心', role: 'lead' },
        { text: '市财政局', role: 'support' },
      ],
      deadlineRaw: '2021年8月',
      unitsRaw: '牵头单位:市政务服务数据管理局、公共资源交易中心,配合单位:市财政局',
    },
    {
      input: '(牵头单位:市编办,责任单位:市有关单位,各县区政府、市管各园区管委会)',
      cells: [
        { text: '市编办', role: 'lead' },
        { text: '市有关单位,各县区政府、市管各园区管委会', role: 'responsible' },
      ],
      deadlineRaw: null,
      unitsRaw: '牵头单位:市编办,责任单位:市有关单位,各县区政府、市管各园区管委会',
    },
    {
      // seeds/004…, lines 70–71
      input: '(牵头\n单位:市政务服务中心,责任单位:市有关单位)',
      cells: [
        { text: '市政务服务中心', role: 'lead' },
        { text: '市有关单位', role: 'responsible' },
      ],
      deadlineRaw: null,
      unitsRaw: '牵头单位:市政务服务中心,责任单位:市有关单位',
    },
    {
      // seeds/004…, lines 48–49
      input: '(牵头单位:市政府办公室,责任单位:市公安局、市人力资源\n社会保障局)',
      cells: [
        { text: '市政府办公室', role: 'lead' },
        { text: '市公安局、市人力资源社会保障局', role: 'responsible' },
      ],
      deadlineRaw: null,
      unitsRaw: '牵头单位:市政府办公室,责任单位:市公安局、市人力资源社会保障局',
    },
    {
      input: '（牵头单位：市发展改革委；配合单位：市工商局；完成时限：2021年底前）',
      cells: [
        { text: '市发展改革委', role: 'lead' },
        { text: '市工商局', role: 'support' },
      ],
      deadlineRaw: '2021年底前',
      unitsRaw: '牵头单位：市发展改革委；配合单位：市工商局',
    },
    {
      input: '(市政务服务数据管理局)',
      cells: [{ text: '市政务服务数据管理局', role: null }],
      deadlineRaw: null,
      unitsRaw: '市政务服务数据管理局',
    },
    {
      input: '牵头单位:市“四最”办,责任单位:各级政务服务部门',
      cells: [
        { text: '市“四最”办', role: 'lead' },
        { text: '各级政务服务部门', role: 'responsible' },
      ],
      deadlineRaw: null,
      unitsRaw: '牵头单位:市“四最”办,责任单位:各级政务服务部门',
    },
  ])('splitLabelledUnits($input) → $cells.length cells, deadline $deadlineRaw', ({ input, cells, deadlineRaw, unitsRaw }) => {
    expect(splitLabelledUnits(input)).toEqual({ cells, deadlineRaw, unitsRaw });
  });

  it('splitLabelledUnits("(牵头单位:市编办,责任单位:市有") → read as far as it goes', () => {
    expect(splitLabelledUnits('(牵头单位:市编办,责任单位:市有')).toEqual({
      cells: [
        { text: '市编办', role: 'lead' },
        { text: '市有', role: 'responsible' },
      ],
      deadlineRaw: null,
      unitsRaw: '牵头单位:市编办,责任单位:市有',
    });
  });

  it('splitLabelledUnits("(A)(B)") keeps both brackets: they are not one outer pair', () => {
    expect(splitLabelledUnits('(A)(B)').cells).toEqual([{ text: '(A)(B)', role: null }]);
  });

  it.each([
    ['牵头单位:市编办', true],
    ['牵头\n单位：市编办', true],
    ['责任部门:市编办', true],
    ['第一批)', false],
    ['管委会)', false],
  ])('isUnitLabelStart(%j) → %s', (text, expected) => {
    expect(isUnitLabelStart(text)).toBe(expected);
  });

  it.each([
    ['(a(b)c)d', 0, 7],
    ['x（a(b)）', 1, 7],
    ['(a(b', 0, -1],
  ])('closingParenEnd(%j, %i) → %i', (text, open, expected) => {
    expect(closingParenEnd(text, open)).toBe(expected);
  });
});
