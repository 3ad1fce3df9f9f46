import { ScatterChart } from 'echarts/charts';
import { GeoComponent } from 'echarts/components';
import { useEffect, useState } from 'react';
import type { WallMapSource } from '../../analysis/wall-map-choice.ts';
import { echarts } from '../echarts-setup.ts';

// Only the wall draws maps: the geo component (the outlines) and the point series (their labels) are registered here,
// in the wall's lazy chunk, not for the whole dashboard.
echarts.use([GeoComponent, ScatterChart]);

/** The boundary files the build ships (public/boundaries/index.json), registered with ECharts. */
export interface Boundaries {
  country: WallMapSource | null;
  provinces: WallMapSource[];
}

interface BoundaryIndex {
  country?: string;
  provinces?: { code: string; file: string }[];
}

interface FeatureCollection {
  features: { id?: string; properties?: { name?: string; cp?: [number, number] } }[];
}

/** The ECharts map name a boundary file is registered under. */
export function mapNameOf(code: string): string {
  return `duban-${code}`;
}

let loading: Promise<Boundaries> | null = null;

/**
 * Loads boundaries/ once per page (relative to the page, so any sub-path works) and registers each file as an ECharts
 * map; a missing or broken file is left out, and with none at all the wall shows its tile grid instead of a map.
 */
export function loadBoundaries(): Promise<Boundaries> {
  loading ??= (async () => {
    const base = new URL('boundaries/', document.baseURI);
    const get = async (file: string): Promise<unknown> => {
      const response = await fetch(new URL(file, base));
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      return response.json();
    };
    const source = async (code: string, file: string): Promise<WallMapSource | null> => {
      try {
        const json = (await get(file)) as FeatureCollection;
        echarts.registerMap(mapNameOf(code), json as Parameters<typeof echarts.registerMap>[1]);
        const places = json.features.flatMap((f) => {
          if (!f.id || !f.properties?.name) return [];
          const cp = f.properties.cp;
          return [{ code: String(f.id), name: f.properties.name, ...(Array.isArray(cp) && cp.length === 2 ? { centre: [cp[0], cp[1]] as const } : {}) }];
        });
        return { code, places };
      } catch {
        return null;
      }
    };
    let index: BoundaryIndex;
    try {
      index = (await get('index.json')) as BoundaryIndex;
    } catch {
      return { country: null, provinces: [] };
    }
    const [country, ...provinces] = await Promise.all([
      index.country ? source('china', index.country) : Promise.resolve(null),
      ...(index.provinces ?? []).map((p) => source(p.code, p.file)),
    ]);
    return { country: country ?? null, provinces: provinces.filter((p): p is WallMapSource => p !== null) };
  })();
  return loading;
}

/** The registered boundaries, or null while they load. */
export function useBoundaries(): Boundaries | null {
  const [boundaries, setBoundaries] = useState<Boundaries | null>(null);
  useEffect(() => {
    let live = true;
    void loadBoundaries().then((b) => {
      if (live) setBoundaries(b);
    });
    return () => {
      live = false;
    };
  }, []);
  return boundaries;
}
