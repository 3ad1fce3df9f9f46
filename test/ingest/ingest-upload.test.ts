import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestUpload, MAX_UPLOAD_BYTES, uniqueDatasetId, type UploadResult } from '../../src/ingest/ingest-upload.ts';
import { DatasetSchema } from '../../src/model/schema.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/upload/${name}`, import.meta.url)));
const seed = (name: string) => new Uint8Array(readFileSync(new URL(`../../seeds/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const none = { existingIds: [] };

function okResult(result: UploadResult) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('ingest/ingest-upload', () => {
  it('ingestUpload("template-zh.csv", UTF-8 BOM bytes) → a valid dataset, region from the column, source = file name', () => {
    const result = okResult(ingestUpload('template-zh.csv', fixture('template-zh.csv'), none));
    expect(DatasetSchema.parse(result.dataset)).toEqual(result.dataset);
    expect(result).toMatchObject({ encoding: 'utf-8-bom', format: 'csv' });
    expect(result.dataset).toMatchObject({ id: 'gangkou', region: '中山市港口镇', title: 'template-zh', source: 'template-zh.csv' });
    expect(result.dataset.tasks.map((t) => [t.id, t.source])).toEqual([
      ['gangkou/1', { file: 'template-zh.csv', line: 2 }],
      ['gangkou/2', { file: 'template-zh.csv', line: 4 }],
      ['gangkou/4', { file: 'template-zh.csv', line: 8 }],
    ]);
    expect(result.summary).toMatchObject({ layout: 'csv-template', tasks: 3 });
  });

  it('ingestUpload(template-zh.csv) → units, deadline and indicators by the same normalisers as the .txt ingest', () => {
    const [first] = okResult(ingestUpload('template-zh.csv', fixture('template-zh.csv'), none)).dataset.tasks;
    expect(first?.units).toEqual([
      { name: '公共服务办', role: 'lead' },
      { name: '各有关单位', role: 'support', collective: true },
    ]);
    expect(first?.deadline).toMatchObject({ due: '2021-06-30', precision: 'month' });
    expect(first?.indicators.map((i) => [i.value, i.unit])).toEqual([[100, '%']]);
  });

  it('ingestUpload(template-zh.csv) → each unreadable row is a malformed-row warning with its line, and in rowErrors', () => {
    const result = okResult(ingestUpload('template-zh.csv', fixture('template-zh.csv'), none));
    expect(result.rowErrors.map((e) => e.line)).toEqual([7]);
    expect(result.dataset.warnings.filter((w) => w.code === 'malformed-row').map((w) => [w.line, w.taskId])).toEqual([[7, null]]);
    expect(result.dataset.warnings.map((w) => w.code)).not.toContain('unplaced-line');
  });

  it('ingestUpload(CSV with a cell line that reads like a signature date) → published stays null, no deadline-before-published', () => {
    const text = '任务,完成时限\n"推进一网通办。\n2022年1月1日\n另起一段。",2021年6月底前\n';
    const result = okResult(ingestUpload('x.csv', utf8(text), none));
    expect(result.dataset).toMatchObject({ published: null, issuer: null, docNumber: null, title: 'x' });
    expect(result.dataset.warnings.map((w) => w.code)).not.toContain('deadline-before-published');
  });

  it('ingestUpload(GBK CSV) → decoded as gb18030; no region column → 未注明地区 and a region-unknown warning', () => {
    const result = okResult(ingestUpload('template-gbk.csv', fixture('template-gbk.csv'), none));
    expect(result.encoding).toBe('gb18030');
    expect(result.dataset.region).toBe('未注明地区');
    expect(result.dataset.warnings.map((w) => w.code)).toEqual(['region-unknown']);
    expect(result.dataset.tasks[0]?.units.map((u) => [u.name, u.role])).toEqual([
      ['政务服务数据管理局', 'lead'],
      ['各有关单位', 'support'],
    ]);
  });

  it('ingestUpload(UTF-16LE tab-separated .txt, Excel "Unicode text") → read as the CSV template', () => {
    const result = okResult(ingestUpload('template-unicode.txt', fixture('template-unicode.txt'), none));
    expect(result).toMatchObject({ encoding: 'utf-16le', format: 'csv' });
    expect(result.dataset.tasks.map((t) => t.text)).toEqual(['推进一网通办。']);
  });

  it('ingestUpload(a seed .txt) → the same tasks as the CLI ingest, with a fresh id when the published one is taken', () => {
    const result = okResult(ingestUpload('000_55f74f2804de3fe7.txt', seed('000_55f74f2804de3fe7.txt'), { existingIds: ['gangkou-2021'] }));
    expect(result).toMatchObject({ format: 'text', encoding: 'utf-8' });
    expect(result.dataset.id).toBe('gangkou-2021-upload');
    expect(result.dataset.source).toBe('000_55f74f2804de3fe7.txt');
    expect(result.dataset.tasks).toHaveLength(31);
    expect(result.dataset.tasks.every((t) => t.id.startsWith('gangkou-2021-upload/'))).toBe(true);
    expect(result.summary.id).toBe('gangkou-2021-upload');
  });

  it('ingestUpload(a seed re-encoded as GB18030 with CRLF) → the same tasks as the UTF-8 seed', () => {
    const text = readFileSync(new URL('../../seeds/000_55f74f2804de3fe7.txt', import.meta.url), 'utf8');
    const gb = new Uint8Array(readFileSync(new URL('../fixtures/upload/seed-000-head-gb18030.txt', import.meta.url)));
    const viaGb = okResult(ingestUpload('head.txt', gb, none));
    const viaUtf8 = okResult(ingestUpload('head.txt', utf8(text.split('\n').slice(0, 38).join('\n')), none));
    expect(viaGb.encoding).toBe('gb18030');
    expect(viaGb.dataset.tasks).toEqual(viaUtf8.dataset.tasks);
  });

  it.each([
    ['x.csv', utf8('序号,备注\n1,2'), /^x\.csv: 无法识别的列名“备注”/],
    ['x.csv', utf8('任务,完成时限\n,2021年底前\n'), /^x\.csv: 没有读到任何任务.*第 2 行：缺少任务内容/],
    ['x.txt', utf8('这不是任务表\n只是两行字'), /^x\.txt: .*layout not recognised/],
    ['x.txt', utf8('  \n '), /^x\.txt: 文件是空的/],
    ['x.txt', new Uint8Array(), /^x\.txt: 文件是空的/],
    ['x.xlsx', utf8('任务\nA'), /^x\.xlsx: 不是文本文件/],
    ['x.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), /^x\.csv: 不是文本文件/],
    ['x.txt', new Uint8Array([0x61, 0x00, 0x62, 0x00]), /^x\.txt: 文件含有二进制内容/],
  ])('ingestUpload(%j, …) → { ok: false } with a message naming the file', (name, bytes, message) => {
    const result = ingestUpload(name, bytes, none);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('ingestUpload of a file over MAX_UPLOAD_BYTES → refused before decoding', () => {
    const result = ingestUpload('big.txt', new Uint8Array(MAX_UPLOAD_BYTES + 1), none);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^big\.txt: 文件过大/) });
  });

  it('ingestUpload("x.csv") whose rows all fail → rowErrors still listed by line', () => {
    const result = ingestUpload('x.csv', utf8('任务,完成时限\n,a\n,b,c\n'), none);
    expect(result.ok).toBe(false);
    expect(result.rowErrors.map((e) => e.line)).toEqual([2, 3]);
  });

  it.each([
    ['gangkou-2021', [], 'gangkou-2021'],
    ['gangkou-2021', ['gangkou-2021'], 'gangkou-2021-upload'],
    ['gangkou-2021', ['gangkou-2021', 'gangkou-2021-upload'], 'gangkou-2021-upload-2'],
    ['a', ['a', 'a-upload', 'a-upload-2'], 'a-upload-3'],
  ])('uniqueDatasetId(%j, %j) → %j', (id, existing, expected) => {
    expect(uniqueDatasetId(id, existing)).toBe(expected);
  });
});
