/**
 * The progress statuses a unit can report, and the words the progress form offers for them.
 * Kept apart from progress-schema.ts (zod) so the task dialog and the form writer, which only need
 * the words, do not pull the schema library into the first download.
 */

/** What a unit reported: 已完成 / 推进中 / 未启动 / 滞后 / 不再推进. */
export const PROGRESS_STATUSES = ['done', 'inProgress', 'notStarted', 'behind', 'dropped'] as const;

export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** The words the form's drop-down list offers, in this order; the reader accepts variants too. */
export const PROGRESS_STATUS_WORDS: Readonly<Record<ProgressStatus, string>> = {
  done: '已完成',
  inProgress: '推进中',
  notStarted: '未启动',
  behind: '滞后',
  dropped: '不再推进',
};
