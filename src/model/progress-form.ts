/**
 * The progress form's words, shared by the writer (src/ui/progress) and the reader
 * (src/ingest/progress): the form is written with exactly these headers, and read back with
 * these or their variants (progress-header.ts), in any column order.
 */

/** Pre-filled, protected columns: what the office knows about each task. */
export const FORM_TASK_HEADERS = {
  taskId: '任务编号',
  region: '地区',
  no: '序号',
  title: '任务名称',
  text: '任务内容',
  lead: '牵头单位',
  responsible: '责任单位',
  support: '配合单位',
  deadline: '完成时限',
  targets: '指标目标',
} as const;

/** Columns the unit fills in. */
export const FORM_FILL_HEADERS = {
  status: '进展状态',
  completedOn: '完成日期',
  percent: '完成进度(%)',
  note: '进展情况',
  problems: '存在问题',
} as const;

/** One column per indicator target: "实际值：<metric>". */
export const ACTUAL_HEADER_PREFIX = '实际值：';

/** Label cells of the lines above the table (label in column A, value in column B). */
export const FORM_META_LABELS = {
  title: '进展填报表',
  unit: '填报单位',
  reportDate: '填报日期',
  datasets: '数据集',
} as const;
