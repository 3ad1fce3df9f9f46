import { toHalfWidth } from '../text.ts';

/** A deadline read from an item's own text, for prose items that print none in a label or bracket. */
export interface TextDeadline {
  /** The phrase to parse as the deadline ("2024年6月底前", "年底前", "持续推进", "2025年"), or '' for none. */
  raw: string;
  /** Why the reading is unsure (several dates, a target year only), for a deadline-in-text warning; null when sure. */
  doubt: string | null;
}

// A completion date: "2024年6月底前", "6月底前", "年底前", "2024年底前", "2025年前", "9月30日前", "上半年前".
const COMPLETION =
  /(?:(?:\d{4}|[Xx])年)?(?:\d{1,2}月(?:\d{1,2}[日号])?(?:底|末|上旬|中旬|下旬)?|年底|年末|上半年|下半年|底|末)(?:前|以前|之前)|\d{4}年(?:前|以前|之前|内)/g;
const ONGOING = /持续推进|长期坚持|长期推进|持续开展|长期开展|持续实施|常态化推进/;
// A year printed alone ("2017年开工建设", "到2025年,…达到…"): a target, not a completion date; not a range's first year.
const TARGET_YEAR = /(?<![\d—–\-－~～至到])(?:到|至)?(\d{4})年(?!\d|底|末|前|以前|之前|内|[—–\-－~～至到]|度|[上下]半年|第?[一二三四1-4]季度)/g;
// A span "2021—2025年" or "2021年—2025年" names its last year as the target.
const RANGE = /(\d{4})年?\s*[—–\-－~～至到]+\s*(\d{4})年/g;

/**
 * The deadline an item states in its text ("…,2024年6月底前完成", "年底前", "持续推进"): exactly one
 * completion date is read as it is; several different ones, or a completion date and a later target year,
 * are not picked from (raw '' and a doubt naming them) — a careful reader could take either. With no
 * completion date, one target year ("到2025年…达到…", "2017年开工建设") is read as that year, with a doubt;
 * an ongoing wording ("持续推进", "长期坚持") alone is read as ongoing.
 */
export function deadlineInText(text: string): TextDeadline {
  const folded = toHalfWidth(text);
  const completions = unique([...folded.matchAll(COMPLETION)].map((m) => m[0]));
  const targets = unique([
    ...[...folded.matchAll(TARGET_YEAR)].map((m) => m[1]!),
    ...[...folded.matchAll(RANGE)].map((m) => m[2]!),
  ]);
  if (completions.length === 1) {
    const only = completions[0]!;
    // "对2020年底前建成的项目给予补贴": the date qualifies a noun, it is not when the item is due
    if (qualifiesNoun(folded, only)) return { raw: '', doubt: `正文中的“${only}”修饰其后的名词，未必是完成时限` };
    const year = /^(\d{4})年/.exec(only)?.[1];
    const later = targets.filter((y) => year === undefined || Number(y) > Number(year));
    if (later.length === 0) return { raw: only, doubt: null };
    return { raw: '', doubt: `正文写有“${only}”和目标年份${later.map((y) => `“${y}年”`).join('、')}，未确定完成时限` };
  }
  if (completions.length > 1) {
    return { raw: '', doubt: `正文写有多个时间（${completions.map((c) => `“${c}”`).join('、')}），未确定完成时限` };
  }
  if (targets.length === 1) {
    return { raw: `${targets[0]}年`, doubt: `正文只写有目标年份“${targets[0]}年”，按该年年底记` };
  }
  if (targets.length > 1) {
    return { raw: '', doubt: `正文写有多个年份（${targets.map((y) => `“${y}年”`).join('、')}），未确定完成时限` };
  }
  const ongoing = ONGOING.exec(folded)?.[0];
  return { raw: ongoing ?? '', doubt: null };
}

/** Is every occurrence of the phrase followed closely by 的 ("…前建成的项目"), so it qualifies a noun? */
function qualifiesNoun(text: string, phrase: string): boolean {
  // a short verb phrase, then 的: "前建成的项目", "前完成改造的小区" (not "前建成覆盖全区的网络")
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const uses = [...text.matchAll(new RegExp(`${escaped}([^，,。；;：:的]{0,4}的)?`, 'g'))];
  return uses.length > 0 && uses.every((m) => m[1] !== undefined);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
