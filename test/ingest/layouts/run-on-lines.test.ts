import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../src/ingest/ingest-document.ts';
import { proseItemsReader } from '../../../src/ingest/layouts/prose-items.ts';

// Issue 9 c: every prose reader splits numbered items run together on one line (a page that lost its line breaks).
describe('run-on items in the prose-items reader', () => {
  const lines = [
    '某区2023年重点任务分工方案',
    '二、主要任务',
    '(一)数据支撑。完善平台。(牵头单位:区政数局,完成时限:2023年6月底前)(二)窗口服务。推行综合窗口。(牵头单位:区政务中心,完成时限:2023年12月底前)(三)帮办代办。(牵头单位:区发改局,完成时限:长期推进)',
  ];

  it('reads the three items of one line, each on that line, with its own units and deadline', () => {
    const result = proseItemsReader.read(lines);
    expect(result.tasks.map((t) => [t.no, t.line, t.deadlineRaw])).toEqual([
      ['(一)', 3, '2023年6月底前'],
      ['(二)', 3, '2023年12月底前'],
      ['(三)', 3, '长期推进'],
    ]);
    expect(proseItemsReader.detect(lines)).toBeGreaterThanOrEqual(0.5);
  });

  it('the whole ingest accounts for every line (nothing unplaced) and keeps the source line', () => {
    const result = ingestDocument('run-on.txt', lines.join('\n'));
    if (!result.ok) throw new Error(result.message);
    expect(result.dataset.tasks.map((t) => t.source.line)).toEqual([3, 3, 3]);
    expect(result.dataset.warnings.filter((w) => w.code === 'unplaced-line')).toEqual([]);
  });

  it('sub-points inside one item ("1.…;2.…" with one units block) stay one item', () => {
    const one = ['(一)数据支撑。1.完善平台;2.打通系统。(牵头单位:区政数局,完成时限:2023年6月底前)', '(二)窗口服务。(牵头单位:区政务中心,完成时限:2023年12月底前)'];
    expect(proseItemsReader.read(one).tasks.map((t) => t.no)).toEqual(['(一)', '(二)']);
  });

  it('"一是…(牵头单位:…)。二是…(…)三是…(…)" inside one (一) item: three tasks under the (一) heading, each with its units and deadline', () => {
    const text = [
      '某县2023年优化营商环境工作方案',
      '一、重点任务',
      '(一)提升政务服务效能。一是推行“一网通办”,2023年6月底前实现80%事项网上可办(牵头单位:县政务服务中心)。二是深化“证照分离”改革,持续推进。(牵头单位:县市场监管局)三是年底前建成县级数据共享平台。(牵头单位:县数据局;配合单位:县财政局)',
    ].join('\n');
    const result = ingestDocument('yishi.txt', text);
    if (!result.ok) throw new Error(result.message);
    expect(result.dataset.tasks.map((t) => [t.no, t.path.at(-1), t.deadline.due, t.units.map((u) => `${u.name}|${u.role}`).join(' ')])).toEqual([
      ['一是', '提升政务服务效能', '2023-06-30', '县政务服务中心|lead'],
      ['二是', '提升政务服务效能', null, '县市场监管局|lead'],
      ['三是', '提升政务服务效能', '2023-12-31', '县数据局|lead 县财政局|support'],
    ]);
  });
});
