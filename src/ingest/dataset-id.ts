import { KNOWN_PLACES } from './places.ts';

/**
 * Makes a stable, URL-safe dataset id: the pinyin of the most specific known place in the
 * region plus the document's year ("gangkou-2021"); a region with no known pinyin falls
 * back to "doc-" and the first hex digits of the source file's name or content hash.
 */
export function makeDatasetId(input: {
  region: string | null;
  year: number | null;
  sourceFile: string;
  contentHash: string;
}): string {
  const places = KNOWN_PLACES.filter((p) => input.region?.includes(p.name));
  const specific = places.find((p) => p.level === 'town') ?? places[0];
  const stem = specific ? specific.pinyin : `doc-${fallbackHash(input.sourceFile, input.contentHash)}`;
  return input.year ? `${stem}-${input.year}` : stem;
}

function fallbackHash(sourceFile: string, contentHash: string): string {
  const fromName = /([0-9a-f]{8,})/i.exec(sourceFile.split('/').pop() ?? '')?.[1];
  return (fromName ?? contentHash).slice(0, 8).toLowerCase();
}

/** Picks the year a dataset is known by: publication year, else the plan period's first year. */
export function datasetYear(published: string | null, planPeriod: string | null): number | null {
  const fromDate = published ? Number(published.slice(0, 4)) : NaN;
  if (Number.isFinite(fromDate)) return fromDate;
  const fromPeriod = planPeriod ? Number(/\d{4}/.exec(planPeriod)?.[0]) : NaN;
  return Number.isFinite(fromPeriod) ? fromPeriod : null;
}
