/** The panels big-screen mode can rotate through, in their default order. */
export const SCREEN_PANELS = ['overview', 'deadlines', 'workload', 'targets', 'timeline'] as const;
export type ScreenPanel = (typeof SCREEN_PANELS)[number];

/** Big-screen settings that ride in the hash's query beside the filters (parseHash ignores them). */
export interface ScreenParams {
  /** Seconds each panel stays on screen; 0 = no rotation. */
  rotate: number;
  /** Panels in rotation order, never empty. */
  panels: ScreenPanel[];
  /** Minutes between full page reloads; null = never. */
  reload: number | null;
  /** Minutes between re-fetches of data/; 0 = never. */
  refresh: number;
  /** The composite wall (every widget on one stage); false when `panels=` asks for single panels in rotation. */
  composite: boolean;
  /** `fit=fill`: widen the stage to the window's ratio (32:9 and other LED walls) instead of letterboxing 16:9. */
  fill: boolean;
}

export const DEFAULT_ROTATE = 30;
export const DEFAULT_REFRESH = 5;
/** The shortest reload or refresh interval in minutes (3 s), so a typo cannot hammer the server. */
export const MIN_INTERVAL_MINUTES = 0.05;
const MIN_ROTATE = 1;
const MAX_SECONDS = 86_400;

// Other names a person may reasonably type for a panel.
const ALIASES: Readonly<Record<string, ScreenPanel>> = {
  figures: 'overview',
  keyfigures: 'overview',
  density: 'deadlines',
  calendar: 'deadlines',
  deadline: 'deadlines',
  units: 'workload',
  target: 'targets',
  gantt: 'timeline',
};

/** Parses rotate, panels, reload, refresh and fit from a location hash such as `#/screen?rotate=20&panels=overview,targets`; missing or malformed values give the defaults. */
export function parseScreenParams(hash: string): ScreenParams {
  const queryAt = hash.indexOf('?');
  const params = new Map<string, string>();
  for (const pair of (queryAt < 0 ? '' : hash.slice(queryAt + 1)).split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    params.set(safeDecode(pair.slice(0, eq)), safeDecode(pair.slice(eq + 1)));
  }
  return {
    rotate: parseRotate(params.get('rotate')),
    panels: parsePanels(params.get('panels')),
    reload: parseMinutes(params.get('reload'), null),
    refresh: parseMinutes(params.get('refresh'), DEFAULT_REFRESH) ?? 0,
    composite: !hasPanels(params.get('panels')),
    fill: /^(fill|stretch|wide)$/i.test(params.get('fit')?.trim() ?? ''),
  };
}

function parseRotate(raw: string | undefined): number {
  const n = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(n) || n < 0) return DEFAULT_ROTATE;
  if (n === 0) return 0;
  return Math.min(MAX_SECONDS, Math.max(MIN_ROTATE, n));
}

// `panels=` with at least one known panel switches to single-panel mode (small screens); an unreadable list keeps the wall.
function hasPanels(raw: string | undefined): boolean {
  return (raw ?? '').split(',').some((name) => {
    const key = name.trim().toLowerCase().replace(/[-_\s]/g, '');
    return (SCREEN_PANELS as readonly string[]).includes(key) || ALIASES[key] !== undefined;
  });
}

function parsePanels(raw: string | undefined): ScreenPanel[] {
  const panels: ScreenPanel[] = [];
  for (const name of (raw ?? '').split(',')) {
    const key = name.trim().toLowerCase().replace(/[-_\s]/g, '');
    const panel = (SCREEN_PANELS as readonly string[]).includes(key) ? (key as ScreenPanel) : ALIASES[key];
    if (panel !== undefined && !panels.includes(panel)) panels.push(panel);
  }
  return panels.length > 0 ? panels : [...SCREEN_PANELS];
}

// 0 switches the interval off (null for reload, 0 for refresh); anything unreadable keeps the default.
function parseMinutes(raw: string | undefined, fallback: number | null): number | null {
  const n = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(n) || n < 0) return fallback;
  if (n === 0) return null;
  return Math.min(MAX_SECONDS, Math.max(MIN_INTERVAL_MINUTES, n));
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
