import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * How many of a list's `count` items to render so that they, and the line after them saying how many more there
 * are, fit the list's box: all of them at first, then — measured before the first paint — only the items whose
 * boxes end inside the list's, less one to leave room for that line. The items are the list's first element
 * children, in order. Starts over when `resetKey` changes (new data, another stage size).
 */
export function useFittingCount(list: RefObject<HTMLElement | null>, count: number, resetKey: string): number {
  const [state, setState] = useState({ key: resetKey, count, shown: count });
  const current = state.key === resetKey && state.count === count ? state : { key: resetKey, count, shown: count };
  if (current !== state) setState(current);
  useLayoutEffect(() => {
    const element = list.current;
    if (element === null || current.shown === 0) return;
    const box = element.getBoundingClientRect();
    if (element.scrollHeight <= element.clientHeight + 1 && element.scrollWidth <= element.clientWidth + 1) return;
    const items = [...element.children].slice(0, current.shown);
    const fitting = items.findIndex((item) => item.getBoundingClientRect().bottom > box.bottom + 1);
    // every item fits but the "n more" line does not: one item less; else the "n more" line takes the first misfit's place
    const shown = fitting === -1 ? current.shown - 1 : Math.max(0, fitting - 1);
    if (shown < current.shown) setState({ ...current, shown });
  });
  return current.shown;
}
