import { describe, expect, it } from 'vitest';
import { smallestFontSize } from '../../../src/ui/screen/option-font-sizes.ts';
import { withFontFloor, withScreenStyle } from '../../../src/ui/screen/screen-chart-style.ts';

const option = {
  textStyle: { color: '#fff' },
  tooltip: { trigger: 'axis' },
  toolbox: { feature: {} },
  brush: { xAxisIndex: 0 },
  dataZoom: [{ type: 'slider' }],
  legend: { show: true, top: 0, textStyle: { color: '#fff' } },
  xAxis: { type: 'category', axisLabel: { color: '#999' } },
  yAxis: [{ type: 'value' }, { type: 'category', axisLabel: { width: 80 } }],
  series: [{ type: 'bar', label: { show: true }, markLine: { label: { color: 'red' }, data: [] } }, { type: 'bar' }],
};

describe('screen-chart-style', () => {
  const styled = withScreenStyle(option, { fontSize: 24, decals: true }) as Record<string, any>;

  it('withScreenStyle(option, { fontSize: 24 }) → 24 px text on axes, legend, labels and markers, colours kept', () => {
    expect(styled.textStyle).toEqual({ color: '#fff', fontSize: 24 });
    expect(styled.xAxis.axisLabel).toEqual({ color: '#999', fontSize: 24 });
    expect(styled.yAxis.map((axis: any) => axis.axisLabel)).toEqual([{ fontSize: 24 }, { width: 80, fontSize: 24 }]);
    expect(styled.legend.textStyle).toEqual({ color: '#fff', fontSize: 24 });
    expect(styled.series[0].label).toEqual({ show: true, fontSize: 24 });
    expect(styled.series[0].markLine.label).toMatchObject({ color: 'red', fontSize: 24 });
    expect(styled.series[1].label).toBeUndefined();
  });

  it('withScreenStyle drops what needs a mouse: tooltip off, no toolbox, brush or zoom slider', () => {
    expect(styled.tooltip).toEqual({ show: false });
    expect(styled).not.toHaveProperty('toolbox');
    expect(styled).not.toHaveProperty('brush');
    expect(styled.dataZoom).toEqual([]);
  });

  it('withScreenStyle(option, { decals: true }) → aria decals on; decals: false leaves aria out', () => {
    expect(styled.aria).toEqual({ enabled: true, decal: { show: true } });
    expect(withScreenStyle(option, { fontSize: 24, decals: false })).not.toHaveProperty('aria');
  });

  it('withScreenStyle leaves its input unchanged', () => {
    expect(option.tooltip).toEqual({ trigger: 'axis' });
    expect(option.xAxis.axisLabel).toEqual({ color: '#999' });
    expect(option).toHaveProperty('toolbox');
  });
});

describe('single-panel mode: no chart text under 28 px', () => {
  const small = {
    title: { text: '按月合并', textStyle: { fontSize: 12 } },
    graphic: [{ type: 'text', style: { text: '截至 2022-01-15 →', fontSize: 12 } }],
    visualMap: { type: 'continuous', textStyle: { color: '#999' } },
    xAxis: { type: 'time', nameTextStyle: { fontSize: 10 } },
    yAxis: { type: 'category' },
    legend: { textStyle: { fontSize: 10 } },
    series: [
      { type: 'bar', label: { show: true, fontSize: 11, rich: { n: { fontSize: 9 } } }, data: [{ value: 1, label: { fontSize: 10 } }, 2, 3] },
      { type: 'heatmap', data: [[0, 0, 1]] },
    ],
  };
  const styled = withScreenStyle(small, { fontSize: 28, decals: false }) as Record<string, any>;

  it('withScreenStyle(option, { fontSize: 28 }) → the smallest font anywhere is 28: titles, axis names, graphic text, visual map, rich and per-item labels', () => {
    expect(smallestFontSize(styled)).toBe(28);
    expect(styled.title.textStyle.fontSize).toBe(28);
    expect(styled.xAxis.nameTextStyle.fontSize).toBe(28);
    // a y axis' name starts at the axis line and reads rightwards, so a wall-sized name never runs off the panel's left edge
    expect(styled.yAxis.nameTextStyle).toEqual({ fontSize: 28, align: 'left' });
    expect(styled.xAxis.nameTextStyle.align).toBeUndefined();
    expect(styled.graphic[0].style).toEqual({ text: '截至 2022-01-15 →', fontSize: 28 });
    expect(styled.visualMap.textStyle).toEqual({ color: '#999', fontSize: 28 });
    expect(styled.series[0].label.rich.n.fontSize).toBe(28);
    expect(styled.series[0].data[0].label.fontSize).toBe(28);
  });

  it('withFontFloor copies only what it changes: data without text sizes is shared, larger sizes are kept', () => {
    expect(styled.series[1].data).toBe(small.series[1]!.data);
    expect(small.series[0]!.data[0]).toEqual({ value: 1, label: { fontSize: 10 } });
    expect(withFontFloor({ label: { fontSize: 40 } }, 28)).toEqual({ label: { fontSize: 40 } });
    const untouched = { a: [1, 2], b: { c: 'x' } };
    expect(withFontFloor(untouched, 28)).toBe(untouched);
  });
});
