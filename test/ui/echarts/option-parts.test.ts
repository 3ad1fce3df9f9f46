import { describe, expect, it } from 'vitest';
import { optionParts } from '../../../src/ui/echarts/option-parts.ts';

describe('optionParts', () => {
  it('asks for nothing beyond the base set for plain bars', () => {
    expect(optionParts({ series: [{ type: 'bar', data: [1] }], legend: {}, tooltip: {}, title: undefined, graphic: [] })).toEqual([]);
  });

  it('asks for each series type that loads on demand, once', () => {
    expect(optionParts({ series: [{ type: 'line' }, { type: 'custom' }, { type: 'heatmap' }, { type: 'line' }] })).toEqual(['custom', 'heatmap', 'line']);
  });

  it('asks for the heatmap part for a visualMap and for marks for markArea or markLine', () => {
    expect(optionParts({ series: [{ type: 'bar' }], visualMap: { min: 0, max: 1 } })).toEqual(['heatmap']);
    expect(optionParts({ series: [{ type: 'bar', markLine: { data: [] } }] })).toEqual(['marks']);
    expect(optionParts({ series: [{ type: 'bar', markArea: { data: [] } }] })).toEqual(['marks']);
  });

  it('asks for graphic and title only when the option has an element of them to draw', () => {
    expect(optionParts({ series: [], graphic: [{ type: 'text', style: { text: 'x' } }] })).toEqual(['graphic']);
    expect(optionParts({ series: [], graphic: { elements: [] } })).toEqual(['graphic']);
    expect(optionParts({ series: [], graphic: [], title: [] })).toEqual([]);
    expect(optionParts({ series: [], title: { text: 't' } })).toEqual(['title']);
    expect(optionParts({ series: [], title: [{ text: 'a' }, { text: 'b' }] })).toEqual(['title']);
  });

  it('reads a single series object and ignores what is not a series', () => {
    expect(optionParts({ series: { type: 'custom' } })).toEqual(['custom']);
    expect(optionParts({ series: [null, 3, { type: 'scatter' }] })).toEqual([]);
    expect(optionParts({})).toEqual([]);
  });
});
