import { describe, expect, it } from 'vitest';
import { withScreenStyle } from '../../../src/ui/screen/screen-chart-style.ts';

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
