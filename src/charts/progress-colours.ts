import type { Rag } from '../analysis/progress-status.ts';
import type { ChartThemeName } from './chart-theme.ts';

/** The 督办 colours every chart uses: red, amber, green as offices print them, grey for no report; a touch lighter on the dark wall. */
export function ragColours(theme: ChartThemeName = 'light'): Readonly<Record<Rag, string>> {
  return theme === 'dark'
    ? { red: '#f85149', amber: '#e3b341', green: '#3fb950', grey: '#8b949e' }
    : { red: '#d1242f', amber: '#e69f00', green: '#1a7f37', grey: '#8c959f' };
}
