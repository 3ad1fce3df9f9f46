/**
 * The wall's lists (alerts, rankings, region tiles) show what a leader reads from across the room, not every task of a
 * province: each list keeps its first entries in its own order and says how many it left out, so no count is lost
 * (the counters above always count everything). Also what keeps the page light: a DOM node per task of 200,000 made
 * every layout cost seconds.
 */

/** One entry of a capped list: a shown item, or the line saying how many items of one kind follow unshown. */
export type CappedEntry<T, K> = { item: T } | { more: number; kind: K };

/**
 * Keeps the first `max` items of each kind of a list grouped by kind (items of one kind next to each other, in the
 * list's order), putting after each group a `{ more, kind }` entry when some of that kind were left out.
 */
export function capPerKind<T, K>(items: readonly T[], kindOf: (item: T) => K, max: number): CappedEntry<T, K>[] {
  const out: CappedEntry<T, K>[] = [];
  let kind: K | undefined;
  let shown = 0;
  let hidden = 0;
  const closeGroup = () => {
    if (hidden > 0) out.push({ more: hidden, kind: kind as K });
  };
  for (const item of items) {
    const itemKind = kindOf(item);
    if (shown + hidden === 0 || itemKind !== kind) {
      closeGroup();
      kind = itemKind;
      shown = 0;
      hidden = 0;
    }
    if (shown < max) {
      out.push({ item });
      shown++;
    } else hidden++;
  }
  closeGroup();
  return out;
}

/** The first `max` items and how many follow unshown. */
export function capList<T>(items: readonly T[], max: number): { shown: readonly T[]; rest: number } {
  return items.length <= max ? { shown: items, rest: 0 } : { shown: items.slice(0, max), rest: items.length - max };
}
