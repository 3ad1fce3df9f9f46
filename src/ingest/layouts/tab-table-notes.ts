const NOTE_PREFIX = /^(?:备注[：:])?\s*(?:[一二三四五六七八九十]+[、．.]|\d+[、．.]|[（(][一二三四五六七八九十\d]+[)）])?\s*/;
const DEFINITION = /^(.*?)(?:包括|是指|指)[：:](.+)$/;
const COLLECTIVE = /^(各|市直|全市|有关|相关).*(单位|部门|机构|政府|管委会|镇街|园区)|有关(单位|部门)$/;

/**
 * Reads the collective unit names a document's notes define, e.g. "一、各项任务中的各有关单位
 * 包括：公安分局、税务分局。" → { 各有关单位: ['公安分局', '税务分局'] }; notes that define
 * anything else (a term such as “市级自建业务系统”) are ignored.
 */
export function parseUnitGroupNotes(notes: readonly string[]): Record<string, string[]> {
  const groups = Object.create(null) as Record<string, string[]>; // keyed by document text: no inherited members
  for (const note of notes) {
    const m = DEFINITION.exec(note.trim().replace(NOTE_PREFIX, ''));
    if (!m) continue;
    const name = (m[1] ?? '').split('的').pop()?.replace(/[“”"]/g, '').trim() ?? '';
    if (!COLLECTIVE.test(name)) continue;
    const members = splitUnitList((m[2] ?? '').replace(/[。.]$/, ''));
    if (members.length > 0) groups[name] = members;
  }
  return groups;
}

/** Splits "A、B（C、D），E" on 、，,；; outside brackets → ['A', 'B（C、D）', 'E']. */
export function splitUnitList(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '（' || ch === '(') depth++;
    if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && '、，,；;'.includes(ch)) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
