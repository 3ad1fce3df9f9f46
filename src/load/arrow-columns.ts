import { DataType, type Data, type Vector } from 'apache-arrow';

/**
 * Readers over one Arrow column chunk that go straight to its buffers: a repeated string is
 * decoded once per dictionary, not once per row, and no row objects are made. Each accepts the
 * types a file written by another tool may plausibly hold (a plain string where Duban writes a
 * dictionary) and throws a message naming the column for anything else.
 */

/** Thrown for a file that is valid Arrow but not laid out as the compact encoding; the message names the column. */
export class ArrowLayoutError extends Error {}

export type Read<T> = (row: number) => T;

const utf8 = new TextDecoder('utf-8');

/** False where the row is null (its bit in the validity bitmap is 0). */
export function isValid(data: Data, row: number): boolean {
  if (data.nullCount === 0) return true;
  const bitmap = data.nullBitmap;
  if (bitmap === undefined || bitmap.length === 0) return true;
  const at = data.offset + row;
  return ((bitmap[at >> 3] ?? 0) & (1 << (at & 7))) !== 0;
}

function expect(ok: boolean, name: string, wanted: string, data: Data): void {
  if (!ok) throw new ArrowLayoutError(`column ${name}: expected ${wanted}, found ${String(data.type)}`);
}

/** Every string of a dictionary vector, decoded once. */
const dictionaryCache = new WeakMap<Vector, (string | null)[]>();
function dictionaryStrings(name: string, dictionary: Vector): (string | null)[] {
  let strings = dictionaryCache.get(dictionary);
  if (strings === undefined) {
    strings = [];
    for (const chunk of dictionary.data) {
      const read = strings0(name, chunk);
      for (let row = 0; row < chunk.length; row++) strings.push(read(row));
    }
    dictionaryCache.set(dictionary, strings);
  }
  return strings;
}

function strings0(name: string, data: Data): Read<string | null> {
  expect(DataType.isUtf8(data.type) || DataType.isLargeUtf8(data.type), name, 'strings', data);
  const offsets = data.valueOffsets as Int32Array | BigInt64Array;
  const values = data.values as Uint8Array;
  const big = offsets instanceof BigInt64Array;
  return (row) => {
    if (!isValid(data, row)) return null;
    const at = data.offset + row;
    const start = big ? Number(offsets[at]) : (offsets[at] as number);
    const end = big ? Number(offsets[at + 1]) : (offsets[at + 1] as number);
    return utf8.decode(values.subarray(start, end));
  };
}

/** A string column, plain or dictionary-encoded; null where the row is null. */
export function readStrings(name: string, data: Data): Read<string | null> {
  if (!DataType.isDictionary(data.type)) return strings0(name, data);
  const strings = dictionaryStrings(name, data.dictionary as Vector);
  const indices = data.values as ArrayLike<number | bigint>;
  return (row) => {
    if (!isValid(data, row)) return null;
    const index = indices[data.offset + row];
    return strings[Number(index)] ?? null;
  };
}

/** A boolean column; null where the row is null. */
export function readBools(name: string, data: Data): Read<boolean | null> {
  expect(DataType.isBool(data.type), name, 'booleans', data);
  const bits = data.values as Uint8Array;
  return (row) => {
    if (!isValid(data, row)) return null;
    const at = data.offset + row;
    return ((bits[at >> 3] ?? 0) & (1 << (at & 7))) !== 0;
  };
}

/** A numeric column (integer or floating point); null where the row is null. */
export function readNumbers(name: string, data: Data): Read<number | null> {
  expect(DataType.isInt(data.type) || DataType.isFloat(data.type), name, 'numbers', data);
  const values = data.values as ArrayLike<number | bigint>;
  return (row) => (isValid(data, row) ? Number(values[data.offset + row]) : null);
}

/** A date column (days, or milliseconds, since 1970-01-01) as milliseconds since 1970-01-01 UTC; null where the row is null. */
export function readDateMs(name: string, data: Data): Read<number | null> {
  expect(DataType.isDate(data.type), name, 'dates', data);
  const values = data.values as ArrayLike<number | bigint>;
  // DateDay is one int32 a row; DateMillisecond is one int64 (or two int32 halves in older builds).
  const perDay = (data.type as unknown as { unit: number }).unit === 0;
  const stride = !perDay && values instanceof Int32Array ? 2 : 1;
  return (row) => {
    if (!isValid(data, row)) return null;
    const at = (data.offset + row) * stride;
    return perDay ? Number(values[at]) * 86_400_000 : stride === 2 ? Number(values[at]) + Number(values[at + 1]) * 2 ** 32 : Number(values[at]);
  };
}

/** A date column as ISO "YYYY-MM-DD"; null where the row is null. */
export function readIsoDates(name: string, data: Data): Read<string | null> {
  const ms = readDateMs(name, data);
  return (row) => {
    const at = ms(row);
    return at === null ? null : isoDateOf(at);
  };
}

/** "YYYY-MM-DD" of a UTC instant (a year past 9999 or before 0 comes out in toISOString's six-digit form). */
export function isoDateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A list column: for a row, the [start, end) range of its items in `items` (the list's child data), or null. */
export function readLists(name: string, data: Data): { range: Read<[number, number] | null>; items: Data } {
  expect(DataType.isList(data.type), name, 'a list', data);
  const offsets = data.valueOffsets as Int32Array;
  const items = data.children[0];
  if (items === undefined) throw new ArrowLayoutError(`column ${name}: a list without items`);
  return {
    items,
    range: (row) => (isValid(data, row) ? [offsets[data.offset + row] as number, offsets[data.offset + row + 1] as number] : null),
  };
}

/** The child of a struct column called `field`. */
export function structField(name: string, data: Data, field: string): Data {
  expect(DataType.isStruct(data.type), name, 'a struct', data);
  const index = (data.type.children as { name: string }[]).findIndex((child) => child.name === field);
  const child = index < 0 ? undefined : data.children[index];
  if (child === undefined) throw new ArrowLayoutError(`column ${name}: no field "${field}"`);
  // Arrow's JS reader slices a struct's children along with it, so the child's rows are the struct's rows.
  return child;
}
