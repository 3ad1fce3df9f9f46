import { describe, expect, it, vi } from 'vitest';

// Building and reading workbooks and documents takes seconds on a busy shared machine.
vi.setConfig({ testTimeout: 30_000 });
import { ingestUploadFile, type UploadResult } from '../../../src/ingest/ingest-upload.ts';
import { decodeHtml, readHtml } from '../../../src/ingest/sources/read-html.ts';
import { buildHtml, gbk } from './table-fixtures.ts';

const none = { existingIds: [] };
const utf8 = (s: string) => new TextEncoder().encode(s);

function ok(result: UploadResult) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('ingest/sources/read-html', () => {
  it('rowspan → cells marked "down" with the spanning text; colspan → "right"; nested tables are text of their cell', () => {
    const html = `<table><tr><th>序号</th><th>领域</th><th>具体任务</th><th>责任单位</th></tr>
      <tr><td>1</td><td rowspan="2">营商环境</td><td>任务甲<table><tr><td>附表</td></tr></table></td><td>市财政局</td></tr>
      <tr><td>2</td><td>任务乙</td><td>市税务局</td></tr>
      <tr><td colspan="4">二、数字政府</td></tr></table>`;
    const doc = readHtml(utf8(html));
    const rows = doc.tables[0]?.rows ?? [];
    expect(doc.tables).toHaveLength(1);
    expect(rows[1]?.cells[2]?.text).toBe('任务甲\n附表');
    expect(rows[2]?.cells.map((c) => [c.text, c.merged])).toEqual([['2', null], ['营商环境', 'down'], ['任务乙', null], ['市税务局', null]]);
    expect(rows[3]?.cells.map((c) => c.merged)).toEqual([null, 'right', 'right', 'right']);
  });

  it('charset from <meta charset="gbk"> → decoded as GB18030; the task table is found among navigation tables', async () => {
    const table = { rows: [['序号', '工作任务', '责任单位', '完成时限'], ['1', '推进政务服务标准化。', '县政务服务中心', '2023年12月']] };
    const bytes = gbk(buildHtml(['某县2023年政务服务任务清单'], table, 'gbk'));
    expect(decodeHtml(bytes).encoding).toBe('gb18030');
    const result = ok(await ingestUploadFile('page.htm', bytes, none));
    expect(result.encoding).toBe('gb18030');
    expect(result.dataset.tasks.map((t) => [t.text, t.units[0]?.name, t.deadline.due])).toEqual([['推进政务服务标准化。', '县政务服务中心', '2023-12-31']]);
  });

  it('a footer table as wide as the task table after it → not read as more tasks', async () => {
    const html = `<table><tr><th>序号</th><th>具体任务</th><th>责任单位</th><th>完成时限</th></tr><tr><td>1</td><td>任务甲。</td><td>县财政局</td><td>2023年6月</td></tr></table>
      <table><tr><td>网站地图</td><td>联系我们</td><td>主办单位：某县人民政府</td><td>备案号</td></tr></table>`;
    const result = ok(await ingestUploadFile('f.html', utf8(html), none));
    expect(result.dataset.tasks.map((t) => t.text)).toEqual(['任务甲。']);
  });

  it('a page without a meta charset → UTF-8 when the bytes are UTF-8', () => {
    expect(decodeHtml(utf8('<p>任务</p>'))).toEqual({ text: '<p>任务</p>', encoding: 'utf-8' });
  });
});
