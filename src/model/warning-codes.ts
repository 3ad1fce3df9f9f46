/**
 * The one catalogue of ingest warning codes. Every warning the ingest emits is built here,
 * returned to the caller and written into the dataset — never logged into a global. It lives in
 * the model because the dashboard names the codes too (src/i18n/warning-labels.ts).
 */
export const WARNING_CODES = {
  'deadline-before-published': '完成时限早于文件印发日期',
  'year-unknown': '完成时限的年份写作“X”，年份未知',
  'invalid-date': '完成时限不是真实存在的日期',
  'deadline-unparsed': '完成时限无法识别',
  'deadline-missing': '任务没有完成时限',
  'units-missing': '任务没有责任单位',
  'ambiguous-unit-column': '单位列不明确',
  'ambiguous-unit': '单位名称的拆分不确定',
  'truncated-row': '行被文件结尾截断',
  'malformed-row': '行格式异常',
  'unplaced-line': '任务区域内的文字行未归入任何任务',
  'region-unknown': '文件未写明地区',
  'region-ambiguous': '地区名称对应多个行政区划，未确定区划代码',
  'unmapped-column': '表头中有无法识别的列名，该列内容并入任务正文',
  'ambiguous-column': '单元格属于哪一列不确定（如完成时限与备注），请核对',
  'filled-down': '空白单元格按合并单元格读取，沿用了上一行的内容，请核对',
  'deadline-in-text': '完成时限取自任务正文中的时间，不能确定（多个时间或只有目标年份），请核对',
  'units-inherited': '任务未写明责任单位，沿用了所属标题或同组任务后写明的单位，请核对',
} as const;

export type WarningCode = keyof typeof WARNING_CODES;

