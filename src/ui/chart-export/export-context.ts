import { createContext, useContext } from 'react';
import type { Filters } from '../../analysis/filters.ts';
import type { View } from '../../state/app-state.ts';

/** What an export needs to say about the view it came from: filters, as-of date, datasets. */
export interface ExportContext {
  view: View;
  filters: Filters;
  asOf: string;
  /** Titles (or ids) of the datasets shown, in manifest order. */
  datasets: readonly string[];
  /** Link to the task list with the current filters ("show these tasks" after a chart click). */
  tasksHref: string;
  /** Clears every filter (a chart's Esc key). */
  clearFilters: () => void;
}

/** Set by the shell around the views; null outside it (e.g. the wall), where exports say only the title. */
export const ExportContextValue = createContext<ExportContext | null>(null);

export function useExportContext(): ExportContext | null {
  return useContext(ExportContextValue);
}
