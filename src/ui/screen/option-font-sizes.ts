/**
 * The smallest `fontSize` anywhere in an ECharts option (labels, rich-text styles, axes, legends), or null when the
 * option sets none; a browser test reads it from the chart's data attribute to hold the wall to its 28 px minimum.
 */
export function smallestFontSize(option: unknown): number | null {
  let smallest: number | null = null;
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    for (const [key, item] of Object.entries(value)) {
      if (key === 'fontSize' && typeof item === 'number' && (smallest === null || item < smallest)) smallest = item;
      else visit(item);
    }
  };
  visit(option);
  return smallest;
}
