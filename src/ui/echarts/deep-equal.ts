/**
 * Structural equality as echarts-for-react compared props (fast-deep-equal): arrays and plain objects by content,
 * RegExps by source and flags, objects with their own valueOf / toString (dates) by those, functions by identity,
 * NaN equal to NaN. Lets the chart host skip a setOption when a re-render hands it an equal option.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (a.constructor !== b.constructor) return false;
    if (Array.isArray(a)) {
      const other = b as unknown[];
      if (a.length !== other.length) return false;
      for (let i = a.length; i-- !== 0; ) if (!deepEqual(a[i], other[i])) return false;
      return true;
    }
    if (a instanceof RegExp) return a.source === (b as RegExp).source && a.flags === (b as RegExp).flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys) if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    for (const key of keys) if (!deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
    return true;
  }
  // NaN is the one value not equal to itself
  return a !== a && b !== b;
}
