/**
 * The most marks (data items over all series) a chart animates. Each animation frame repaints every mark: at
 * province scale a filter change on the overview spent most of its main-thread time (Chromium profile, 200,000
 * tasks: 860 stacked bars, 600 timeline cells) repainting frames of the transition rather than drawing the result.
 */
export const ANIMATED_MARKS_MAX = 500;

/** The number of data items over the option's series. */
export function markCount(option: object): number {
  const series = (option as { series?: unknown }).series;
  const list: unknown[] = Array.isArray(series) ? series : series === undefined || series === null ? [] : [series];
  let marks = 0;
  for (const s of list) {
    const data = typeof s === 'object' && s !== null ? (s as { data?: unknown }).data : undefined;
    if (Array.isArray(data)) marks += data.length;
  }
  return marks;
}

/**
 * The option as it is, or a copy drawn without animation (the result at once): past ANIMATED_MARKS_MAX marks, and
 * when `still` (a load arriving batch by batch, whose every batch would otherwise animate each chart for a second
 * while the rest of the load waits for the main thread).
 */
export function withAnimationBudget<T extends object>(option: T, still = false): T {
  return still || markCount(option) > ANIMATED_MARKS_MAX ? { ...option, animation: false } : option;
}
