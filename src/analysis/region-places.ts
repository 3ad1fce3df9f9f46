/** A place a map can draw: one feature of a boundary file, named and coded as GB/T 2260 (e.g. 441500 汕尾市). */
export interface BoundaryPlace {
  code: string;
  name: string;
  /** A point inside the place (longitude, latitude) where its label goes, when the boundary file gives one. */
  centre?: readonly [number, number];
}

/** A region in view, with the division code the ingest resolved for it when there is one. */
export interface RegionToPlace {
  region: string;
  divisionCode?: string | null;
}

/** Where regions land on a map: each placed region's feature, and the regions no feature matches. */
export interface RegionPlacement {
  /** region → the place's code */
  placed: Map<string, string>;
  unplaced: string[];
}

/**
 * Places regions on a map's features: by division code when the region has one (the feature with the same code, or the
 * feature of its prefecture or province, i.e. the code with its last 2 or 4 digits zeroed), else by name: the
 * feature whose name the region starts with, longest first (中山市港口镇 → 中山市), also without the suffix 市/省/自治区
 * (广东省 → 广东). A region matching nothing is unplaced, never guessed.
 */
export function placeRegions(regions: readonly RegionToPlace[], places: readonly BoundaryPlace[]): RegionPlacement {
  const byCode = new Map(places.map((place) => [place.code, place.code]));
  const byName = [...places]
    .flatMap((place) => {
      const short = place.name.replace(/(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|省|市)$/u, '');
      return short !== place.name && short.length >= 2 ? [[place.name, place.code], [short, place.code]] : [[place.name, place.code]];
    })
    .sort((a, b) => b[0]!.length - a[0]!.length);
  const placed = new Map<string, string>();
  const unplaced: string[] = [];
  for (const { region, divisionCode } of regions) {
    const code = divisionCode ? matchCode(divisionCode, byCode) : undefined;
    const name = code ?? byName.find(([prefix]) => region.startsWith(prefix!))?.[1];
    if (name === undefined) unplaced.push(region);
    else placed.set(region, name);
  }
  return { placed, unplaced };
}

function matchCode(code: string, byCode: Map<string, string>): string | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  return byCode.get(code) ?? byCode.get(`${code.slice(0, 4)}00`) ?? byCode.get(`${code.slice(0, 2)}0000`);
}
