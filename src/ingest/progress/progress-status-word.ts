import type { ProgressStatus } from '../../model/progress-schema.ts';

// The drop-down's words first, then what units type instead (or pick from an older form).
const VARIANTS: ReadonlyArray<readonly [ProgressStatus, readonly string[]]> = [
  ['done', ['已完成', '完成', '已办结', '办结', '已销号', '销号', '已落实', '已完成销号', 'done', 'completed', 'complete']],
  ['inProgress', ['推进中', '正在推进', '进行中', '正常推进', '按计划推进', '按期推进', '持续推进', '实施中', '正在实施', '在建', 'inprogress', 'ongoing']],
  ['notStarted', ['未启动', '未开始', '尚未启动', '尚未开始', '未开展', 'notstarted']],
  ['behind', ['滞后', '进度滞后', '推进滞后', '滞后推进', '延期', '延后', 'behind', 'late']],
  ['dropped', ['不再推进', '取消', '已取消', '终止', '已终止', '停止推进', '不再实施', 'dropped', 'cancelled']],
];

/**
 * Reads a status cell as one of the five statuses: the drop-down words, their usual variants,
 * with spaces and a bracketed remark ignored ("已完成（按期）"); null for anything else, which the
 * caller reports — a word not understood is never guessed.
 */
export function tryParseProgressStatus(text: string): ProgressStatus | null {
  const key = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]|【.*?】/g, '')
    .replace(/[\s_\-.。,，!！✓√]/g, '');
  if (key === '') return null;
  for (const [status, words] of VARIANTS) if (words.includes(key)) return status;
  return null;
}
