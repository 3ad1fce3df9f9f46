import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/charts/escape-html.ts';

describe('charts/escape-html', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    [`"公安局" & '税务局'`, '&quot;公安局&quot; &amp; &#39;税务局&#39;'],
    ['各有关单位', '各有关单位'],
  ])('escapeHtml(%s) → %s', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });
});
