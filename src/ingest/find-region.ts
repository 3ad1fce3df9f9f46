import { divisionChain, divisionIndex, type Division } from './divisions.ts';

/** The place a plan is for, as recognised from its text. */
export interface FoundRegion {
  /** The region as shown: the city, county or town with the divisions above it that tell it apart ("中山市港口镇", "杭州市西湖区"); null when none is named. */
  region: string | null;
  /** GB/T 2260 code of the most specific listed division (a town keeps its parent's); null when unknown. */
  divisionCode: string | null;
  /** Why the code could not be decided (a name shared by several divisions), for a warning; null when nothing is unsure. */
  ambiguity: string | null;
}

const LEVEL_DEPTH: Record<Division['level'], number> = { province: 0, city: 1, county: 2 };
// Generic words that are also county names (山西's 城区, 郊区, 矿区) are never read as places.
const GENERIC = new Set(['城区', '郊区', '矿区', '东区', '西区', '新区']);
// A town or sub-district printed before the plan's name: "港口镇…", "仁和街道…", never "美丽乡村" or "新型城镇化".
const TOWN = /^([\u4e00-\u9fa5]{2,4}?(?:镇|街道|乡))(?![村化])/;

const SOURCE_LINE = /(?:发布机构|信息来源|来源|发文机关|发文单位)\s*[:：]\s*([\u4e00-\u9fa5（）()]{3,40})/;

let matcher: RegExp | null = null;

/** One regular expression of every division name, longest first, so "长沙县" is never read as "沙县". */
function nameMatcher(): RegExp {
  if (matcher) return matcher;
  const names = [...divisionIndex().byName.keys()].filter((n) => !GENERIC.has(n));
  names.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  matcher = new RegExp(names.join('|'), 'g');
  return matcher;
}

interface Mention {
  name: string;
  index: number;
}

function mentionsIn(text: string): Mention[] {
  return [...text.matchAll(nameMatcher())].map((m) => ({ name: m[0], index: m.index }));
}

/**
 * Recognises the region from the title first, then the issuer, then the divisions the whole
 * text names most: the most specific division the title names whose other names there agree
 * with it (a name shared by several divisions is decided by the places the text mentions, and
 * left without a code when it cannot be), plus a town the title opens with.
 */
export function findRegion(lines: readonly string[], title: string | null, issuer: string | null): FoundRegion {
  const text = lines.join('\n');
  const counts = new Map<string, number>();
  for (const m of mentionsIn(text)) if (m.name.length >= 3) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);

  const fromTitle = title ? bestOf(namedIn(title), counts) : null;
  // the signature's issuer, else a web page's 发布机构 / 信息来源 line
  const issuers = [issuer, ...lines.map((l) => SOURCE_LINE.exec(l)?.[1] ?? null)].filter((l): l is string => l !== null);
  let fromIssuer: Choice | null = null;
  for (const line of fromTitle ? [] : issuers) {
    fromIssuer = bestOf(namedIn(line), counts);
    if (fromIssuer) break;
  }
  let chosen = fromTitle ?? fromIssuer;
  const town = title ? townIn(title) : null;
  if (!chosen && town) chosen = dominant(counts);
  if (!chosen && !town) {
    // a title with no listed name may still open with one ("X市…" is an anonymised copy: kept unknown)
    const printed = title ? /^([\u4e00-\u9fa5]{2,4}(?:省|市|县|区))/.exec(title)?.[1] ?? null : null;
    if (printed) return { region: printed, divisionCode: null, ambiguity: null };
    chosen = dominant(counts);
  }
  if (!chosen) return { region: town, divisionCode: null, ambiguity: null };
  if (chosen.kind === 'ambiguous') {
    const region = town ? chosen.name + stripPrefix(town, chosen.name) : chosen.name;
    return { region, divisionCode: null, ambiguity: `“${chosen.name}”对应多个行政区划：${chosen.codes.join('、')}` };
  }
  const name = displayName(chosen.division);
  if (!town) return { region: name, divisionCode: chosen.division.code, ambiguity: null };
  return { region: name + stripPrefix(town, name), divisionCode: chosen.division.code, ambiguity: null };
}

type Choice = { kind: 'one'; division: Division } | { kind: 'ambiguous'; name: string; codes: string[] };

/** Division names in a title or issuer line; two-character names only where the line opens with them or right after another name. */
function namedIn(line: string): string[] {
  const found: string[] = [];
  let end = 0;
  for (const m of mentionsIn(line)) {
    if (m.name.length >= 3 || m.index === 0 || m.index === end) found.push(m.name);
    end = m.index + m.name.length;
  }
  return found;
}

/** The deepest division whose ancestors the other names agree with; ties broken by the places the text mentions. */
function bestOf(names: readonly string[], counts: ReadonlyMap<string, number>): Choice | null {
  const { byName } = divisionIndex();
  let best: { d: Division; support: number; depth: number; context: number }[] = [];
  let bestKey: number[] | null = null;
  for (const name of names) {
    for (const d of byName.get(name) ?? []) {
      const chain = divisionChain(d.code).slice(0, -1);
      const support = chain.filter((a) => names.includes(a.name)).length;
      const context = chain.reduce((sum, a) => sum + (counts.get(a.name) ?? 0), 0);
      const key = [support, LEVEL_DEPTH[d.level], context];
      const cmp = bestKey === null ? 1 : compareKeys(key, bestKey);
      if (cmp > 0) {
        best = [{ d, support, depth: LEVEL_DEPTH[d.level], context }];
        bestKey = key;
      } else if (cmp === 0) best.push({ d, support, depth: LEVEL_DEPTH[d.level], context });
    }
  }
  if (best.length === 0) return null;
  const distinct = [...new Map(best.map((b) => [b.d.code, b.d])).values()];
  if (distinct.length === 1) return { kind: 'one', division: distinct[0]! };
  return { kind: 'ambiguous', name: distinct[0]!.name, codes: distinct.map((d) => d.code) };
}

/**
 * The division the text names most often (three or more characters), if one leads alone and is
 * named at least twice: a single mention in passing ("学习杭州市经验") is no region.
 */
function dominant(counts: ReadonlyMap<string, number>): Choice | null {
  const topCount = Math.max(0, ...counts.values());
  if (topCount < 2) return null;
  const top = [...counts].filter(([, n]) => n === topCount).map(([name]) => name);
  const choice = bestOf(top, counts);
  // names tied at the top must lie on one line of descent ("广东省" and "中山市"), else nothing leads
  if (choice?.kind !== 'one') return null;
  const chain = divisionChain(choice.division.code).map((d) => d.name);
  return top.every((name) => chain.includes(name)) ? choice : null;
}

/** How a division is shown: a county with the city (or municipality) it lies in, a city or province alone. */
function displayName(d: Division): string {
  if (d.level !== 'county') return d.name;
  const parent = divisionChain(d.code).at(-2);
  return parent && !d.name.startsWith(parent.name) ? parent.name + d.name : d.name;
}

function townIn(title: string): string | null {
  let rest = title;
  for (const m of mentionsIn(title)) {
    if (m.index !== title.length - rest.length) break;
    rest = rest.slice(m.name.length);
  }
  return TOWN.exec(rest)?.[1] ?? null;
}

function stripPrefix(town: string, prefix: string): string {
  return town.startsWith(prefix) ? town.slice(prefix.length) : town;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
