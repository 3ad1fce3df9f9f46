/** Today's date in the browser's own time zone as YYYY-MM-DD; the only place the dashboard reads the clock. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
