import { ACTUAL_HEADER_PREFIX } from '../../model/progress-form.ts';

/** A column of a returned form the reader understands. */
export type ProgressColumn =
  | { kind: 'taskId' | 'status' | 'completedOn' | 'percent' | 'note' | 'problems' | 'reportDate' }
  | { kind: 'actual'; metric: string };

// Header words offices and units actually use for the same column; the first is the form's own.
const WORDS: ReadonlyArray<readonly [ProgressColumn['kind'], readonly string[]]> = [
  ['taskId', ['任务编号', '任务id', '任务代码', 'taskid']],
  ['status', ['进展状态', '完成状态', '办理状态', '推进状态', '状态', 'status']],
  ['completedOn', ['完成日期', '完成时间', '办结日期', '办结时间', '实际完成日期', '实际完成时间', 'completedon']],
  ['percent', ['完成进度', '完成进度%', '进度', '完成比例', '完成百分比', '进度%', 'percent']],
  ['note', ['进展情况', '工作进展', '进展说明', '推进情况', '工作推进情况', '进展', 'note']],
  ['problems', ['存在问题', '存在的问题', '问题', '困难问题', '存在问题及建议', 'problems']],
  ['reportDate', ['填报日期', '报告日期', '填报时间', 'reportdate']],
];

/** Lower-cases a header and drops spaces, punctuation and brackets ("完成进度（%）" → "完成进度%"). */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s*＊:：()（）[\]【】_\-]/g, '');
}

/** Reads one header cell as a progress column, or null for a column the reader keeps no data from (the pre-filled task columns). */
export function parseProgressHeader(text: string): ProgressColumn | null {
  const trimmed = text.trim();
  const actual = actualMetric(trimmed);
  if (actual !== null) return { kind: 'actual', metric: actual };
  const key = normaliseHeader(trimmed);
  if (key === '') return null;
  for (const [kind, words] of WORDS) {
    if (words.some((w) => normaliseHeader(w) === key)) return { kind } as ProgressColumn;
  }
  return null;
}

function actualMetric(text: string): string | null {
  const prefix = ACTUAL_HEADER_PREFIX.replace('：', '');
  const normalised = text.normalize('NFKC');
  if (!normalised.startsWith(prefix)) return null;
  const metric = normalised.slice(prefix.length).replace(/^[\s:：(（]+|[\s)）]+$/g, '');
  return metric === '' ? null : metric;
}
