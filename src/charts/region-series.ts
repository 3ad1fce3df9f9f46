import { UNKNOWN_REGION } from '../i18n/data-labels.ts';

/**
 * ECharts keeps its legend state by series name in plain objects, so a region named "__proto__" broke a chart's
 * animation loop (errors every frame). A series standing for a region is named this prefix + its region; legends
 * and tooltips show the region alone, and click handlers read it back with regionOfSeries.
 */
const SERIES_PREFIX = 'region:';
/**
 * The series of the ingest's "no region stated" placeholder gets a name free of the Chinese placeholder, so the
 * English interface (which translates the placeholder where it is shown) never meets it in a series name; a real
 * region so named would be "region:region-not-stated", so the two never collide.
 */
const UNKNOWN_REGION_SERIES = 'region-not-stated';

/** The ECharts series name for a region's series. */
export function regionSeriesName(region: string): string {
  return region === UNKNOWN_REGION ? UNKNOWN_REGION_SERIES : `${SERIES_PREFIX}${region}`;
}

/** The region a series stands for, from its ECharts series name (a name without the prefix is returned as it is). */
export function regionOfSeries(seriesName: string): string {
  if (seriesName === UNKNOWN_REGION_SERIES) return UNKNOWN_REGION;
  return seriesName.startsWith(SERIES_PREFIX) ? seriesName.slice(SERIES_PREFIX.length) : seriesName;
}
