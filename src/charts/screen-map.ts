import { chartTheme, type ChartThemeName } from './chart-theme.ts';
import { rampColour } from './ramp-colour.ts';

/** One map feature that holds regions in view. */
export interface ScreenMapArea {
  /** The feature's name in the registered map (e.g. 汕尾市, 广东). */
  feature: string;
  /** Tasks needing attention (deadline passed or due soon) over the regions on this feature. */
  attention: number;
  /** All tasks of those regions. */
  total: number;
  /** The feature's label point (longitude, latitude), when the boundary file gives one. */
  centre?: readonly [number, number];
}

export interface ScreenMapOptions {
  /** The name the boundaries were registered under with echarts.registerMap. */
  mapName: string;
  /** Label size in stage pixels. */
  fontSize: number;
  /** The feature drawn with a bright outline (the focus area's region), or null. */
  focus: string | null;
  /** Label points of the features in view: the map zooms to them (with a margin) when they cover a small part of it. */
  centres?: readonly (readonly [number, number])[];
  /** Stage pixels per degree at which the map is drawn, to keep labels apart; a province-sized default otherwise. */
  pixelsPerDegree?: number;
  /** Label points of every feature of the map, to tell how much of it the features in view cover. */
  allCentres?: readonly (readonly [number, number])[];
  theme?: ChartThemeName;
}

/** Stage pixels per degree of longitude of a province map in the wall's map box (Guangdong's ~8° over ~480 px). */
const DEFAULT_PIXELS_PER_DEGREE = 60;
type Side = 'right' | 'left' | 'top' | 'bottom';
const SIDES: readonly Side[] = ['right', 'left', 'top', 'bottom'];

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Picks, for each labelled place (most tasks needing attention first), the first side of its point — right, left,
 * above, below — where its label box, estimated in stage pixels from the font size and the map's scale, overlaps
 * neither a label already placed nor another place's point; when every side collides the label is left out (null):
 * the place keeps its colour and its point (the wall's focus strip, rotating through every region, gives its figures),
 * where an overprinted label would be read as a wrong name or number.
 */
export function labelSides(areas: readonly ScreenMapArea[], fontSize: number, pixelsPerDegree: number): Map<string, Side | null> {
  const placed: Box[] = [];
  const sides = new Map<string, Side | null>();
  const points = areas.flatMap((a) => (a.centre === undefined ? [] : [{ name: a.feature, x: a.centre[0] * pixelsPerDegree, y: -a.centre[1] * pixelsPerDegree }]));
  const dots: Box[] = points.map((p) => ({ x0: p.x - 8, y0: p.y - 8, x1: p.x + 8, y1: p.y + 8 }));
  const order = [...areas].filter((a) => a.centre !== undefined).sort((a, b) => b.attention - a.attention || (a.feature < b.feature ? -1 : 1));
  const hits = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  for (const area of order) {
    const point = points.find((p) => p.name === area.feature)!;
    const width = ([...shortPlaceName(area.feature)].length + 0.6 * String(area.attention).length + 0.5) * fontSize * 1.05;
    const height = fontSize * 1.5;
    const gap = 10;
    const boxOf = (side: Side): Box => {
      switch (side) {
        case 'right': return { x0: point.x + gap, y0: point.y - height / 2, x1: point.x + gap + width, y1: point.y + height / 2 };
        case 'left': return { x0: point.x - gap - width, y0: point.y - height / 2, x1: point.x - gap, y1: point.y + height / 2 };
        case 'top': return { x0: point.x - width / 2, y0: point.y - gap - height, x1: point.x + width / 2, y1: point.y - gap };
        case 'bottom': return { x0: point.x - width / 2, y0: point.y + gap, x1: point.x + width / 2, y1: point.y + gap + height };
      }
    };
    const others = dots.filter((_, i) => points[i]!.name !== area.feature);
    const side = SIDES.find((s) => ![...placed, ...others].some((b) => hits(b, boxOf(s)))) ?? null;
    sides.set(area.feature, side);
    if (side !== null) placed.push(boxOf(side));
  }
  return sides;
}

/** Fill of features that hold no region in view: the stage's panel colour, so the regions in view stand out. */
const EMPTY_FILL = '#1a2633';
/** Fill of a region in view with nothing needing attention: visibly on the map, but calm. */
const CALM_FILL = '#2d4a66';
const HOT_RAMP: readonly [string, string] = ['#8a5a1a', '#D55E00'];

/**
 * A map for the wall: the features holding regions in view are filled from calm blue (nothing needs attention)
 * through amber to vermilion (the most tasks needing attention); each is labelled with its short name and that count
 * from a point series on the map, whose labels ECharts moves apart when neighbours (东莞, 中山) would overprint;
 * other features are drawn dark and unlabelled; nothing reacts to the mouse. Names are shown as text, never HTML.
 */
export function buildScreenMapOption(areas: readonly ScreenMapArea[], options: ScreenMapOptions, sides = screenMapLabelSides(areas, options)) {
  const theme = chartTheme(options.theme ?? 'dark');
  const max = Math.max(1, ...areas.map((a) => a.attention));
  const regions = areas.map((area) => {
    const fill = area.attention === 0 ? CALM_FILL : rampColour(HOT_RAMP, area.attention / max);
    const focused = area.feature === options.focus;
    return {
      name: area.feature,
      itemStyle: { areaColor: fill, borderColor: focused ? '#F0E442' : '#9fb0c2', borderWidth: focused ? 5 : 1.5 },
      // a feature without a label point is labelled by the map itself
      label: { show: area.centre === undefined, ...labelStyle(options.fontSize), formatter: labelText(area) },
    };
  });
  const points = areas.flatMap((area) => (area.centre === undefined ? [] : [{ name: area.feature, value: [area.centre[0], area.centre[1], area.attention] }]));
  const pointsWithSides = () => points.map((p) => {
    const side = sides.get(p.name) ?? null;
    return { ...p, label: side === null ? { show: false } : { position: side } };
  });
  const byName = new Map(areas.map((a) => [a.feature, a]));
  return {
    backgroundColor: theme.background,
    animation: false,
    tooltip: { show: false },
    geo: {
      map: options.mapName,
      roam: false,
      silent: true,
      selectedMode: false as const,
      ...zoomTo(options.centres ?? [], options.allCentres ?? []),
      itemStyle: { areaColor: EMPTY_FILL, borderColor: '#3a5270', borderWidth: 1 },
      label: { show: false },
      emphasis: { disabled: true },
      regions,
    },
    series: [
      {
        type: 'scatter' as const,
        coordinateSystem: 'geo' as const,
        silent: true,
        symbolSize: 12,
        itemStyle: { color: '#ffffff', borderColor: '#0b1118', borderWidth: 2 },
        label: {
          show: true,
          position: 'right' as const,
          ...labelStyle(options.fontSize),
          formatter: (params: { name: string }) => labelText(byName.get(params.name) ?? { feature: params.name, attention: 0, total: 0 }),
        },
        data: pointsWithSides(),
      },
    ],
  };
}

/**
 * The features among `areas` whose label buildScreenMapOption leaves out with the same options (every side would print
 * over another label or point), in the order labels are placed (most tasks needing attention first); [] when every
 * label shows. The wall says how many, so a place without a name is not read as a place without data.
 */
export function labelsLeftOut(areas: readonly ScreenMapArea[], options: LabelScale, sides = screenMapLabelSides(areas, options)): string[] {
  return [...sides].flatMap(([feature, side]) => (side === null ? [feature] : []));
}

type LabelScale = Pick<ScreenMapOptions, 'fontSize' | 'pixelsPerDegree' | 'centres' | 'allCentres'>;

/**
 * Where each label point's label sits (null: left out) at the scale the map is drawn at: neighbouring small cities
 * (东莞, 中山, 汕尾) are too close on a wall-sized map for every label to sit on the right. Worked out once and passed
 * to both buildScreenMapOption and labelsLeftOut when a caller needs the two.
 */
export function screenMapLabelSides(areas: readonly ScreenMapArea[], options: LabelScale): Map<string, Side | null> {
  return labelSides(areas, options.fontSize, options.pixelsPerDegree ?? drawnPixelsPerDegree(options.centres ?? [], options.allCentres ?? []));
}

function labelText(area: ScreenMapArea): string {
  return `${shortPlaceName(area.feature).replace(/[{}|]/g, '')} {count|${area.attention}}`;
}

function labelStyle(fontSize: number) {
  return {
    color: '#ffffff',
    fontSize,
    fontWeight: 'bold' as const,
    // a dark halo keeps the label readable over any fill and over the sea
    textBorderColor: '#0b1118',
    textBorderWidth: 5,
    rich: { count: { fontSize: Math.round(fontSize * 1.15), fontWeight: 'bold' as const, color: '#ffd08a', textBorderColor: '#0b1118', textBorderWidth: 5 } },
  };
}

/** A place name without its administrative suffix for a map label (东莞市 → 东莞; 广东 stays), never shorter than 2 characters. */
export function shortPlaceName(name: string): string {
  const short = name.replace(/(市|地区|自治州|盟)$/u, '');
  return short.length >= 2 ? short : name;
}

/** The wall's map box in stage pixels (the centre column of a 1920×1080 stage, less the tiles and the focus strip). */
const MAP_BOX = { width: 680, height: 420 } as const;

/**
 * Stage pixels per degree at which the map is drawn: the span of every label point (plus the margin), zoomed as
 * zoomTo zooms, fitted into the map box. A country map is drawn at a quarter of a province's scale, so labels a
 * province map keeps apart overprint on it unless the estimate follows the map.
 */
function drawnPixelsPerDegree(centres: readonly (readonly [number, number])[], all: readonly (readonly [number, number])[]): number {
  if (all.length < 2) return DEFAULT_PIXELS_PER_DEGREE;
  const lon = all.map((p) => p[0]);
  const lat = all.map((p) => p[1]);
  const zoom = zoomTo(centres, all).zoom ?? 1;
  const width = (Math.max(...lon) - Math.min(...lon) + 2 * MARGIN_DEGREES) / zoom;
  const height = (Math.max(...lat) - Math.min(...lat) + 2 * MARGIN_DEGREES) / zoom;
  return Math.min(MAP_BOX.width / width, MAP_BOX.height / height);
}

/** Degrees of margin around the label points, so the outlines of the regions in view show whole. */
const MARGIN_DEGREES = 1.2;

/** Where the map series is centred and how far it is zoomed. */
interface MapZoom {
  layoutCenter: [string, string];
  layoutSize: string;
  center?: [number, number];
  zoom?: number;
}

// Zooms the map (ECharts' centre + zoom) to the label points of the regions in view, when they cover clearly less
// than the whole map (all label points); otherwise, and with fewer than two points, the whole map is shown.
function zoomTo(centres: readonly (readonly [number, number])[], all: readonly (readonly [number, number])[]): MapZoom {
  const whole: MapZoom = { layoutCenter: ['50%', '50%'], layoutSize: '100%' };
  if (centres.length < 2 || all.length < 2) return whole;
  const span = (points: readonly (readonly [number, number])[], i: 0 | 1) => {
    const values = points.map((p) => p[i]);
    return [Math.min(...values), Math.max(...values)] as const;
  };
  const [x0, x1] = span(centres, 0);
  const [y0, y1] = span(centres, 1);
  const [ax0, ax1] = span(all, 0);
  const [ay0, ay1] = span(all, 1);
  const zoom = Math.min((ax1 - ax0 + 2 * MARGIN_DEGREES) / (x1 - x0 + 2 * MARGIN_DEGREES), (ay1 - ay0 + 2 * MARGIN_DEGREES) / (y1 - y0 + 2 * MARGIN_DEGREES));
  if (zoom < 1.25) return whole;
  return { ...whole, center: [(x0 + x1) / 2, (y0 + y1) / 2], zoom: Math.round(zoom * 100) / 100 };
}
