import type { Role } from '../model/schema.ts';

/** Deadline status relative to an as-of date. */
/** 'passed': the deadline lies before the as-of date — the data holds deadlines, not completion, so it says nothing about being late (progress reports bring that, as a separate dimension). */
export type DeadlineStatus = 'passed' | 'due90' | 'later' | 'ongoing' | 'yearUnknown';

/**
 * Every filter the dashboard offers. An empty array / null means "no filter on this field".
 * The URL hash query is the serialised form of this object (src/state/).
 */
export interface Filters {
  /** Region names as in datasets (`region`). */
  region: string[];
  /** Section labels (any level of `path`). */
  section: string[];
  /** Unit names. */
  unit: string[];
  /** Roles a matched unit must hold; with `unit`, the unit must hold one of these roles. */
  role: Role[];
  /** Inclusive ISO date range on `deadline.due`; either end may be null. */
  due: { from: string | null; to: string | null } | null;
  status: DeadlineStatus[];
  /** Indicator categories. */
  category: string[];
  /** Free text, matched against number, path, title, text, units, deadline and indicators. */
  q: string;
  /**
   * Exclude ("≠") filters: a row having any of these values in the field fails (region; any level of the path;
   * any unit in any role; any indicator's category). Absent or empty means no exclusion.
   */
  not?: ExcludedValues;
}

/** The fields an exclude filter can name. */
export const EXCLUDABLE_FIELDS = ['region', 'section', 'unit', 'category'] as const;
export type ExcludableField = (typeof EXCLUDABLE_FIELDS)[number];
export type ExcludedValues = Partial<Record<ExcludableField, string[]>>;

/** True when `not` excludes anything. */
export function hasExclusions(not: ExcludedValues | undefined): boolean {
  return not !== undefined && EXCLUDABLE_FIELDS.some((field) => (not[field]?.length ?? 0) > 0);
}

export const EMPTY_FILTERS: Filters = {
  region: [],
  section: [],
  unit: [],
  role: [],
  due: null,
  status: [],
  category: [],
  q: '',
  not: undefined,
};
