/**
 * Full-width forms folded by `toHalfWidth`. Only characters that parsers compare as ASCII:
 * digits ０-９, letters Ａ-Ｚ ａ-ｚ, and ％ ． ： ＋ － ／ ～ ＝ ＜ ＞ ＃ ＆ ＊ ＿, plus the
 * ideographic space. Chinese punctuation (，、；。（）“”) is left as printed: it is the
 * normal form in these documents and every parser accepts both widths of it.
 */
export const HALF_WIDTH_FOLDED = '０-９ Ａ-Ｚ ａ-ｚ ％ ． ： ＋ － ／ ～ ＝ ＜ ＞ ＃ ＆ ＊ ＿ U+3000';

const FOLDED = /[０-９Ａ-Ｚａ-ｚ％．：＋－／～＝＜＞＃＆＊＿\u3000]/g;

/** Folds full-width digits, Latin letters and the symbols listed in HALF_WIDTH_FOLDED to ASCII; other characters are kept. */
export function toHalfWidth(s: string): string {
  return s.replace(FOLDED, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Removes every whitespace character (spaces, tabs, line breaks, ideographic and no-break spaces) — Chinese text has no spaces between words. */
export function squeezeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
}
