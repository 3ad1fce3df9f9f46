import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../src/ingest/ingest-document.ts';
import { describeTextTable } from '../../../src/ingest/sources/describe-text-table.ts';

describe('describeTextTable: a text table no reader could split names its header and what to do', () => {
  it('header cells one per line between "|" lines, spaces inside the names (长沙), no 序号 column', () => {
    const text = ['牵头单位', '| 目 标 任 务', '| 责 任 单 位', '|', '市政', '府办', '公厅', '| 强化行政监督', '| 市直各单位'];
    const message = describeTextTable(text) ?? '';
    expect(message).toContain('表头为“牵头单位 | 目标任务 | 责任单位”');
    expect(message).toContain('没有序号列');
    expect(message).toContain('.docx / .xlsx');
    expect(message).toContain('CSV 模板');
  });

  it('a "|" row naming an unknown column says which column', () => {
    const message = describeTextTable(['某表', '序号 | 工作任务 | 推进情况 | 责任科室']) ?? '';
    expect(message).toContain('第 2 行起找到表格');
    expect(message).toContain('第 3 列无法识别');
  });

  it('prose, or a text with no header → null', () => {
    expect(describeTextTable(['关于做好2023年工作的通知', '各单位：', '现将有关事项通知如下。'])).toBeNull();
  });

  it('the refusal of a text no layout reads carries it', () => {
    const result = ingestDocument('长沙.txt', ['牵头单位', '| 目 标 任 务', '| 责 任 单 位', '|', '市政', '府办', '公厅', '| 强化行政监督', '| 市直各单位'].join('\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/layout not recognised.*表头为“牵头单位 \| 目标任务 \| 责任单位”/s);
  });
});
