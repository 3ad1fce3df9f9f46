import { describe, expect, it } from 'vitest';
import { splitRunOnLine } from '../../../src/ingest/layouts/run-on-items.ts';

describe('splitRunOnLine: numbered items run together on one line', () => {
  it('consecutive "1." "2." "3." are split, with the lone headings before them', () => {
    const line = '通知正文。 一、加快提振市场信心 (一)全面促进消费增长。 1.把恢复消费摆在优先位置。(省商务厅负责) 2.落实措施。(省发展改革委牵头)3.激活市场。(省住房城乡建设厅负责)';
    expect(splitRunOnLine(line)).toEqual([
      '通知正文。',
      '一、加快提振市场信心',
      '(一)全面促进消费增长。',
      '1.把恢复消费摆在优先位置。(省商务厅负责)',
      '2.落实措施。(省发展改革委牵头)',
      '3.激活市场。(省住房城乡建设厅负责)',
    ]);
  });

  it('(一)(二) run together are split too', () => {
    expect(splitRunOnLine('(一)做好甲。(市财政局负责)(二)做好乙。(市商务局负责)')).toEqual([
      '(一)做好甲。(市财政局负责)',
      '(二)做好乙。(市商务局负责)',
    ]);
  });

  it('numbers that are not consecutive do not split', () => {
    const line = '1.推进改革,完成3.任务。 5.其他事项。';
    expect(splitRunOnLine(line)).toEqual([line]);
  });

  it('decimals and numbers inside a sentence do not split', () => {
    const line = '1.增长2.5%以上,力争3.0%。';
    expect(splitRunOnLine(line)).toEqual([line]);
    expect(splitRunOnLine('城镇登记失业率控制在4.5%以内,新增就业1.2万人')).toEqual(['城镇登记失业率控制在4.5%以内,新增就业1.2万人']);
  });

  it('a lone "一、" after a non-space character does not split', () => {
    const line = '坚持统一、规范、高效的原则';
    expect(splitRunOnLine(line)).toEqual([line]);
  });
});

describe('splitRunOnLine on a huge line', () => {
  it('999 consecutive items among 30,000 numbers on one line are all split (one pass, no quadratic search)', () => {
    const noise = Array.from({ length: 30_000 }, (_, i) => `。${(i % 7) + 1}.`).join('');
    const items = Array.from({ length: 999 }, (_, i) => `${i + 1}.任务${i + 1}。(市财政局负责)`).join(' ');
    expect(splitRunOnLine(`${items} ${noise}`).length).toBeGreaterThanOrEqual(999);
  });
});
