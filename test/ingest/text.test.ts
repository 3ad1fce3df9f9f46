import { describe, expect, it } from 'vitest';
import { squeezeSpace, toHalfWidth } from '../../src/ingest/text.ts';

describe('text', () => {
  it.each([
    ['２０２１年６月３０日', '2021年6月30日'],
    ['达到１００％', '达到100%'],
    ['Ｑ３ ｑ', 'Q3 q'],
    ['1．健全', '1.健全'],
    ['配比不低于1：1', '配比不低于1:1'],
    ['“互联网＋监管”', '“互联网+监管”'],
    ['\u3000附件', ' 附件'],
    ['（市、区）；，。', '（市、区）；，。'],
  ])('toHalfWidth(%j) → %j', (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });

  it.each([
    ['2022年12月\n\n底前', '2022年12月底前'],
    ['       各社区（村）、各有关单位', '各社区（村）、各有关单位'],
    ['人行X 市中心支行', '人行X市中心支行'],
    ['需达 100%', '需达100%'],
    ['\u3000a\u00a0b\tc', 'abc'],
    ['', ''],
  ])('squeezeSpace(%j) → %j', (input, expected) => {
    expect(squeezeSpace(input)).toBe(expected);
  });
});
