/**
 * Numbered the way a section heading is: "一、", "（二）", "第三部分", "第四章" … — never "1." or "(1)",
 * which number tasks.
 */
const HEADING_NUMBER = /^\s*(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百]+[)）]|第[一二三四五六七八九十百零〇\d]+(?:部分|章|节|篇|板块|大类|方面))/;

/** Longer than this, or holding a sentence end, the text is a task's body that happens to start like a heading. */
const MAX_HEADING_LENGTH = 40;

/**
 * True when a text is a section heading printed as a row of its own inside a table ("一、2024年全区经济社会发展
 * 主要预期目标", "（二）优化营商环境", "第三部分 民生保障"): numbered as a heading, short, and not a sentence.
 */
export function isSectionHeadingText(text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_HEADING_LENGTH || t.includes('\n')) return false;
  if (/[。；;！？]/.test(t.replace(/[。]$/, ''))) return false;
  const number = HEADING_NUMBER.exec(t);
  return number !== null && t.length > number[0].length;
}
