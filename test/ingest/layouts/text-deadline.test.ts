import { describe, expect, it } from 'vitest';
import { deadlineInText } from '../../../src/ingest/layouts/text-deadline.ts';

// Issue 9 b: the deadline a prose item states inside its text.
describe('deadlineInText', () => {
  it.each([
    ['推进政务服务“一网通办”，2024年6月底前完成。', '2024年6月底前'],
    ['年底前出台实施细则。', '年底前'],
    ['6月底前完成摸底。', '6月底前'],
    ['2025年前建成覆盖全区的网络。', '2025年前'],
    ['同一个时间写两遍：2024年6月底前完成试点，2024年6月底前验收。', '2024年6月底前'],
  ])('one completion date: %s → %s, no doubt', (text, raw) => {
    expect(deadlineInText(text)).toEqual({ raw, doubt: null });
  });

  it.each([['持续推进营商环境优化。', '持续推进'], ['长期坚持“周调度”制度。', '长期坚持']])('ongoing wording: %s → %s', (text, raw) => {
    expect(deadlineInText(text)).toEqual({ raw, doubt: null });
  });

  it('several different completion dates → none picked, a doubt naming each', () => {
    const found = deadlineInText('2017年3月底前拨付经费。专项资金须于2017年6月底前下达60%以上、9月底前下达80%以上、11月底前全部下达到位。');
    expect(found.raw).toBe('');
    expect(found.doubt).toContain('“2017年3月底前”');
    expect(found.doubt).toContain('“11月底前”');
  });

  it('a completion date and a later target year → none picked, warned', () => {
    const found = deadlineInText('2023年6月底前出台方案，到2025年全面建成。');
    expect(found).toEqual({ raw: '', doubt: expect.stringContaining('“2025年”') });
  });

  it('only a target year ("到2025年，…达到…", a milestone "2017年开工建设") → that year, with a doubt', () => {
    expect(deadlineInText('到2025年，全区水环境质量明显改善。')).toEqual({ raw: '2025年', doubt: expect.stringContaining('目标年份') });
    expect(deadlineInText('2017年开工建设鄱(阳)余(干)高等级公路。').raw).toBe('2017年');
  });

  it('several target years → none picked, warned; a period with no date ("“十三五”末") → nothing', () => {
    expect(deadlineInText('2023年启动，2025年建成。')).toEqual({ raw: '', doubt: expect.stringContaining('多个年份') });
    expect(deadlineInText('“十三五”末三级以上县道比重稳步提升。')).toEqual({ raw: '', doubt: null });
    expect(deadlineInText('地区生产总值增长8.5%以上。')).toEqual({ raw: '', doubt: null });
  });
});

describe('deadlineInText: a date that qualifies a noun', () => {
  it('"对2020年底前建成的项目给予补贴" → no deadline, a doubt (the date says which projects, not when)', () => {
    expect(deadlineInText('对2020年底前建成的项目给予补贴。')).toEqual({ raw: '', doubt: expect.stringContaining('修饰') });
    expect(deadlineInText('2024年底前建成,投入使用。')).toEqual({ raw: '2024年底前', doubt: null });
  });
});
