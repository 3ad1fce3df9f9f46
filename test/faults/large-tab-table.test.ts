import { describe, expect, it } from 'vitest';
import { ingestUpload } from '../../src/ingest/ingest-upload.ts';

/** A tab-table document (the layout of seeds/002) with `rows` task rows. */
function tabTable(rows: number): string {
  const header = ['附件', '某市2022年专项行动主要任务分工表', '', '\t工作任务', '\t一级任务名称', '\t二级任务名称', '\t具体工作内容', '\t完成时限', '\t责任部门', ''];
  const body: string[] = [];
  for (let i = 0; i < rows; i++) {
    const first = i === 0;
    body.push(`\t${first ? '一、加强体系建设' : ''}`, `\t${first ? '1．健全制度' : ''}`, `\t第${i + 1}项任务`, `\t完成第${i + 1}项工作内容。`, '\t2022年6月', '\t市政务服务数据管理局负责', '');
  }
  return [...header, ...body].join('\n');
}

describe('faults: a large tab-table import', () => {
  it('ingestUpload(a 40,000-row tab-table .txt) → every row read, no "Maximum call stack size exceeded"', () => {
    const bytes = new TextEncoder().encode(tabTable(40_000));
    const result = ingestUpload('large.txt', bytes, { existingIds: [] });
    if (!result.ok) throw new Error(result.message);
    expect(result.dataset.tasks).toHaveLength(40_000);
    expect(result.dataset.tasks.at(-1)?.text).toContain('第40000项');
  }, 120_000);
});
