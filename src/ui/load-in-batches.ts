// Plain module state rather than React state: the charts read it when their option changes, and a change of it
// alone must not redraw them (a redraw of every chart just to turn animation back on would cost a long task).
let inBatches = false;

/** Marks that the page shows a load batch by batch (true at its first partial batch) or no longer (once all is shown). */
export function setLoadingInBatches(value: boolean): void {
  inBatches = value;
}

/** Whether a load is arriving batch by batch: charts then draw each batch without animation (animation-budget.ts). */
export function loadingInBatches(): boolean {
  return inBatches;
}
