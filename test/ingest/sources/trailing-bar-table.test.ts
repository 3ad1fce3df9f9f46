import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../src/ingest/ingest-document.ts';

/**
 * A page table printed one cell per line, each cell closed by " |", a row's blank or merged-away cells as a line of
 * bars alone (安徽祁门's 民生实事 progress table, test/fixtures/generalisation-tables/anhui-qimen-2023-bar-lines.txt).
 */
function read(lines: string[]) {
  const result = ingestDocument('t.txt', lines.join('\n'));
  if (!result.ok) throw new Error(result.message);
  return result.dataset;
}

const HEADER = ['序号 |', '类别 |', '项目名称 |', '目标任务 |', '牵头单位 |', '累计完成 |', '备注 |'];

describe('cell per line, each cell ending in " |"', () => {
  it('a bars-only line ends the row: the next sub-row is not read into its columns, and the row is warned on its task', () => {
    const dataset = read([
      ...HEADER,
      '1 |', '一、就业促进(3项) |', '促进重点群体稳定就业 |', '城镇新增就业1100人 |', '县人社局 |', '1063 |', '|',
      // a second target of task 1, under its merged number, name and unit cells
      '“三公里”充分就业社区4个 |', '4 |', '|',
      '2 |', '支持毕业生求职创业 |', '发放求职创业补贴 |', '县人社局 |', '正在审核 |', '|',
    ]);
    expect(dataset.tasks.map((t) => [t.no, t.path, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['1', ['就业促进(3项)'], ['县人社局:lead']],
      ['2', ['就业促进(3项)'], ['县人社局:lead']],
    ]);
    // the sub-row is kept in task 1's text, and task 1 says its cells were placed by content
    expect(dataset.tasks[0]?.text).toContain('“三公里”充分就业社区4个');
    const task1 = dataset.warnings.filter((w) => w.taskId === dataset.tasks[0]?.id).map((w) => w.code);
    expect(task1).toContain('malformed-row');
  });

  it('a figure equal to the next row number ("7 | 7 | 100%") does not start a row', () => {
    const dataset = read([
      ...['序号 |', '项目名称 |', '目标任务 |', '牵头单位 |', '目标数 |', '累计完成 |', '累计进度 |', '备注 |'],
      '6 |', '加强公墓建设管理 |', '推进7个公墓新建 |', '县民政局 |', '7 |', '7 |', '100% |', '按照工程进度测算 |',
      '7 |', '企业职工退休一件事一次办理 |', '办理人次 |', '县人社局 |', '454 |', '|',
    ]);
    expect(dataset.tasks.map((t) => [t.no, t.units.map((u) => u.name)])).toEqual([
      ['6', ['县民政局']],
      ['7', ['县人社局']],
    ]);
  });
});
