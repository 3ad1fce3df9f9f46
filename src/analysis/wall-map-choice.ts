import { placeRegions, type BoundaryPlace, type RegionToPlace } from './region-places.ts';

/** One map the wall can draw: its GB/T 2260 code ('china' for the province-level map) and its features. */
export interface WallMapSource {
  code: string;
  places: readonly BoundaryPlace[];
}

/** The map to draw and where each region lands on it. */
export interface WallMapChoice {
  /** The code of the chosen map; null when no region can be placed on any map (the tile grid shows them all). */
  code: string | null;
  /** region → the feature's name on the chosen map */
  placed: Map<string, string>;
  /** Regions that have no place on the chosen map, in their given order. */
  unplaced: string[];
}

/**
 * Chooses the closest map that holds the regions in view: a province at prefecture level when every region that can be
 * placed lies in that one province, else the country at province level (a city counts for its province); regions
 * that match nothing stay unplaced, never guessed.
 */
export function chooseWallMap(regions: readonly RegionToPlace[], country: WallMapSource | null, provinces: readonly WallMapSource[]): WallMapChoice {
  const perProvince = provinces.map((province) => ({ province, placement: placeRegions(regions, province.places) }));
  const provinceOf = new Map<string, string>();
  for (const { province, placement } of perProvince) for (const region of placement.placed.keys()) if (!provinceOf.has(region)) provinceOf.set(region, province.code);
  const countryPlacement = country === null
    ? null
    : placeRegions(regions.map((r) => ({ region: r.region, divisionCode: r.divisionCode ?? provinceOf.get(r.region) ?? null })), country.places);
  const best = perProvince.sort((a, b) => b.placement.placed.size - a.placement.placed.size)[0];
  const placeable = new Set([...provinceOf.keys(), ...(countryPlacement?.placed.keys() ?? [])]);
  if (best !== undefined && best.placement.placed.size > 0 && best.placement.placed.size === placeable.size) {
    return named(regions, best.province, best.placement.placed);
  }
  if (country !== null && countryPlacement !== null && countryPlacement.placed.size > 0) return named(regions, country, countryPlacement.placed);
  return { code: null, placed: new Map(), unplaced: regions.map((r) => r.region) };
}

function named(regions: readonly RegionToPlace[], source: WallMapSource, codes: Map<string, string>): WallMapChoice {
  const names = new Map(source.places.map((p) => [p.code, p.name]));
  const placed = new Map<string, string>();
  const unplaced: string[] = [];
  for (const { region } of regions) {
    const name = names.get(codes.get(region) ?? '');
    if (name === undefined) unplaced.push(region);
    else placed.set(region, name);
  }
  return { code: source.code, placed, unplaced };
}
