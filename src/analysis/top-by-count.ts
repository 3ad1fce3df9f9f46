/**
 * The `size` ids with the highest count, best first; equal counts go to the lower rank (a name's position in code-unit
 * order, see nameRanks), so the result is one total order whatever order the ids come in. One pass: an id that does not
 * beat the current last of the list costs one comparison, which is all but a few of a province's tens of thousands of
 * units (a partial sort such as quickselect calls a comparator several times per id).
 */
export function topByCount(ids: ArrayLike<number>, length: number, count: (id: number) => number, rank: Int32Array, size: number): number[] {
  const top: number[] = [];
  const counts: number[] = [];
  if (size <= 0) return top;
  for (let k = 0; k < length; k++) {
    const id = ids[k]!;
    const n = count(id);
    if (top.length === size) {
      const last = counts[size - 1]!;
      if (n < last || (n === last && rank[id]! > rank[top[size - 1]!]!)) continue;
      top.pop();
      counts.pop();
    }
    // insertion from the end: the list holds at most `size` ids
    let p = top.length;
    while (p > 0 && (counts[p - 1]! < n || (counts[p - 1] === n && rank[top[p - 1]!]! > rank[id]!))) p--;
    top.splice(p, 0, id);
    counts.splice(p, 0, n);
  }
  return top;
}
