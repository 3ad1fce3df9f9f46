import { describe, expect, it } from 'vitest';
import { placeRegions } from '../../src/analysis/region-places.ts';
import { chooseWallMap } from '../../src/analysis/wall-map-choice.ts';

const places = [
  { code: '441500', name: '汕尾市' },
  { code: '442000', name: '中山市' },
  { code: '441900', name: '东莞市' },
  { code: '440000', name: '广东' },
];

describe('placeRegions', () => {
  it('places by name prefix (a town within its city), by province short name, and leaves unknown regions unplaced', () => {
    const result = placeRegions([{ region: '中山市港口镇' }, { region: '汕尾市' }, { region: '广东省' }, { region: '未注明地区' }], places);
    expect([...result.placed]).toEqual([['中山市港口镇', '442000'], ['汕尾市', '441500'], ['广东省', '440000']]);
    expect(result.unplaced).toEqual(['未注明地区']);
  });

  it('prefers the division code, falling back to its prefecture or province', () => {
    const result = placeRegions([{ region: '某镇', divisionCode: '442000103' }, { region: '某区', divisionCode: '441502' }, { region: '乙', divisionCode: '440300' }], places);
    expect(result.placed.get('某区')).toBe('441500');
    expect(result.placed.get('乙')).toBe('440000');
    // a 9-digit town code is not GB/T 2260: the name decides, and 某镇 matches none
    expect(result.unplaced).toEqual(['某镇']);
  });
});

describe('chooseWallMap', () => {
  const country = { code: 'china', places: [{ code: '440000', name: '广东' }, { code: '450000', name: '广西' }] };
  const guangdong = { code: '440000', places: places.filter((p) => p.code !== '440000') };

  it('draws the province at city level when every placeable region lies in it, listing the rest as unplaced', () => {
    const choice = chooseWallMap([{ region: '汕尾市' }, { region: '中山市港口镇' }, { region: '未注明地区' }], country, [guangdong]);
    expect(choice.code).toBe('440000');
    expect([...choice.placed]).toEqual([['汕尾市', '汕尾市'], ['中山市港口镇', '中山市']]);
    expect(choice.unplaced).toEqual(['未注明地区']);
  });

  it('falls back to the country map, a city counting for its province, when regions span provinces', () => {
    const choice = chooseWallMap([{ region: '汕尾市' }, { region: '广西壮族自治区' }], country, [guangdong]);
    expect(choice.code).toBe('china');
    expect([...choice.placed]).toEqual([['汕尾市', '广东'], ['广西壮族自治区', '广西']]);
  });

  it('gives no map when nothing can be placed', () => {
    expect(chooseWallMap([{ region: '未注明地区' }], country, [guangdong])).toEqual({ code: null, placed: new Map(), unplaced: ['未注明地区'] });
  });
});
