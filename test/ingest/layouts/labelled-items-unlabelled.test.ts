import { describe, expect, it } from 'vitest';
import { labelledItemsReader } from '../../../src/ingest/layouts/labelled-items.ts';
import { chooseLayout } from '../../../src/ingest/layouts/registry.ts';
import { parseUnits } from '../../../src/ingest/units.ts';

/** Units of each task, as "name:role" strings. */
function unitsOf(lines: string[]): string[][] {
  return labelledItemsReader.read(lines).tasks.map((t) => parseUnits(t.unitCells).units.map((u) => `${u.name}:${u.role}`));
}

describe('labelled-items: items closing with an unlabelled unit bracket', () => {
  const lines = [
    '某省人民政府关于印发若干措施的通知',
    '一、扩大有效投资',
    '1.加快推进重大项目建设。（省发展改革委牵头，省财政厅、省自然资源厅等按职责分工负责）',
    '2.落实项目用地保障(含2023年新增指标)。(省自然资源厅负责,2023年6月底前完成)',
    '3.优化审批服务。（省政务服务中心牵头，各市县政府配合，持续推进）。',
  ];

  it('is chosen, and each bracket gives its units with roles and its deadline', () => {
    expect(chooseLayout(lines)?.reader.name).toBe('labelled-items');
    const tasks = labelledItemsReader.read(lines).tasks;
    expect(tasks.map((t) => [t.no, t.path, t.deadlineRaw])).toEqual([
      ['1', ['扩大有效投资'], ''],
      ['2', ['扩大有效投资'], '2023年6月底前完成'],
      ['3', ['扩大有效投资'], '持续推进'],
    ]);
    expect(unitsOf(lines)).toEqual([
      ['省发展改革委:lead', '省财政厅:responsible', '省自然资源厅:responsible'],
      ['省自然资源厅:responsible'],
      ['省政务服务中心:lead', '各市县政府:support'],
    ]);
  });

  it('a bracket that is not units stays in the text', () => {
    const tasks = labelledItemsReader.read(lines).tasks;
    expect(tasks[0]!.text).toBe('加快推进重大项目建设。');
    expect(tasks[1]!.text).toBe('落实项目用地保障(含2023年新增指标)。');
  });

  it('a run-on line of consecutive items is split into them, all on the line they were printed on', () => {
    const runOn = ['通知 一、扩大有效投资 1.加快推进重大项目建设。(省发展改革委牵头) 2.优化审批服务。(省政务服务中心负责)'];
    const tasks = labelledItemsReader.read(runOn).tasks;
    expect(tasks.map((t) => [t.no, t.path, t.text, t.line])).toEqual([
      ['1', ['扩大有效投资'], '加快推进重大项目建设。', 1],
      ['2', ['扩大有效投资'], '优化审批服务。', 1],
    ]);
  });

  it('a line of sub-points without unit brackets is not split', () => {
    const subPoints = ['(一)加强监管。1.开展检查;2.通报结果。(牵头单位:市市场监管局)', '(二)强化宣传。(牵头单位:市委宣传部)'];
    expect(labelledItemsReader.read(subPoints).tasks.map((t) => t.no)).toEqual(['(一)', '(二)']);
  });
});
