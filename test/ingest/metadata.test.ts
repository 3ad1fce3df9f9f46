import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/ingest/metadata.ts';

const seed = (name: string) => readFileSync(join(import.meta.dirname, '../../seeds', name), 'utf8').split(/\r?\n/);

describe('ingest/metadata', () => {
  it('readMetadata(000) → 中山市港口镇, plan period 2021—2022, nothing else printed', () => {
    expect(readMetadata(seed('000_55f74f2804de3fe7.txt'), 5)).toEqual({
      title: '港口镇政务服务质量提升大会战实施方案任务分解表（2021—2022年）',
      region: '中山市港口镇',
      divisionCode: '442000',
      regionAmbiguity: null,
      issuer: null,
      docNumber: null,
      published: null,
      planPeriod: '2021—2022',
    });
  });
  it('readMetadata(001) → 汕尾市, 汕府办函〔2023〕66号, signed 2023-04-20 by 汕尾市人民政府办公室', () => {
    expect(readMetadata(seed('001_6855ae7b1edff54f.txt'), 122)).toEqual({
      title: '汕尾市加快推进政务服务标准化规范化便利化工作实施方案',
      region: '汕尾市',
      divisionCode: '441500',
      regionAmbiguity: null,
      issuer: '汕尾市人民政府办公室',
      docNumber: '汕府办函〔2023〕66号',
      published: '2023-04-20',
      planPeriod: null,
    });
  });
  it('readMetadata(002) → 东莞市, 2022', () => {
    const meta = readMetadata(seed('002_4437daf12a8205b3.txt'), 4);
    expect(meta).toMatchObject({ title: '东莞市2022年政务服务全域标准化专项行动主要任务分工表', region: '东莞市', planPeriod: '2022', published: null });
  });
  it('readMetadata(003) → 湛江市, signed 2021-01-27 by 湛江市政务服务数据管理局', () => {
    expect(readMetadata(seed('003_3fb2c4f966d65ce6.txt'), 10)).toEqual({
      title: '湛江市2020年数字政府改革建设整改优化提升工作方案',
      region: '湛江市',
      divisionCode: '440800',
      regionAmbiguity: null,
      issuer: '湛江市政务服务数据管理局',
      docNumber: null,
      published: '2021-01-27',
      planPeriod: '2020',
    });
  });
  it('readMetadata(004) → no region, no date (an anonymised copy)', () => {
    expect(readMetadata(seed('004_bb7ab30aede82b07.txt'), 7)).toMatchObject({
      title: '深化“互联网+政务服务”推进政务服务“一网、一门、一窗、一次”改革行动重点任务分工方案',
      region: null,
      divisionCode: null,
      published: null,
    });
  });
});
