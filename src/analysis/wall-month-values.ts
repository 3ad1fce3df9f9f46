/**
 * The figures printed over the wall's twelve month columns. A column is about 50 stage pixels wide, room for three
 * digits at 28 px: when any month has 1,000 tasks or more (a province), every figure is printed in thousands — "2.1",
 * "12", "0" — and the panel's title says so, rather than letting "2,119" run into its neighbour. A month with a few
 * tasks in a row printed in thousands reads "<0.1", never "0": zero means no task.
 */
export interface MonthValueLabels {
  labels: string[];
  /** True when the labels are in thousands of tasks. */
  thousands: boolean;
}

export function monthValueLabels(counts: readonly number[], format: (n: number) => string): MonthValueLabels {
  const thousands = counts.some((n) => n >= 1000);
  if (!thousands) return { labels: counts.map(format), thousands };
  return {
    thousands,
    labels: counts.map((n) => {
      if (n === 0) return '0';
      if (n < 50) return '<0.1';
      const k = n / 1000;
      return k < 9.95 ? k.toFixed(1) : format(Math.round(k));
    }),
  };
}
