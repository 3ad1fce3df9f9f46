import type { Filters } from '../analysis/filters.ts';
import { EMPTY_FILTERS } from '../analysis/filters.ts';

/** The dashboard's routes; `screen` is reserved for big-screen mode. */
export const VIEWS = ['overview', 'timeline', 'workload', 'targets', 'tasks', 'quality', 'screen', 'supervise'] as const;
export type View = (typeof VIEWS)[number];

export type Lang = 'zh' | 'en';

/** What the timeline groups its rows by. */
export type Lane = 'region' | 'section' | 'lead';

/** How the timeline draws its lanes (URL `rows=`): one row per task, monthly counts per lane, or 'auto' (whichever shows every lane readably). */
export type TimelineRows = 'auto' | 'items' | 'months';

/** Whether the workload chart sums units across regions or keeps one bar per region and unit. */
export type Scope = 'all' | 'region';

/** Everything a link reproduces: the view, its filters and its display options. */
export interface AppState {
  view: View;
  filters: Filters;
  /** ISO date the statuses are computed against; null means "today" (decided in src/ui). */
  asOf: string | null;
  lang: Lang;
  lane: Lane;
  scope: Scope;
  /** How many units the workload chart shows before summing the rest. */
  top: number;
  /** Whether collective units the document defines (unitGroups) are expanded into their members. */
  expand: boolean;
  /** Task id shown in the detail dialog, or null. */
  task: string | null;
  /** Tasks table sort key; a leading "-" sorts descending. Null keeps document order. */
  sort: string | null;
  /** The timeline's zoomed time window, ISO days "from..to" (URL `zoom=`); null shows the whole axis. */
  zoom: { from: string; to: string } | null;
  /** The timeline's rows: 'auto' unless the link says `rows=items` or `rows=months`. */
  rows: TimelineRows;
  /**
   * Query parameters this module does not know (e.g. big-screen `rotate`, `panels`), kept as
   * printed — key decoded, value still encoded — so a link or reload never loses them.
   */
  extra: ReadonlyArray<readonly [string, string]>;
}

export const DEFAULT_TOP = 15;

export const DEFAULT_STATE: AppState = {
  view: 'overview',
  filters: EMPTY_FILTERS,
  asOf: null,
  lang: 'zh',
  lane: 'region',
  scope: 'all',
  top: DEFAULT_TOP,
  expand: false,
  task: null,
  sort: null,
  zoom: null,
  rows: 'auto',
  extra: [],
};
