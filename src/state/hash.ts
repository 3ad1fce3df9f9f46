import { EXCLUDABLE_FIELDS, hasExclusions, type DeadlineStatus, type ExcludedValues, type Filters } from '../analysis/filters.ts';
import type { Role } from '../model/schema.ts';
import type { AppState, Lane, Lang, Scope, TimelineRows, View } from './app-state.ts';
import { DEFAULT_STATE, VIEWS } from './app-state.ts';

const STATUSES: readonly DeadlineStatus[] = ['passed', 'due90', 'later', 'ongoing', 'yearUnknown'];
const ROLES: readonly Role[] = ['lead', 'responsible', 'support'];
const LANES: readonly Lane[] = ['region', 'section', 'lead'];
const SCOPES: readonly Scope[] = ['all', 'region'];
const TIMELINE_ROWS: readonly TimelineRows[] = ['items', 'months'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a location hash such as `#/workload?region=a,b&due=2021-01-01..` into a full state; unknown or malformed parts fall back to defaults. */
export function parseHash(hash: string): AppState {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const queryAt = body.indexOf('?');
  const route = (queryAt < 0 ? body : body.slice(0, queryAt)).replace(/^\/+|\/+$/g, '');
  const params = parseQuery(queryAt < 0 ? '' : body.slice(queryAt + 1));
  const view = (VIEWS as readonly string[]).includes(route) ? (route as View) : DEFAULT_STATE.view;
  const one = (key: string): string | null => params.get(key)?.[0] ?? null;
  const top = Number(one('top'));
  const asOf = one('asof');
  const filters: Filters = {
    region: params.get('region') ?? [],
    section: params.get('section') ?? [],
    unit: params.get('unit') ?? [],
    role: pick(params.get('role'), ROLES),
    due: parseRange(one('due')),
    // 'overdue' was the name of 'passed' before statuses said only what the data knows: old links keep working
    status: [...new Set(pick(params.get('status')?.map((v) => (v === 'overdue' ? 'passed' : v)), STATUSES))],
    category: params.get('category') ?? [],
    q: params.get('q')?.join(',') ?? '',
    ...parseExclusions(params),
  };
  return {
    view,
    filters,
    asOf: asOf !== null && isIsoDate(asOf) ? asOf : null,
    lang: one('lang') === 'en' ? 'en' : 'zh',
    lane: pick(params.get('lane'), LANES)[0] ?? DEFAULT_STATE.lane,
    scope: pick(params.get('scope'), SCOPES)[0] ?? DEFAULT_STATE.scope,
    top: Number.isInteger(top) && top > 0 && top <= 500 ? top : DEFAULT_STATE.top,
    expand: one('expand') === '1',
    task: one('task'),
    sort: one('sort'),
    zoom: parseZoom(one('zoom')),
    rows: pick(params.get('rows'), TIMELINE_ROWS)[0] ?? DEFAULT_STATE.rows,
    extra: unknownParams(queryAt < 0 ? '' : body.slice(queryAt + 1)),
  };
}

const KNOWN_KEYS: ReadonlySet<string> = new Set([
  'region', 'section', 'unit', 'role', 'due', 'status', 'category', 'q',
  'asof', 'lang', 'lane', 'scope', 'top', 'expand', 'task', 'sort', 'zoom', 'rows',
  ...EXCLUDABLE_FIELDS.map((field) => `not-${field}`),
]);

// --- exclude ("≠") filters: `not-<field>=a,b` for region, section, unit and category ---
function parseExclusions(params: Map<string, string[]>): { not?: ExcludedValues } {
  const not: ExcludedValues = {};
  for (const field of EXCLUDABLE_FIELDS) {
    const values = params.get(`not-${field}`);
    if (values !== undefined && values.length > 0) not[field] = values;
  }
  return hasExclusions(not) ? { not } : {};
}

function formatExclusions(not: ExcludedValues | undefined, list: (key: string, values: readonly string[]) => void): void {
  if (not === undefined) return;
  for (const field of EXCLUDABLE_FIELDS) list(`not-${field}`, not[field] ?? []);
}
// --- end of exclude filters ---

function unknownParams(query: string): Array<readonly [string, string]> {
  const out: Array<readonly [string, string]> = [];
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = safeDecode(eq < 0 ? pair : pair.slice(0, eq));
    if (key !== '' && !KNOWN_KEYS.has(key)) out.push([key, eq < 0 ? '' : pair.slice(eq + 1)]);
  }
  return out;
}

/** Formats a state as a hash (`#/view?key=value…`), leaving out every default so links stay short; the inverse of parseHash. */
export function formatHash(state: AppState): string {
  const f = state.filters;
  const parts: string[] = [];
  const list = (key: string, values: readonly string[]) => {
    if (values.length > 0) parts.push(`${key}=${values.map(encodeURIComponent).join(',')}`);
  };
  list('region', f.region);
  list('section', f.section);
  list('unit', f.unit);
  list('role', f.role);
  const due = formatRange(f.due);
  if (due) parts.push(`due=${due}`);
  list('status', f.status);
  list('category', f.category);
  if (f.q !== '') parts.push(`q=${encodeURIComponent(f.q)}`);
  formatExclusions(f.not, list);
  if (state.asOf !== null) parts.push(`asof=${state.asOf}`);
  if (state.lang !== DEFAULT_STATE.lang) parts.push(`lang=${state.lang}`);
  if (state.lane !== DEFAULT_STATE.lane) parts.push(`lane=${state.lane}`);
  if (state.scope !== DEFAULT_STATE.scope) parts.push(`scope=${state.scope}`);
  if (state.top !== DEFAULT_STATE.top) parts.push(`top=${state.top}`);
  if (state.expand) parts.push('expand=1');
  if (state.task !== null) parts.push(`task=${encodeURIComponent(state.task)}`);
  if (state.sort !== null) parts.push(`sort=${encodeURIComponent(state.sort)}`);
  if (state.zoom !== null) parts.push(`zoom=${state.zoom.from}..${state.zoom.to}`);
  if (state.rows !== DEFAULT_STATE.rows) parts.push(`rows=${state.rows}`);
  for (const [key, raw] of state.extra) parts.push(`${encodeURIComponent(key)}=${raw}`);
  return `#/${state.view}${parts.length > 0 ? `?${parts.join('&')}` : ''}`;
}

// Values are comma-separated lists whose items are percent-encoded, so a comma inside a
// name survives as %2C; "+" is kept literal (not a space) since we never produce it for one.
function parseQuery(query: string): Map<string, string[]> {
  const params = new Map<string, string[]>();
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = safeDecode(eq < 0 ? pair : pair.slice(0, eq));
    const raw = eq < 0 ? '' : pair.slice(eq + 1);
    const values = raw.split(',').map(safeDecode).filter((v) => v !== '');
    if (values.length > 0) params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  return params;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function pick<T extends string>(values: string[] | undefined, allowed: readonly T[]): T[] {
  return (values ?? []).filter((v): v is T => (allowed as readonly string[]).includes(v));
}

// Plain arithmetic rather than Date, so this module never touches the clock or time zones.
function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return days !== undefined && d >= 1 && d <= days;
}

function parseRange(raw: string | null): Filters['due'] {
  if (raw === null) return null;
  const [a = '', b = ''] = raw.split('..');
  const from = isIsoDate(a) ? a : null;
  const to = isIsoDate(b) ? b : null;
  return from === null && to === null ? null : { from, to };
}

// the timeline's zoom window: both ends required, in order
function parseZoom(raw: string | null): AppState['zoom'] {
  const range = parseRange(raw);
  return range !== null && range.from !== null && range.to !== null && range.from < range.to ? { from: range.from, to: range.to } : null;
}

function formatRange(due: Filters['due']): string {
  if (due === null || (due.from === null && due.to === null)) return '';
  return `${due.from ?? ''}..${due.to ?? ''}`;
}
