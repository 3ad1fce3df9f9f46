/**
 * The ingest writes its refusals in Chinese with an English gloss at the end — "报表.csv: 文件是空的 (empty file)" —
 * because the CLI and the browser share them. Split for display: the file part, the English gloss (null when the
 * message has none) and the Chinese sentence, which keeps the details (quoted names, line numbers).
 */
export function splitBilingual(message: string): { file: string; en: string | null; zh: string } {
  const m = /^(?<file>[^\n]*?:\s)?(?<zh>[\s\S]*?)\s*\((?<en>[A-Za-z][^()（）]*)\)\s*$/.exec(message);
  if (m?.groups === undefined || !/[\u4e00-\u9fff]/.test(m.groups.zh ?? '')) return { file: '', en: null, zh: message };
  return { file: m.groups.file ?? '', en: m.groups.en!.trim(), zh: m.groups.zh!.trim() };
}
