import type { Lang } from '../../state/app-state.ts';
import type { ChartTable } from './chart-data.ts';
import { formatNumber } from '../format-number.ts';

/** Rows shown on screen before "…"; the CSV always has them all. */
const MAX_ROWS = 500;

/** The chart's numbers as a plain table: the twin a screen reader reads and a sighted user opens with "表格". */
export function ChartDataTable({ id, table, caption, lang }: { id: string; table: ChartTable; caption: string; lang: Lang }) {
  const number = (v: number | string | null) => (v === null ? '' : typeof v === 'number' ? formatNumber(v, lang) : v);
  const rows = table.rows.slice(0, MAX_ROWS);
  return (
    <div className="chart-data-table" id={id} data-testid="chart-data-table">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.corner}</th>
            {table.columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              <th scope="row">{row.label}</th>
              {row.values.map((v, i) => (
                <td key={i} className={typeof v === 'number' ? 'num' : undefined}>
                  {number(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.rows.length > MAX_ROWS && <p className="muted">… {table.rows.length - MAX_ROWS}</p>}
    </div>
  );
}
