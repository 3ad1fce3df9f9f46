import { divisionChain, divisionIndex, type Division } from './divisions.ts';
import { citiesOfCharacter, cityOfShortNameAt, cityShortName, provinceOfCharacter, provinceOfShortName, provinceShortName, provinceShortNames } from './province-short-names.ts';

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
// The head of a notice: "河南省人民政府 关于…的通知", "六安市人民政府关于2021年重点工作…" — its issuer.
const NOTICE_HEAD = /^\s*([\u4e00-\u9fa5]{2,20}?(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室))\s*关于/;
// A document number "豫政〔2023〕5号", "苏政发[2021]12号" (a number quoted after a 《title》 is another document's).
const DOC_NUMBER = /(?<!》[（(]?)([\u4e00-\u9fa5]{1,6})\s*[〔[［]\s*\d{4}\s*[〕\]］]\s*\d{1,4}\s*号/g;
const HEAD_LINES = 15;

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
  const heads = lines.slice(0, HEAD_LINES).map((l) => NOTICE_HEAD.exec(l)?.[1] ?? null);
  const issuers = [issuer, ...lines.map((l) => SOURCE_LINE.exec(l)?.[1] ?? null), ...heads].filter((l): l is string => l !== null);
  let fromIssuer: Choice | null = null;
  for (const line of fromTitle ? [] : issuers) {
    fromIssuer = bestOf(namedIn(line), counts) ?? shortNamed(line);
    if (fromIssuer) break;
  }
  const numbered = docNumberProvince(lines, text);
  let chosen = fromTitle ?? fromIssuer;
  const town = title ? townIn(title) : null;
  // a document number's province, when title and issuer name no place ("豫政〔2023〕5号" → 河南省)
  if (!chosen && !town && numbered.division) chosen = { kind: 'one', division: numbered.division };
  const conflict = chosen?.kind === 'one' ? docNumberConflict(chosen.division, numbered) : null;
  if (!chosen && town) chosen = dominant(counts);
  if (!chosen && !town) {
    // a title with no listed name may still open with one ("X市…" is an anonymised copy: kept unknown)
    const printed = title ? /^([\u4e00-\u9fa5]{2,4}(?:省|市|县|区))/.exec(title)?.[1] ?? null : null;
    if (printed) return { region: printed, divisionCode: null, ambiguity: null };
    chosen = dominant(counts);
  }
  if (!chosen) return { region: town, divisionCode: null, ambiguity: numbered.doubt };
  if (chosen.kind === 'ambiguous') {
    const region = town ? chosen.name + stripPrefix(town, chosen.name) : chosen.name;
    return { region, divisionCode: null, ambiguity: `“${chosen.name}”对应多个行政区划：${chosen.codes.join('、')}` };
  }
  const name = displayName(chosen.division);
  if (!town) return { region: name, divisionCode: chosen.division.code, ambiguity: conflict };
  return { region: name + stripPrefix(town, name), divisionCode: chosen.division.code, ambiguity: conflict };
}

/** An issuer that opens with a province's short name ("河南银保监局", "广西壮族自治区…" is matched by name already). */
function shortNamed(line: string): Choice | null {
  const short = provinceShortNames().find((n) => line.startsWith(n));
  const province = short ? provinceOfShortName(short) : null;
  if (province) return { kind: 'one', division: province };
  // "咸宁高新区管委会": a city's short name, when no other division's name opens with it
  const city = cityOfShortNameAt(line);
  return city ? { kind: 'one', division: city } : null;
}

interface NumberedProvince {
  /** The province every document number in the head names, when nothing contradicts it. */
  division: Division | null;
  /** The document numbers and the province they name, for a conflict message. */
  printed: string[];
  /** Why a number's province was not used (its character is shared, or numbers disagree), for a warning. */
  doubt: string | null;
}

/**
 * The province named by the short character that opens the document numbers printed in the head
 * (豫政, 苏政发, 浙政办发, 赣府发 …: the character, then 政 or 府). A character that other divisions' names
 * also start with (宁: 宁夏 and 宁波市; 青: 青海 and 青岛市) counts only when the text also prints the
 * province's name or short name; two numbers naming different provinces name none.
 */
function docNumberProvince(lines: readonly string[], text: string): NumberedProvince {
  const head = lines.slice(0, HEAD_LINES).join('\n');
  const found = new Map<string, { division: Division; rivals: Division[]; printed: string }>();
  const cityNumbers: { character: string; printed: string }[] = [];
  for (const m of head.matchAll(DOC_NUMBER)) {
    const prefix = m[1] ?? '';
    const at = Math.max(0, prefix.length - 4);
    // the number's own prefix: the last few characters before the bracket ("…通知 豫政" → "豫政")
    const own = /([\u4e00-\u9fa5])(?:政|府)[\u4e00-\u9fa5]{0,3}$/.exec(prefix.slice(at));
    if (!own) continue;
    const start = at + own.index;
    if (start > 0 && !/[\s\u4e00-\u9fa5]/.test(prefix[start - 1] ?? '') ) continue;
    const province = provinceOfCharacter(own[1]!);
    if (province) found.set(province.province.code, { division: province.province, rivals: province.rivals, printed: m[0].trim() });
    else cityNumbers.push({ character: own[1]!, printed: m[0].trim() });
  }
  const printed = [...found.values()].map((f) => f.printed);
  if (found.size === 0) return cityNumber(cityNumbers, text);
  if (found.size > 1) {
    return { division: null, printed, doubt: `文号${printed.join('、')}分属不同省份，未据以确定地区` };
  }
  const [only] = [...found.values()];
  const short = provinceShortName(only!.division);
  if (only!.rivals.length > 0 && !text.includes(short)) {
    const others = only!.rivals.slice(0, 3).map((d) => d.name).join('、');
    return { division: null, printed, doubt: `文号“${only!.printed}”的简称也可能指${others}等，未据以确定地区` };
  }
  return { division: only!.division, printed, doubt: null };
}

/**
 * A city's document number ("咸政办〔2023〕1号"): its character names a city only when exactly one
 * prefecture-level city starts with it and the text prints that city's short name too (a county's number may
 * open with the same character); when several cities start with it, nothing is chosen and it is said why.
 */
function cityNumber(numbers: readonly { character: string; printed: string }[], text: string): NumberedProvince {
  const printed = numbers.map((n) => n.printed);
  const [first] = numbers;
  if (!first || numbers.some((n) => n.character !== first.character)) return { division: null, printed, doubt: null };
  const cities = citiesOfCharacter(first.character);
  const named = cities.filter((c) => text.includes(cityShortName(c)));
  if (cities.length === 1 && named.length === 1) return { division: named[0]!, printed, doubt: null };
  if (cities.length > 1 && named.length > 0) {
    return { division: null, printed, doubt: `文号“${first.printed}”的简称可能指${cities.map((c) => c.name).join('、')}，未据以确定地区` };
  }
  return { division: null, printed, doubt: null };
}

/** A warning when the region chosen from title or issuer lies outside the province its document number names. */
function docNumberConflict(chosen: Division, numbered: NumberedProvince): string | null {
  if (!numbered.division) return null;
  if (chosen.code.slice(0, 2) === numbered.division.code.slice(0, 2)) return null;
  return `标题或发文机关指向${chosen.name}，文号${numbered.printed.join('、')}却指向${numbered.division.name}，请核对地区`;
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
