import { toHalfWidth } from './text.ts';

const CHINESE_DIGITS: Record<string, number> = {
  零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};

/** Turns a printed task number ("(3)", "（十一）", "1.2", "28 ") into a URL-safe slug, or null. */
export function slugTaskNo(no: string | null): string | null {
  if (no === null) return null;
  const inner = toHalfWidth(no).trim().replace(/^[(（[【]|[)）\]】]$/g, '').replace(/[、．.]$/, '');
  const arabic = /^[零一二三四五六七八九十]+$/.test(inner) ? String(chineseNumber(inner)) : inner;
  const slug = arabic.replace(/[^A-Za-z0-9._~-]+/g, '-').replace(/^-+|-+$/g, '');
  return slug === '' ? null : slug;
}

function chineseNumber(s: string): number {
  if (s.length === 1) return CHINESE_DIGITS[s] ?? 0;
  const tenAt = s.indexOf('十');
  if (tenAt === -1) return Number([...s].map((c) => CHINESE_DIGITS[c] ?? 0).join(''));
  const tens = tenAt === 0 ? 1 : (CHINESE_DIGITS[s[tenAt - 1] ?? ''] ?? 0);
  const ones = CHINESE_DIGITS[s[tenAt + 1] ?? ''] ?? 0;
  return tens * 10 + ones;
}

/**
 * Gives every task an id `<dataset id>/<slug>` that is unique and stable across re-runs:
 * the printed number when all are printed and distinct; the position in the document when
 * none is printed; otherwise "<section position>-<number>" (numbers restart per section,
 * seeds/004…), with "-0" for an unnumbered section goal and "-2", "-3" … on any clash left.
 */
export function assignTaskIds(
  datasetId: string,
  tasks: ReadonlyArray<{ no: string | null; path: readonly string[] }>,
): string[] {
  const slugs = tasks.map((t) => slugTaskNo(t.no));
  let local: string[];
  if (slugs.every((s) => s === null)) {
    local = tasks.map((_, i) => String(i + 1));
  } else if (slugs.every((s) => s !== null) && new Set(slugs).size === slugs.length) {
    local = slugs as string[];
  } else {
    const sectionIndex = new Map<string, number>();
    local = tasks.map((t, i) => {
      const key = t.path.join('\u0000');
      if (!sectionIndex.has(key)) sectionIndex.set(key, sectionIndex.size + 1);
      return `${sectionIndex.get(key)}-${slugs[i] ?? '0'}`;
    });
  }
  const seen = new Map<string, number>();
  return local.map((slug) => {
    const n = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, n);
    return `${datasetId}/${n === 1 ? slug : `${slug}-${n}`}`;
  });
}
