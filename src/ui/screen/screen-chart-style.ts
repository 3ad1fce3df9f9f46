type Obj = Record<string, unknown>;

/** How a dashboard chart option is adapted for a wall seen from metres away. */
export interface ScreenStyle {
  /** Base text size in stage pixels (axis labels, legend, cell labels). */
  fontSize: number;
  /** Draw ECharts decal patterns on series, so stacked series differ by more than colour. */
  decals: boolean;
}

const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

function eachOrOne(value: unknown, map: (item: Obj) => Obj): unknown {
  if (Array.isArray(value)) return value.map((item) => (isObj(item) ? map(item) : item));
  return isObj(value) ? map(value) : value;
}

function withFont(value: unknown, fontSize: number): Obj {
  return { ...(isObj(value) ? value : {}), fontSize };
}

/**
 * Raises every `fontSize` below `min` anywhere in an option (rich styles, graphic text, per-item labels) to `min`,
 * copying only the objects on the way to a change, so data arrays without text sizes are shared, not copied.
 */
export function withFontFloor<T>(value: T, min: number, seen = new WeakSet<object>()): T {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  const isArray = Array.isArray(value);
  if (!isArray && Object.getPrototypeOf(value) !== Object.prototype) return value; // gradients, dates, typed arrays
  seen.add(value);
  let copy: Obj | unknown[] | null = null;
  for (const [key, item] of Object.entries(value)) {
    const next = key === 'fontSize' && typeof item === 'number' && item < min ? min : withFontFloor(item, min, seen);
    if (next !== item) {
      copy ??= isArray ? [...(value as unknown[])] : { ...(value as Obj) };
      (copy as Record<string, unknown>)[key] = next;
    }
  }
  return (copy ?? value) as T;
}

/**
 * Returns a copy of an ECharts option from a src/charts builder made for a wall display: text at `fontSize` or larger everywhere,
 * no tooltip, toolbox, brush or zoom slider (nobody holds a mouse), a plain legend with larger swatches and,
 * when asked, decal patterns; the input option is not changed.
 */
export function withScreenStyle<T extends object>(option: T, style: ScreenStyle): T {
  const { fontSize } = style;
  const source = option as Obj;
  const axis = (item: Obj): Obj => ({
    ...item,
    axisLabel: withFont(item.axisLabel, fontSize),
    nameTextStyle: withFont(item.nameTextStyle, fontSize),
  });
  const series = (item: Obj): Obj => {
    const next: Obj = { ...item };
    if (isObj(item.label)) next.label = withFont(item.label, fontSize);
    if (isObj(item.markLine)) {
      const markLine = item.markLine;
      next.markLine = { ...markLine, label: { ...withFont(markLine.label, fontSize), fontWeight: 'bold' }, lineStyle: { ...(isObj(markLine.lineStyle) ? markLine.lineStyle : {}), width: 3 } };
    }
    return next;
  };
  const next: Obj = {
    ...source,
    textStyle: withFont(source.textStyle, fontSize),
    tooltip: { show: false },
    dataZoom: [],
    xAxis: eachOrOne(source.xAxis, axis),
    // a y axis' name sits above the axis line, centred on it: at wall sizes its left half ran off the panel
    // ("到期任务数" lost its first character at 3840×2160), so it starts at the line and reads rightwards
    yAxis: eachOrOne(source.yAxis, (item) => {
      const styled = axis(item);
      return { ...styled, nameTextStyle: { ...(styled.nameTextStyle as Obj), align: 'left' } };
    }),
    series: eachOrOne(source.series, series),
  };
  delete next.toolbox;
  delete next.brush;
  if (isObj(source.legend)) {
    next.legend = {
      ...source.legend,
      type: 'plain',
      textStyle: withFont(source.legend.textStyle, fontSize),
      itemWidth: Math.round(fontSize * 1.8),
      itemHeight: Math.round(fontSize * 1.1),
      itemGap: Math.round(fontSize * 1.4),
    };
  }
  if (source.title !== undefined) next.title = eachOrOne(source.title, (item) => ({ ...item, textStyle: withFont(item.textStyle, fontSize) }));
  if (source.visualMap !== undefined) next.visualMap = eachOrOne(source.visualMap, (item) => ({ ...item, textStyle: withFont(item.textStyle, fontSize) }));
  if (style.decals) next.aria = { enabled: true, decal: { show: true } };
  // nothing on a wall is smaller than its base size: axis names, titles, graphic text and the builders' own small labels included
  return withFontFloor(next, fontSize) as T;
}
