/**
 * ECharts keeps its legend state by series name in plain objects, so a region named "__proto__" broke a chart's
 * animation loop (errors every frame). A series standing for a region is named this prefix + its region; legends
 * and tooltips show the region alone, and click handlers read it back with regionOfSeries.
 */
const SERIES_PREFIX = 'region:';

/** The ECharts series name for a region's series. */
export function regionSeriesName(region: string): string {
  return `${SERIES_PREFIX}${region}`;
}

/** The region a series stands for, from its ECharts series name (a name without the prefix is returned as it is). */
export function regionOfSeries(seriesName: string): string {
  return seriesName.startsWith(SERIES_PREFIX) ? seriesName.slice(SERIES_PREFIX.length) : seriesName;
}
