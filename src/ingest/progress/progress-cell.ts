/** A cell as a form reader hands it over: text from CSV, or what the spreadsheet stored. */
export type FormCell = string | number | boolean | Date | null;

const DAY_MS = 86_400_000;
// Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is allowed for.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The cell as text, trimmed; dates as YYYY-MM-DD, numbers as JavaScript prints them. */
export function cellText(cell: FormCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

export type CellDate = { ok: true; date: string | null } | { ok: false };

/**
 * Reads a date cell: a spreadsheet date, an Excel serial day number (as a number, or as text
 * when the cell was formatted as text), or text such as 2026-03-31, 2026/3/31, 2026.3.31,
 * 2026年3月31日, 20260331. Blank → `{ ok: true, date: null }`; anything else, or a day that does
 * not exist (2026-02-30), → `{ ok: false }`.
 */
export function parseCellDate(cell: FormCell): CellDate {
  if (cell === null) return { ok: true, date: null };
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { ok: false } : { ok: true, date: cell.toISOString().slice(0, 10) };
  if (typeof cell === 'number') return serialDate(cell);
  const text = String(cell).trim().normalize('NFKC');
  if (text === '') return { ok: true, date: null };
  if (/^\d{5}(\.\d+)?$/.test(text)) return serialDate(Number(text));
  const m = text.match(/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/) ?? text.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (m === null) return { ok: false };
  return realDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

function serialDate(serial: number): CellDate {
  // Serial days between 1954 and 2119: anything else is not a date someone typed into this form.
  if (!Number.isFinite(serial) || serial < 20000 || serial > 80000) return { ok: false };
  return { ok: true, date: new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10) };
}

function realDay(y: number, m: number, d: number): CellDate {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return { ok: false };
  return { ok: true, date: t.toISOString().slice(0, 10) };
}

/**
 * Reads a number cell: 85, "85", "85%", "1,200", "5.4万" (→ 54000); blank → null; NaN when the
 * cell holds something else, for the caller to report.
 */
export function parseCellNumber(cell: FormCell): number | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : NaN;
  const text = cellText(cell).normalize('NFKC').replace(/[,\s]/g, '');
  if (text === '') return null;
  const m = text.match(/^([-+]?\d+(?:\.\d+)?)(%|万|亿)?[^\d]*$/);
  if (m === null) return NaN;
  const value = Number(m[1]);
  return m[2] === '万' ? value * 10_000 : m[2] === '亿' ? value * 100_000_000 : value;
}
