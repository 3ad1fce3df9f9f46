import { describe, expect, it, vi } from 'vitest';

// Building and reading workbooks and documents takes seconds on a busy shared machine.
vi.setConfig({ testTimeout: 30_000 });
import { ingestUploadFile, type UploadResult } from '../../../src/ingest/ingest-upload.ts';
import { readDocx } from '../../../src/ingest/sources/read-docx.ts';
import { buildDocx, zipDocx } from './table-fixtures.ts';

const none = { existingIds: [] };
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (inner: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${inner}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

function ok(result: UploadResult) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('ingest/sources/read-docx', () => {
  it('vMerge restart/continue → the merged cell marked "down" with the merge’s text; gridSpan → "right" copies', async () => {
    const body = `<w:tbl>${[
      tr(tc(p('序号')), tc(p('领域')), tc(p('具体任务')), tc(p('责任单位')), tc(p('完成时限'))),
      tr(tc(p('1')), tc(p('营商环境'), '<w:vMerge w:val="restart"/>'), tc(p('任务甲。')), tc(p('市发展改革局'), '<w:vMerge w:val="restart"/>'), tc(p('2023年6月'))),
      tr(tc(p('2')), tc(p(''), '<w:vMerge/>'), tc(p('任务乙。')), tc(p(''), '<w:vMerge/>'), tc(p('2023年9月'))),
      tr(tc(p('二、数字政府'), '<w:gridSpan w:val="5"/>')),
    ].join('')}</w:tbl>`;
    const doc = await readDocx(zipDocx(body));
    const rows = doc.tables[0]?.rows ?? [];
    expect(rows[2]?.cells.map((c) => [c.text, c.merged])).toEqual([
      ['2', null], ['营商环境', 'down'], ['任务乙。', null], ['市发展改革局', 'down'], ['2023年9月', null],
    ]);
    expect(rows[3]?.cells.map((c) => c.merged)).toEqual([null, 'right', 'right', 'right', 'right']);
  });

  it('a unit printed once in a merged cell → every row of the merge has it; a spanned heading row → the section of the rows below', async () => {
    const body = `<w:tbl>${[
      tr(tc(p('序号')), tc(p('具体任务')), tc(p('责任单位')), tc(p('完成时限'))),
      tr(tc(p('一、营商环境'), '<w:gridSpan w:val="4"/>')),
      tr(tc(p('1')), tc(p('任务甲。')), tc(p('市发展改革局'), '<w:vMerge w:val="restart"/>'), tc(p('2023年6月'))),
      tr(tc(p('2')), tc(p('任务乙。')), tc(p(''), '<w:vMerge/>'), tc(p('2023年9月'))),
    ].join('')}</w:tbl>`;
    const result = ok(await ingestUploadFile('m.docx', zipDocx(p('某县2023年营商环境任务分解表') + body), none));
    expect(result.dataset.tasks.map((t) => [t.no, t.path, t.units.map((u) => u.name)])).toEqual([
      ['1', ['营商环境'], ['市发展改革局']],
      ['2', ['营商环境'], ['市发展改革局']],
    ]);
  });

  it('multi-paragraph cells keep their paragraphs; a blank unit cell that Word did not merge stays blank (units-missing)', async () => {
    const table = {
      rows: [
        ['序号', '工作任务', '具体要求', '责任科室', '时限要求'],
        ['1', '优化服务', '第一段要求。\n第二段要求。', '行政审批科\n政务服务科', '2024年3月底前'],
        ['2', '优化服务', '第三段要求。', '', '2024年6月'],
      ],
      mergeDown: [1],
    };
    const result = ok(await ingestUploadFile('p.docx', buildDocx(['附件1', '某区2024年政务服务提升任务清单'], [table]), none));
    const [first, second] = result.dataset.tasks;
    expect(first).toMatchObject({ path: ['优化服务'], text: '第一段要求。\n第二段要求。', unitsRaw: '行政审批科、政务服务科' });
    expect(first?.units.map((u) => u.name)).toEqual(['行政审批科', '政务服务科']);
    expect(second?.units).toEqual([]);
    expect(result.dataset.warnings.some((w) => w.taskId === second?.id && w.code === 'units-missing')).toBe(true);
    expect(result.dataset.title).toBe('某区2024年政务服务提升任务清单');
  });

  it('several tables: the header repeated on each page is skipped; a continuation table without header uses the first one’s columns', async () => {
    const header = ['序号', '具体任务', '牵头单位', '完成时限'];
    const first = { rows: [header, ['1', '任务甲。', '市财政局', '2023年6月'], header, ['2', '任务乙。', '市税务局', '2023年7月']] };
    const second = { rows: [['3', '任务丙。', '市商务局', '2023年8月']], headerRows: 0 };
    const result = ok(await ingestUploadFile('s.docx', buildDocx(['某市2023年任务清单'], [first, second]), none));
    expect(result.dataset.tasks.map((t) => [t.no, t.units[0]?.name, t.deadline.due])).toEqual([
      ['1', '市财政局', '2023-06-30'],
      ['2', '市税务局', '2023-07-31'],
      ['3', '市商务局', '2023-08-31'],
    ]);
  });

  it('a header over two rows (责任单位 merged over 牵头单位 | 配合单位) → the sub-header names the unit columns', async () => {
    const body = `<w:tbl>${[
      tr(tc(p('序号'), '<w:vMerge w:val="restart"/>'), tc(p('任务内容'), '<w:vMerge w:val="restart"/>'), tc(p('责任单位'), '<w:gridSpan w:val="2"/>'), tc(p('完成时限'), '<w:vMerge w:val="restart"/>')),
      tr(tc(p(''), '<w:vMerge/>'), tc(p(''), '<w:vMerge/>'), tc(p('牵头单位')), tc(p('配合单位')), tc(p(''), '<w:vMerge/>')),
      tr(tc(p('1')), tc(p('任务甲。')), tc(p('县住建局')), tc(p('县财政局')), tc(p('2023年底'))),
    ].join('')}</w:tbl>`;
    const result = ok(await ingestUploadFile('h.docx', zipDocx(body), none));
    expect(result.dataset.tasks[0]?.units).toEqual([
      { name: '县住建局', role: 'lead' },
      { name: '县财政局', role: 'support' },
    ]);
  });

  it('a .docx with no table → its paragraphs go to the prose readers', async () => {
    const prose = [
      '某区推进政务服务改革工作方案',
      '一、重点任务',
      '（一）推进一网通办。2023年底前实现事项全部网上可办。（牵头单位：区政务服务数据管理局，配合单位：区各有关单位，完成时限：2023年12月底前）',
      '（二）推进一窗综办。全面推行综合窗口。（牵头单位：区政务服务数据管理局，完成时限：2023年9月底前）',
    ];
    const result = await ingestUploadFile('prose.docx', buildDocx(prose, []), none);
    expect(result.ok && result.dataset.tasks.length).toBe(2);
  });

  it('a table whose header it cannot read → refused, naming the header found and what to do', async () => {
    const table = { rows: [['项目', '金额', '经办'], ['甲', '100', '张三']] };
    const result = await ingestUploadFile('x.docx', buildDocx(['说明'], [table]), none);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('表头为“项目 | 金额 | 经办”');
      expect(result.message).toContain('CSV 模板');
    }
  });
});
