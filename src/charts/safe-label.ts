/**
 * A text from a document made safe to draw with ECharts: zrender caches text widths in a plain
 * object keyed by the text (zrender/lib/core/LRU.js), so a label that is exactly an inherited
 * member name (`__proto__`, `constructor`, `toString`…) finds Object.prototype or a function
 * there, unlinks it from the cache's list — writing `next`/`prev` onto Object.prototype — and
 * every later animation frame throws. Such a text gets a zero-width space at its end: it looks
 * the same and is measured under its own key. Every other text is returned unchanged.
 */
export function safeLabel(text: string): string {
  return text in Object.prototype ? `${text}\u200B` : text;
}
