import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../src/ingest/ingest-document.ts';

describe('cell per line: a header name wrapped over two lines is one column (象山泗洲头镇)', () => {
  const cells = [
    '序号', '重点工作', '责任', '领导', '责任', '科室', '攻坚目标', '任务', '工作任务安排', '第二季度', '完成情况',
    '1', '白仙山水库工程政策处理', '欧乾震', '白仙山水库工程政策处理工作领导小组', '完成项目政策处理工作。', '推进坟墓迁移工作。', '迁移进度达60%。',
    '2', '现代化美丽城镇', '吴宇凡', '乡村振兴办', '成功创建首批省级美丽城镇。', '开展项目建设。', '完成投资3000万元。',
  ];
  const result = ingestDocument('t.txt', ['某镇2024年度重点工作计划', '', ...cells.flatMap((c) => [c, ''])].join('\n'));

  it('责任 + 领导 is a person column and 责任 + 科室 the unit column; the unknown names ending the header stay columns', () => {
    if (!result.ok) throw new Error(result.message);
    const { tasks, warnings } = result.dataset;
    expect(tasks.map((t) => [t.no, t.path, t.units.map((u) => u.name)])).toEqual([
      ['1', ['白仙山水库工程政策处理'], ['白仙山水库工程政策处理工作领导小组']],
      ['2', ['现代化美丽城镇'], ['乡村振兴办']],
    ]);
    expect(tasks[0]?.text).toContain('责任领导：欧乾震');
    expect(tasks[0]?.text).toContain('第二季度完成情况：迁移进度达60%。');
    expect(warnings.map((w) => w.code)).not.toContain('malformed-row');
    expect(warnings.map((w) => w.code)).not.toContain('unplaced-line');
  });
});
