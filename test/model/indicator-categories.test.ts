import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDICATOR_CATEGORIES, OTHER_CATEGORY, categoriseMetric } from '../../src/model/indicator-categories.ts';
import { parseIndicators } from '../../src/ingest/indicators.ts';

describe('indicator-categories', () => {
  it('INDICATOR_CATEGORIES → 12 to 17 categories with unique ids and labels, 其他 last', () => {
    expect(INDICATOR_CATEGORIES.length).toBeGreaterThanOrEqual(12);
    expect(INDICATOR_CATEGORIES.length).toBeLessThanOrEqual(17);
    expect(new Set(INDICATOR_CATEGORIES.map((c) => c.id)).size).toBe(INDICATOR_CATEGORIES.length);
    expect(new Set(INDICATOR_CATEGORIES.map((c) => c.zh)).size).toBe(INDICATOR_CATEGORIES.length);
    expect(INDICATOR_CATEGORIES.at(-1)).toBe(OTHER_CATEGORY);
    for (const c of INDICATOR_CATEGORIES) {
      expect(c.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(c.en).not.toBe('');
      expect(c.description).not.toBe('');
      if (c !== OTHER_CATEGORY) expect(c.keywords.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['电子政务外网覆盖率', '', '网络覆盖'],
    ['加盖电子印章或电子签名的证照占比', '', '电子印章与签名'],
    ['电子证照年用证量', '', '电子证照'],
    ['窗口电子评价器覆盖率', '', '服务评价'],
    ['行政许可事项即办率', '', '审批效率'],
    ['高频事项一照通行', '', '通办与一件事'],
    ['自助终端', '', '自助终端'],
    ['企业和群众办事需要提供的材料减少', '', '材料精简'],
    ['全程网办率', '', '网上办理'],
    ['网上可办率', '', '网上办理'],
    ['共享需求满足率', '', '数据共享'],
    ['监管事项认领率', '', '监管'],
    ['进驻综合性政务服务大厅比例', '', '窗口与大厅'],
    ['国垂省垂事项与一体化平台对接', '', '系统与平台接入'],
    ['依申请和公共服务事项办事指南发布率', '', '事项与指南'],
    ['注册用户', '', '用户与推广'],
    ['应用场景完成率', '梳理电子签名应用场景，2021年底前完成50%应用场景', '电子印章与签名'],
    ['参会人数', '召开会议', '其他'],
    ['', '', '其他'],
  ])('categoriseMetric(%j, %j) → %s', (metric, context, expected) => {
    expect(categoriseMetric(metric, context)).toBe(expected);
  });

  it('every indicator found in the five seeds gets a category other than 其他', () => {
    const seeds = ['000_55f74f2804de3fe7', '001_6855ae7b1edff54f', '002_4437daf12a8205b3', '003_3fb2c4f966d65ce6', '004_bb7ab30aede82b07'];
    const uncategorised: string[] = [];
    let count = 0;
    for (const seed of seeds) {
      const text = readFileSync(new URL(`../../seeds/${seed}.txt`, import.meta.url), 'utf8');
      // task text only: 001's preamble and 003's intro are not tasks
      const body = seed.startsWith('001') ? text.slice(text.indexOf('汕尾市加快推进政务服务标准化规范化便利化工作任务清单')) : seed.startsWith('003') ? text.slice(text.indexOf('二、主要任务')) : text;
      for (const line of body.split('\n')) {
        for (const i of parseIndicators(line)) {
          count++;
          if (i.category === OTHER_CATEGORY.zh) uncategorised.push(`${seed}: ${i.metric}`);
        }
      }
    }
    expect(count).toBeGreaterThan(50);
    expect(uncategorised).toEqual([]);
  });
});
