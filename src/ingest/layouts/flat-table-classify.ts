import { splitOutsideBrackets } from './flat-table-split.ts';

/** What a single flattened-table cell looks like on its own, before its position in the row is known. */
export type FlatCellKind =
  | 'number'
  | 'section'
  | 'task-name'
  | 'deadline'
  | 'units'
  | 'empty'
  | 'footer'
  | 'text';

const ROW_NUMBER = /^\d{1,3}[.．、]?$/;
const SECTION = /^[一二三四五六七八九十]+[、.．]/;
const TASK_NAME = /^[(（][一二三四五六七八九十]+[)）]/;
const DEADLINE_START = /^(?:(?:\d{4}|[X×Ｘ]+)\s*年|\d{1,2}\s*月|年底|年内)/;
const ONGOING = /^(?:持续|长期|常态化)(?:推进|开展|坚持|实施|落实)?$|^(?:每年|每季度|每月|按年度|按季度|按月)/;
const EMPTY_MARK = /^[/／\\—–\-－无]+$/;
/** Web-page furniture that follows a table on a government site (seeds/001…, lines 967-971). */
const FOOTER = /^(?:关联稿件|相关附件|相关链接|扫一扫|分享到|【?打印|【?关闭|无标题文档|附件下载|责任编辑|主办单位|版权所有|网站标识码)/;
const ROLE_LABEL_START = /^(?:牵头|责任|配合|协办|主办)(?:单位|部门)?\s*[:：]/;
const UNIT_SUFFIX =
  /(?:局|委|办|院|馆|部门|单位|政府|人民政府|中心|公司|管委会|委员会|办公室|银行|支队|大队|所|站|队|会|处|科|部|厅|署|室|集团|机构|小组|专班|街道|镇街|园区|社区)$/;

/** Classifies a trimmed cell by its content alone (row number, section row, 任务 name, deadline, units, an empty mark, page footer or text); never fails. */
export function classifyFlatCell(text: string): FlatCellKind {
  if (ROW_NUMBER.test(text)) return 'number';
  if (EMPTY_MARK.test(text)) return 'empty';
  if (FOOTER.test(text)) return 'footer';
  const short = text.length <= 40 && !/。./.test(text);
  if (short && SECTION.test(text)) return 'section';
  if (short && TASK_NAME.test(text)) return 'task-name';
  if (text.length <= 30 && !text.includes('。') && (DEADLINE_START.test(text) || ONGOING.test(text))) return 'deadline';
  // "牵头单位：X配合单位：Y" (labels inside the cell, lines glued): units, whatever the colons say
  if (text.length <= 120 && !text.includes('。') && ROLE_LABEL_START.test(text)) return 'units';
  if (isUnitList(text)) return 'units';
  return 'text';
}

/** True for a short list of unit names ("市政务服务数据管理局、市档案局", "各县(市、区)人民政府,市直有关单位"). */
function isUnitList(text: string): boolean {
  if (text.length > 80 || /[。；;:：]/.test(text)) return false;
  const names = splitOutsideBrackets(text).map((s) =>
    s
      .trim()
      .replace(/(?:等有关部门|等部门|等单位)$/, '')
      .replace(/(?:牵头|负责|配合|协助|参与)$/, '')
      .replace(/[(（][^()（）]*[)）]$/, ''),
  );
  return names.length > 0 && names.every((n) => n.length >= 2 && n.length <= 30 && UNIT_SUFFIX.test(n));
}

/** A deadline wrapped inside its cell: "2022年12月" then "底前" (the same break as seeds/000…, lines 20-22). */
const DEADLINE_TAIL = /^(?:底前|底|前|止|完成|前完成|[,，]?并)/;

/** True for the short tail of a wrapped deadline cell ("底前", "前完成", ",并持续推进"). */
export function isDeadlineTail(text: string): boolean {
  return text.length <= 12 && DEADLINE_TAIL.test(text) && classifyFlatCell(text) === 'text';
}
