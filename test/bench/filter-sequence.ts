import type { Filters } from '../../src/analysis/filters.ts';
import { EMPTY_FILTERS } from '../../src/analysis/filters.ts';

/** One filter change a user makes: a label for the table and the complete filters after it. */
export interface FilterStep {
  label: string;
  filters: Filters;
}

/** What the sequence needs from the data: region names in manifest order, a busy unit, a section label and a category. */
export interface SequenceValues {
  regions: readonly string[];
  unit: string;
  section: string;
  category: string;
}

/**
 * The fixed sequence of eleven filter changes every engine replays: start unfiltered, narrow by
 * region, status, due range, widen again, then unit, section, category, free text, and clear.
 */
export function filterSequence(values: SequenceValues): FilterStep[] {
  const [a = '', b = a, c = b] = values.regions;
  const f = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...patch });
  const due = { from: '2022-01-01', to: '2023-12-31' };
  return [
    { label: 'none', filters: f({}) },
    { label: 'region=1', filters: f({ region: [a] }) },
    { label: 'region=3', filters: f({ region: [a, b, c] }) },
    { label: '+status', filters: f({ region: [a, b, c], status: ['passed', 'due90'] }) },
    { label: '+due range', filters: f({ region: [a, b, c], status: ['passed', 'due90'], due }) },
    { label: '-region', filters: f({ status: ['passed', 'due90'], due }) },
    { label: 'unit', filters: f({ unit: [values.unit] }) },
    { label: '+section', filters: f({ unit: [values.unit], section: [values.section] }) },
    { label: 'category', filters: f({ category: [values.category] }) },
    { label: 'q 2 terms', filters: f({ category: [values.category], q: '电子证照 平台' }) },
    { label: 'clear', filters: f({}) },
  ];
}
