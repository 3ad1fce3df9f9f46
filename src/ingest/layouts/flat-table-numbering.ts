const NUMBERING = /^(?:[一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十百\d]+[)）]|\d{1,3}(?:[．.](?!\d)|、))\s*/;

/** Removes a leading numbering prefix ("一、", "(一)", "（一）", "1．", "1.", "2、") and a trailing "。" from a section label; other text is kept as printed. */
export function stripNumbering(label: string): string {
  return label.trim().replace(NUMBERING, '').replace(/。$/, '').trim();
}
