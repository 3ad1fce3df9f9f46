import { describe, expect, it } from 'vitest';
import { divisionChain, divisionIndex } from '../../src/ingest/divisions.ts';
import { findRegion } from '../../src/ingest/find-region.ts';

// Issue 9 point 5: regions nationwide from the GB/T 2260 list, not a hand list of Guangdong cities.
describe('findRegion', () => {
  it.each<[string, string[], string | null, string | null]>([
    ['杭州市西湖区2023年民生实事项目任务分工', [], '杭州市西湖区', '330106'],
    ['浙江省杭州市余杭区仁和街道重点任务清单', [], '杭州市余杭区仁和街道', '330110'],
    ['长沙县2022年重点任务分解表', [], '长沙市长沙县', '430121'],
    ['沙县区重点任务', [], '三明市沙县区', '350405'],
    ['成都市2023年优化营商环境重点任务清单', [], '成都市', '510100'],
    ['四川省2023年重点任务分工方案', [], '四川省', '510000'],
    ['北京市海淀区优化营商环境任务清单', [], '北京市海淀区', '110108'],
    ['西湖区2023年重点工作任务', ['南昌市', '南昌市'], '南昌市西湖区', '360103'],
    ['港口镇政务服务质量提升大会战实施方案任务分解表（2021—2022年）', ['中山市 中山市'], '中山市港口镇', '442000'],
    ['仁和街道2023年安全生产工作要点', ['余杭区', '余杭区'], '杭州市余杭区仁和街道', '330110'],
    ['重点工作责任分解', ['学习杭州市经验'], null, null],
    ['重点工作责任分解', ['杭州市 杭州市 南京市 南京市'], null, null],
    ['重点工作责任分解', ['广东省 广东省 中山市 中山市'], '中山市', '442000'],
    ['市政府工作报告重点工作责任分解(2023年)', ['信息来源: 丽水市政府'], '丽水市', '331100'],
    ['重点工作责任分解', ['发布机构: 下陆区政府办公室'], '黄石市下陆区', '420204'],
    ['美丽乡村建设实施方案', [], null, null],
    ['X市重点任务分工方案', ['X市人民政府'], null, null],
  ])('findRegion(title %j, body %j) → %s, code %s', (title, body, region, code) => {
    const found = findRegion([title, ...body], title, null);
    expect(found).toEqual({ region, divisionCode: code, ambiguity: null });
  });

  it('a county name several divisions share, with nothing in the text to choose → printed name, no code, ambiguity stated', () => {
    const found = findRegion(['鼓楼区2023年重点任务清单'], '鼓楼区2023年重点任务清单', null);
    expect(found.region).toBe('鼓楼区');
    expect(found.divisionCode).toBeNull();
    expect(found.ambiguity).toContain('鼓楼区');
  });

  it('the issuer names the place when the title does not', () => {
    expect(findRegion(['重点任务分工方案'], '重点任务分工方案', '泸州市人民政府办公室')).toMatchObject({ region: '泸州市', divisionCode: '510500' });
  });

  it('the national list is complete enough: 34 provinces, 300+ cities, 2,800+ counties, every code six digits', () => {
    const all = [...divisionIndex().byCode.values()];
    expect(all.filter((d) => d.level === 'province').length).toBe(34);
    expect(all.filter((d) => d.level === 'city').length).toBeGreaterThan(300);
    expect(all.filter((d) => d.level === 'county').length).toBeGreaterThan(2800);
    expect(all.every((d) => /^\d{6}$/.test(d.code))).toBe(true);
    expect(divisionChain('440303').map((d) => d.name)).toEqual(['广东省', '深圳市', '罗湖区']);
  });
});
