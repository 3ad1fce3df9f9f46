import { toHalfWidth } from '../text.ts';

/**
 * Numbering that may run on within one line when a page lost its line breaks:
 * "1." / "1、" (not "2.5"), "(一)", "一、" and "一是".
 */
const MARKERS: ReadonlyArray<{ kind: string; re: RegExp; value: (m: RegExpExecArray) => number }> = [
  { kind: 'arabic-dot', re: /(\d{1,3})(?:[.．、](?!\d))/g, value: (m) => Number(m[1]) },
  { kind: 'cn-paren', re: /[(（]([一二三四五六七八九十]{1,3})[)）]/g, value: (m) => chineseNumber(m[1]!) },
  { kind: 'section', re: /([一二三四五六七八九十]{1,3})[、．]/g, value: (m) => chineseNumber(m[1]!) },
  // "一是…(牵头单位:…)。二是…": points counted in words, run together in one paragraph
  { kind: 'cn-shi', re: /([一二三四五六七八九十]{1,3})是/g, value: (m) => chineseNumber(m[1]!) },
];

// A number starts an item only at the line's start or after a space, a sentence end or a closing bracket.
const BEFORE_ITEM = /[\s。；;！？)）\]】]/;

interface Marker {
  kind: string;
  at: number;
  value: number;
}

/**
 * Cuts one line into the numbered items run together on it ("…负责) 2.加快…(…) 3.…"), but only
 * where the numbering is consecutive: a kind's markers split the line when at least two of them
 * follow one another as n, n+1, …; a lone "一、" or "(一)" heading splits only when another kind
 * does, and only after a space or a sentence end. A line with no such run comes back whole.
 */
export function splitRunOnLine(line: string): string[] {
  const folded = toHalfWidth(line);
  const chains = MARKERS.map(({ kind }) => longestChain(markersOf(folded, kind)));
  const running = chains.filter((c) => c.length >= 2);
  if (running.length === 0) return [line];
  const cuts = new Set<number>();
  for (const chain of chains) {
    if (chain.length >= 2) for (const m of chain) cuts.add(m.at);
    else if (chain.length === 1 && (chain[0]!.kind === 'section' || chain[0]!.kind === 'cn-paren') && chain[0]!.value === 1 && afterSentence(folded, chain[0]!.at)) {
      cuts.add(chain[0]!.at);
    }
  }
  const at = [...cuts].filter((n) => n > 0).sort((a, b) => a - b);
  const pieces: string[] = [];
  let start = 0;
  for (const cut of at) {
    pieces.push(line.slice(start, cut));
    start = cut;
  }
  pieces.push(line.slice(start));
  return pieces.map((p) => p.trim()).filter((p) => p !== '');
}

/** A lone heading mid-line needs a space or a sentence end before it, never just a bracket. */
function afterSentence(folded: string, at: number): boolean {
  return at === 0 || /[\s。]/.test(folded[at - 1] ?? '');
}

function markersOf(folded: string, kind: string): Marker[] {
  const spec = MARKERS.find((m) => m.kind === kind)!;
  const out: Marker[] = [];
  for (const m of folded.matchAll(spec.re)) {
    const at = m.index;
    const prev = folded[at - 1] ?? '';
    if (at > 0 && !BEFORE_ITEM.test(prev)) continue;
    const value = spec.value(m as RegExpExecArray);
    if (value > 0) out.push({ kind, at, value });
  }
  return out;
}

/**
 * The longest run of markers numbered n, n+1, n+2 … in reading order, in one pass (a line of a page
 * that lost all its line breaks can hold thousands of numbers).
 */
function longestChain(markers: readonly Marker[]): Marker[] {
  const bestEndingAt = new Map<number, number>(); // value → index of the marker ending the longest run so far
  const length: number[] = [];
  const previous: number[] = [];
  let best = -1;
  markers.forEach((m, i) => {
    const before = bestEndingAt.get(m.value - 1);
    length[i] = before === undefined ? 1 : length[before]! + 1;
    previous[i] = before ?? -1;
    const held = bestEndingAt.get(m.value);
    if (held === undefined || length[held]! < length[i]!) bestEndingAt.set(m.value, i);
    if (best === -1 || length[i]! > length[best]!) best = i;
  });
  const chain: Marker[] = [];
  for (let i = best; i !== -1; i = previous[i]!) chain.unshift(markers[i]!);
  return chain;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十三 → 23; 0 for anything else. */
function chineseNumber(text: string): number {
  if (text === '十') return 10;
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m) return 0;
  if (!m[2]) return m[3] ? 0 : DIGITS[m[1] ?? ''] ?? 0;
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[3] ? DIGITS[m[3]]! : 0);
}
