const SECTION_NUMBER =
  /^(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\d]+[)）]|\d{1,3}(?:[．.](?!\d)|、))\s*/;

/** Removes a section label's numbering prefix ("一、", "(一)", "（一）", "1．", "1.", "2、") and final "。"; other text stays as printed. */
export function formatSectionLabel(label: string): string {
  return label.trim().replace(SECTION_NUMBER, '').replace(/。$/, '').trim();
}
