import { describe, expect, it } from 'vitest';
import { labelColourOn, rampColour } from '../../src/charts/ramp-colour.ts';

describe('charts/ramp-colour', () => {
  it.each([
    [0, '#000000'],
    [0.5, '#808080'],
    [1, '#ffffff'],
    [2, '#ffffff'],
    [Number.NaN, '#000000'],
  ])('rampColour(["#000000", "#ffffff"], %s) → %s', (t, colour) => {
    expect(rampColour(['#000000', '#ffffff'], t)).toBe(colour);
  });

  it.each([
    ['#eef4fa', '#1f2328'],
    ['#08519c', '#ffffff'],
    ['#6baed6', '#1f2328'],
    ['#1b2a3a', '#ffffff'],
  ])('labelColourOn(%s) → %s', (fill, label) => {
    expect(labelColourOn(fill)).toBe(label);
  });
});
