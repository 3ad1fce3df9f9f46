import { useLayoutEffect, type RefObject } from 'react';

/** The value sizes tried, largest first, in stage pixels; the smallest still reads from across the room. */
const VALUE_SIZES = [76, 50, 44, 40, 36, 32] as const;
/** The progress row's ten counters start smaller: a number over its label must fit the same tile height. */
const PROGRESS_START = 50;
/**
 * Below this value size a counter stacks its value over its label (beside it, the label takes room the value needs);
 * stacked, a value's line is 1.46 em (a CJK font's text box) over the label's 41 px in the 116 px tile: 50 px at most.
 */
const STACKED_FROM = 76;

/**
 * Sets the counter row's value size (`--counter-value` on the list, plus `data-fit` = the size and `data-stacked` when
 * values stand over their labels) to the largest at which no figure is cut: every tile shows its whole content and
 * the row its whole width. Measured, not estimated from digit counts: the wall PC's fonts decide the widths. Runs when
 * the texts change and when the stage is resized (fill mode changes the row's width).
 */
export function useFitCounters(list: RefObject<HTMLUListElement | null>, texts: string): void {
  useLayoutEffect(() => {
    const element = list.current;
    if (element === null) return;
    const fit = () => {
      const progress = element.classList.contains('has-progress');
      for (const size of VALUE_SIZES) {
        if (progress && size > PROGRESS_START) continue;
        apply(element, size);
        if (!overflows(element)) return;
      }
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      fit();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [list, texts]);
}

function apply(element: HTMLElement, size: number): void {
  element.style.setProperty('--counter-value', `${size}px`);
  element.dataset.fit = String(size);
  // the plain row starts with label beside value; the progress row (ten counters) always stacks
  if (size < STACKED_FROM || element.classList.contains('has-progress')) element.dataset.stacked = 'true';
  else delete element.dataset.stacked;
}

function overflows(element: HTMLElement): boolean {
  if (element.scrollWidth > element.clientWidth + 1) return true;
  for (const tile of element.children) if (tile.scrollWidth > tile.clientWidth + 1 || tile.scrollHeight > tile.clientHeight + 1) return true;
  return false;
}
