import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseLayout } from '../../../src/ingest/layouts/registry.ts';
import { labelledItemsReader } from '../../../src/ingest/layouts/labelled-items.ts';
import { parseUnits } from '../../../src/ingest/units.ts';
import { seedLines } from './read-lines.ts';

const seedsDir = join(import.meta.dirname, '../../../seeds');

/** Units of each task, as "name:role" strings. */
function unitsOf(lines: string[]): string[][] {
  return labelledItemsReader.read(lines).tasks.map((t) => parseUnits(t.unitCells).units.map((u) => `${u.name}:${u.role}`));
}

describe('labelled-items', () => {
  it.each(readdirSync(seedsDir).filter((f) => f.endsWith('.txt')))('never chosen for seeds/%s (its own reader scores higher)', (file) => {
    expect(chooseLayout(seedLines(file))?.reader.name).not.toBe('labelled-items');
  });

  it('(责任领导:…;牵头单位:…;责任单位:…) blocks, labels in any order, either width → units without the people, deadline from 完成时限', () => {
    const lines = [
      '某区2024年重点工作任务分工',
      '一、优化营商环境',
      '(一)推进政务服务“一网通办”。年内实现高频事项全程网办。(责任领导:张三;牵头单位:区政务服务局;责任单位:区发改局、各街道;完成时限:2024年6月底前)',
      '(二)深化工程建设项目审批改革。（牵头单位：区住建局；责任领导：李四；完成时限：9月底前；责任单位：区自然资源局）',
      '(三)开展信用修复专项行动。(责任单位:区发改局;牵头单位:区市场监管局)',
    ];
    const result = labelledItemsReader.read(lines);
    expect(result.tasks.map((t) => [t.no, t.path, t.deadlineRaw])).toEqual([
      ['(一)', ['优化营商环境'], '2024年6月底前'],
      ['(二)', ['优化营商环境'], '9月底前'],
      ['(三)', ['优化营商环境'], ''],
    ]);
    expect(result.tasks[0]!.text).toBe('推进政务服务“一网通办”。年内实现高频事项全程网办。');
    expect(unitsOf(lines)).toEqual([
      ['区政务服务局:lead', '区发改局:responsible', '各街道:responsible'],
      ['区住建局:lead', '区自然资源局:responsible'],
      ['区发改局:responsible', '区市场监管局:lead'],
    ]);
  });

  it('role lines after the item, "1、" numbering under "(一)" sections, 完成时限 on its own line', () => {
    const lines = [
      '一、重点任务',
      '(一)提升城市品质',
      '1、实施老旧小区改造。',
      '全年改造小区20个。',
      '牵头单位：县住建局',
      '配合单位：县财政局 县城管局',
      '完成时限：2023年12月底前',
      '2、推进雨污分流。',
      '责任领导：王五',
      '牵头单位：县水务局',
      '完成时限：11月份',
      '(二)保障民生',
      '3、新增托位300个。',
      '牵头单位:县卫健局',
    ];
    const result = labelledItemsReader.read(lines);
    expect(result.tasks.map((t) => [t.no, t.path, t.text, t.deadlineRaw])).toEqual([
      ['1', ['重点任务', '提升城市品质'], '实施老旧小区改造。全年改造小区20个。', '2023年12月底前'],
      ['2', ['重点任务', '提升城市品质'], '推进雨污分流。', '11月份'],
      ['3', ['重点任务', '保障民生'], '新增托位300个。', ''],
    ]);
    expect(unitsOf(lines)).toEqual([['县住建局:lead', '县财政局:support', '县城管局:support'], ['县水务局:lead'], ['县卫健局:lead']]);
    expect(result.furnitureLines).toEqual(expect.arrayContaining([12]));
  });

  it('"一是…" items and "(1)" items are read too', () => {
    const lines = [
      '一是加快产业升级。[牵头单位:区工信局]',
      '二是扩大有效投资。[牵头单位:区发改局;配合单位:区财政局]',
      '三是稳定就业。[责任单位:区人社局]',
    ];
    expect(labelledItemsReader.read(lines).tasks.map((t) => t.no)).toEqual(['一是', '二是', '三是']);
    const paren = ['(1)甲任务。〔牵头单位:A局〕', '(2)乙任务。〔牵头单位:B局〕'];
    expect(labelledItemsReader.read(paren).tasks.map((t) => [t.no, t.text])).toEqual([['(1)', '甲任务。'], ['(2)', '乙任务。']]);
  });

  it('full-width numbers and colons ("１．", "牵头单位：") → numbers folded, text as printed', () => {
    const lines = ['１．甲任务（２０２３年）。', '牵头单位：Ａ局', '２．乙任务。', '责任单位：Ｂ局'];
    const tasks = labelledItemsReader.read(lines).tasks;
    expect(tasks.map((t) => [t.no, t.text])).toEqual([['1', '甲任务（２０２３年）。'], ['2', '乙任务。']]);
  });

  it('an item with no labelled units after the first one → kept, with a malformed-row issue', () => {
    const lines = ['1.甲。', '牵头单位:A局', '2.乙。', '3.丙。', '牵头单位:C局'];
    const tasks = labelledItemsReader.read(lines).tasks;
    expect(tasks.map((t) => t.no)).toEqual(['1', '2', '3']);
    expect(tasks[1]!.issues.map((i) => i.code)).toEqual(['malformed-row']);
  });

  it('detect: 0 without labelled items, at least 0.5 with two or more', () => {
    expect(labelledItemsReader.detect(['一、总体要求', '(一)指导思想。坚持……'])).toBe(0);
    expect(labelledItemsReader.detect(['1.甲。', '牵头单位:A局', '2.乙。', '牵头单位:B局'])).toBeGreaterThanOrEqual(0.5);
  });
});
