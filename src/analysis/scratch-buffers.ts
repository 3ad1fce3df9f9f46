/**
 * Typed arrays one aggregation reuses from call to call over the same table. On the 2-core machines the dashboard
 * targets, a fresh array of a few hundred KiB costs more than the loop filling it (new memory is faulted in page by
 * page, then the garbage collector takes it back), so a filter step's working lists live here instead.
 *
 * A buffer holds whatever its last user left in it: the caller initialises what it reads, takes the first `length`
 * entries only (the buffer may be longer), and never lets it escape into a result or across another call that could
 * ask for the same name.
 */
const pools = new WeakMap<object, Map<string, Int32Array | Uint8Array>>();

/** An Int32Array of at least `length` entries, kept with `owner` under `name`. */
export function scratchInt32(owner: object, name: string, length: number): Int32Array {
  return scratch(owner, name, length, Int32Array);
}

/** A Uint8Array of at least `length` entries, kept with `owner` under `name`. */
export function scratchUint8(owner: object, name: string, length: number): Uint8Array {
  return scratch(owner, name, length, Uint8Array);
}

function scratch<T extends Int32Array | Uint8Array>(owner: object, name: string, length: number, Kind: new (length: number) => T): T {
  let pool = pools.get(owner);
  if (pool === undefined) {
    pool = new Map();
    pools.set(owner, pool);
  }
  const known = pool.get(name);
  if (known instanceof Kind && known.length >= length) return known;
  // grown by half again, so a run of slightly longer asks does not reallocate each time
  const buffer = new Kind(Math.max(length, Math.ceil((known?.length ?? 0) * 1.5)));
  pool.set(name, buffer);
  return buffer;
}
