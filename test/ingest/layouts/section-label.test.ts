import { describe, expect, it } from 'vitest';
import { formatSectionLabel } from '../../../src/ingest/layouts/section-label.ts';

describe('ingest/layouts/section-label', () => {
  it.each([
    ['一、推进政务服务标准化', '推进政务服务标准化'],
    ['(一)推进政务服务事项标准化', '推进政务服务事项标准化'],
    ['（二）推广“免证办”服务', '推广“免证办”服务'],
    ['1．健全落实系列标准制度', '健全落实系列标准制度'],
    ['1.健全落实系列标准制度', '健全落实系列标准制度'],
    ['2、推动事项标准管理', '推动事项标准管理'],
    ['(一)“进一网”。', '“进一网”'],
    ['2023年工作要点', '2023年工作要点'],
    ['1.5倍提速', '1.5倍提速'],
  ])('formatSectionLabel(%j) → %j', (label, expected) => {
    expect(formatSectionLabel(label)).toBe(expected);
  });
});
