import { describe, expect, it } from 'vitest';
import { buildScreenMapOption, shortPlaceName } from '../../src/charts/screen-map.ts';

describe('buildScreenMapOption', () => {
  const option = buildScreenMapOption(
    [{ feature: '汕尾市', attention: 62, total: 80, centre: [115.36, 22.77] }, { feature: '中山市', attention: 0, total: 31 }],
    { mapName: 'duban-440000', fontSize: 30, focus: '汕尾市' },
  );
  const regions = option.geo.regions;
  const points = option.series[0]!;
  const format = points.label.formatter;

  it('labels every region in view with its short name and count at the given size (from its label point, else on the map), and outlines the focus', () => {
    expect(option.geo.map).toBe('duban-440000');
    expect(points.data).toEqual([{ name: '汕尾市', value: [115.36, 22.77, 62] }]);
    expect(format({ name: '汕尾市' })).toBe('汕尾 {count|62}');
    expect(points.label.fontSize).toBe(30);
    expect(points.labelLayout).toEqual({ moveOverlap: 'shiftY' });
    expect(regions.map((r) => r.label.show)).toEqual([false, true]);
    expect(regions[1]!.label.formatter).toBe('中山 {count|0}');
    expect(regions.every((r) => r.label.fontSize >= 28)).toBe(true);
    expect(regions[0]!.itemStyle.borderWidth).toBeGreaterThan(regions[1]!.itemStyle.borderWidth);
  });

  it('fills the most urgent region hottest and a region with nothing needing attention calm', () => {
    expect(regions[0]!.itemStyle.areaColor).toBe('#d55e00');
    expect(regions[1]!.itemStyle.areaColor).not.toBe(regions[0]!.itemStyle.areaColor);
  });

  it('keeps rich-text markup out of a feature name', () => {
    const [r] = buildScreenMapOption([{ feature: 'a{b|c}', attention: 1, total: 1 }], { mapName: 'm', fontSize: 28, focus: null }).geo.regions;
    expect(r!.label.formatter).toBe('abc {count|1}');
  });

  it('zooms to the regions in view when they cover a small part of the map, and shows the whole map otherwise', () => {
    const all: [number, number][] = [[100, 20], [120, 40], [110, 30]];
    const zoomed = buildScreenMapOption([], { mapName: 'm', fontSize: 28, focus: null, centres: [[110, 30], [112, 31]], allCentres: all }).geo;
    expect(zoomed.center).toEqual([111, 30.5]);
    expect(zoomed.zoom).toBeGreaterThan(4);
    const whole = buildScreenMapOption([], { mapName: 'm', fontSize: 28, focus: null, centres: [[100, 20], [120, 40]], allCentres: all }).geo;
    expect(whole.zoom).toBeUndefined();
  });

  it('shortens place names for labels but never below two characters', () => {
    expect([shortPlaceName('东莞市'), shortPlaceName('广东'), shortPlaceName('沙市')]).toEqual(['东莞', '广东', '沙市']);
  });
});
