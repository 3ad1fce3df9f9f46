import { describe, expect, it } from 'vitest';
import { buildScreenMapOption, labelSides, labelsLeftOut, shortPlaceName } from '../../src/charts/screen-map.ts';

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
    expect(points.data).toEqual([{ name: '汕尾市', value: [115.36, 22.77, 62], label: { position: 'right' } }]);
    expect(format({ name: '汕尾市' })).toBe('汕尾 {count|62}');
    expect(points.label.fontSize).toBe(30);
    expect(points.data[0]!.label.position).toBe('right');
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

  it('puts the labels of neighbouring cities on different sides so they do not overprint (the Guangdong seeds)', () => {
    const sides = labelSides([
      { feature: '东莞市', attention: 37, total: 43, centre: [113.746262, 23.046237] },
      { feature: '中山市', attention: 28, total: 31, centre: [113.382391, 22.521113] },
      { feature: '汕尾市', attention: 15, total: 80, centre: [115.364238, 22.774485] },
      { feature: '湛江市', attention: 7, total: 11, centre: [110.364977, 21.274898] },
    ], 28, 60);
    // 东莞's label would run over 汕尾's point on the right, and 中山's into 东莞's: they go elsewhere
    expect(sides.get('东莞市')).not.toBe('right');
    expect(sides.get('中山市')).not.toBe(sides.get('东莞市'));
    expect(sides.get('汕尾市')).toBe('right');
    expect(sides.get('湛江市')).toBe('right');
  });

  it('leaves out a label that would overprint on every side, keeping the place coloured and its point drawn', () => {
    // five places a tenth of a degree apart: at a province's scale there is no room for all five labels
    const crowd = [0, 1, 2, 3, 4].map((i) => ({ feature: `拥挤${i}市`, attention: 10 - i, total: 20, centre: [113 + i * 0.1, 23] as const }));
    const sides = labelSides(crowd, 28, 60);
    expect(sides.get('拥挤0市')).not.toBeNull();
    expect([...sides.values()].filter((s) => s === null).length).toBeGreaterThan(0);
    const option = buildScreenMapOption(crowd, { mapName: 'x', fontSize: 28, focus: null });
    const hidden = option.series[0]!.data.filter((d) => 'show' in d.label && d.label.show === false).map((d) => d.name);
    expect(hidden.sort()).toEqual([...sides].filter(([, s]) => s === null).map(([name]) => name).sort());
    expect(option.geo.regions).toHaveLength(5);
  });

  it('labelsLeftOut(areas, options) → the places whose label the same map option hides, so the wall can count them', () => {
    const crowd = [0, 1, 2, 3, 4].map((i) => ({ feature: `拥挤${i}市`, attention: 10 - i, total: 20, centre: [113 + i * 0.1, 23] as const }));
    const options = { mapName: 'x', fontSize: 28, focus: null };
    const hidden = buildScreenMapOption(crowd, options).series[0]!.data.filter((d) => 'show' in d.label && d.label.show === false).map((d) => d.name);
    const leftOut = labelsLeftOut(crowd, options);
    expect(leftOut.length).toBeGreaterThan(0);
    expect([...leftOut].sort()).toEqual(hidden.sort());
    // places far apart all keep their labels; a place without a label point is labelled by the map itself, never counted
    const apart = [{ feature: '汕尾市', attention: 3, total: 9, centre: [115.36, 22.77] as const }, { feature: '湛江市', attention: 1, total: 4, centre: [110.36, 21.27] as const }, { feature: '中山市', attention: 0, total: 2 }];
    expect(labelsLeftOut(apart, options)).toEqual([]);
  });

  it('estimates the drawn scale from the map it draws: cities 1.5° apart keep their labels on a province map, not on the country map', () => {
    const cities = [0, 1, 2, 3].map((i) => ({ feature: `城${i}市`, attention: 5, total: 9, centre: [113 + i * 1.5, 23] as const }));
    const province = [...cities.map((c) => c.centre), [110, 20] as const, [117, 25.5] as const];
    const country = [...province, [75, 40] as const, [135, 53] as const, [100, 18] as const];
    const labelled = (all: readonly (readonly [number, number])[]) =>
      buildScreenMapOption(cities, { mapName: 'x', fontSize: 28, focus: null, allCentres: all }).series[0]!.data.filter((d) => !('show' in d.label)).length;
    expect(labelled(province)).toBe(4);
    expect(labelled(country)).toBeLessThan(4);
  });
});

