import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../src/ingest/ingest-document.ts';
import type { Dataset } from '../../../src/model/schema.ts';

function ingest(text: string): Dataset {
  const result = ingestDocument('test.txt', text);
  if (!result.ok) throw new Error(result.message);
  return result.dataset;
}

const units = (d: Dataset, no: string) => d.tasks.find((t) => t.no === no)?.units.map((u) => `${u.name}|${u.role}`);
const codes = (d: Dataset, no: string) => d.warnings.filter((w) => w.taskId === d.tasks.find((t) => t.no === no)?.id).map((w) => w.code);

// Issue 9 d: a units bracket or label on a section heading, or closing a group, holds for the items that name none.
describe('units inherited from a heading or a group (labelled-items)', () => {
  it('"(一)强化……(牵头单位:市发改局)": items under it with no units take the heading\'s, warned; items with their own keep them', () => {
    const d = ingest(
      [
        '某市2023年重点任务分工方案',
        '一、重点任务',
        '(一)强化项目建设。(牵头单位:市发改局)',
        '1.推进重点项目开工。',
        '2.加快专项债券发行。(牵头单位:市财政局;责任单位:市发改局)',
        '(二)优化营商环境。(牵头单位:市政务服务局)',
        '3.推行“一网通办”。',
      ].join('\n'),
    );
    expect(d.tasks.map((t) => t.no)).toEqual(['1', '2', '3']);
    expect(units(d, '1')).toEqual(['市发改局|lead']);
    expect(codes(d, '1')).toContain('units-inherited');
    expect(units(d, '2')).toEqual(['市财政局|lead', '市发改局|responsible']);
    expect(codes(d, '2')).not.toContain('units-inherited');
    expect(units(d, '3')).toEqual(['市政务服务局|lead']);
    expect(d.tasks[0]!.path).toEqual(['重点任务', '强化项目建设']);
  });

  it('a units block on its own line after (1)…(3) holds for all three (运城市), warned on those that borrowed it', () => {
    const d = ingest(
      [
        '某市应急体系建设规划责任分解',
        '1.完善应急预案体系',
        '(1)加强应急预案管理。',
        '(2)推进应急预案“精编化”。',
        '(3)加强应急预案演练。',
        '(责任单位:市应急局、各县(市、区)人民政府)',
      ].join('\n'),
    );
    expect(d.tasks.map((t) => t.no)).toEqual(['(1)', '(2)', '(3)']);
    for (const no of ['(1)', '(2)', '(3)']) expect(units(d, no)).toEqual(['市应急局|responsible', '各县（市、区）人民政府|responsible']);
    expect(codes(d, '(1)')).toContain('units-inherited');
    expect(codes(d, '(3)')).not.toContain('units-inherited');
    expect(d.warnings.filter((w) => w.code === 'unplaced-line')).toEqual([]);
  });

  it('a deadline inside the item text: one → read; several → none, warned deadline-in-text (not also deadline-missing)', () => {
    const d = ingest(
      [
        '某县2024年重点工作任务分工方案',
        '1.完成老旧小区改造，2024年10月底前完成。(牵头单位:县住建局)',
        '2.6月底前完成摸底，9月底前完成验收。(牵头单位:县民政局)',
        '3.持续推进营商环境优化。(牵头单位:县发改局)',
      ].join('\n'),
    );
    const due = (no: string) => d.tasks.find((t) => t.no === no)?.deadline;
    expect(due('1')?.due).toBe('2024-10-31');
    expect(due('2')?.due).toBeNull();
    expect(codes(d, '2')).toEqual(['deadline-in-text']);
    expect(due('3')).toMatchObject({ due: null, ongoing: true });
  });

  it('unnumbered paragraphs after an item, each closing with its own units block, are tasks (no number), never dropped', () => {
    const d = ingest(
      [
        '某省重点工作部门分工的意见',
        '(一)推动经济稳定健康发展。',
        '发挥消费的基础作用。(省商务厅、省财政厅等负责)',
        '发挥投资的关键作用。(省发展改革委等负责)',
        '发挥出口的支撑作用。(省商务厅负责)',
        '详见某某网',
      ].join('\n'),
    );
    expect(d.tasks.map((t) => [t.no, t.source.line, t.units.map((u) => u.name).join('、')])).toEqual([
      ['(一)', 2, '省商务厅、省财政厅'],
      [null, 4, '省发展改革委'],
      [null, 5, '省商务厅'],
    ]);
    expect(d.warnings.filter((w) => w.code === 'unplaced-line')).toEqual([]);
  });
});
