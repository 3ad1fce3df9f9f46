import type { TableDocument } from '../table/table-model.ts';

/** What a file is, once its bytes are read: plain text (layouts, CSV), tables, or refused with a reason. */
export type SourceRead =
  | { kind: 'text' }
  | { kind: 'tables'; doc: TableDocument }
  | { kind: 'refused'; message: string };

const SAVE_AS = '请在 Word / WPS 中“另存为” .docx，或在 Excel / WPS 表格中“另存为” .xlsx，再导入';

/** File kinds refused by name, with how to save them in a readable format. */
const REFUSED: ReadonlyArray<readonly [RegExp, string]> = [
  [/\.(doc|wps)$/i, `旧版 Word / WPS 文档（.doc/.wps）无法读取：${SAVE_AS} (old Word/WPS format: save as .docx)`],
  [/\.(xls|et)$/i, `旧版 Excel / WPS 表格（.xls/.et）无法读取：${SAVE_AS} (old Excel format: save as .xlsx)`],
  [/\.pdf$/i, `PDF 中的表格无法可靠读取：请找到原始的 Word / Excel 文件，或在 WPS / Acrobat 中把 PDF 转换为 .docx / .xlsx 并核对后再导入 (PDF cannot be read reliably: use the original .docx/.xlsx)`],
  [/\.(zip|rar|7z)$/i, '压缩包无法直接导入：请先解压，再逐个导入其中的 .docx / .xlsx / .txt (archives: extract first)'],
  [/\.(png|jpe?g|gif|bmp|tiff?)$/i, '图片中的表格无法读取：请导入原始的 Word / Excel 文件 (images cannot be read)'],
];

/**
 * Reads a file's bytes by its kind: .docx, .xlsx and .html/.htm into tables (each adapter, and
 * the library it needs, loaded only now); .doc/.wps/.xls/.et/.pdf refused with how to save
 * them; anything else is text for the text layouts and the CSV template.
 */
export async function readSource(fileName: string, bytes: Uint8Array): Promise<SourceRead> {
  const name = fileName.toLowerCase();
  for (const [pattern, message] of REFUSED) if (pattern.test(name)) return { kind: 'refused', message };
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (name.endsWith('.docx') || name.endsWith('.docm')) {
    if (!zip) return { kind: 'refused', message: `文件扩展名是 .docx，但内容不是 Word 文档：${SAVE_AS} (not a .docx file)` };
    return { kind: 'tables', doc: await (await import('./read-docx.ts')).readDocx(bytes) };
  }
  if (name.endsWith('.xlsx') || name.endsWith('.xlsm')) {
    if (!zip) return { kind: 'refused', message: `文件扩展名是 .xlsx，但内容不是 Excel 工作簿：${SAVE_AS} (not an .xlsx file)` };
    return { kind: 'tables', doc: await (await import('./read-xlsx.ts')).readXlsx(bytes) };
  }
  if (/\.(html?|xhtml|mht)$/.test(name)) return { kind: 'tables', doc: (await import('./read-html.ts')).readHtml(bytes) };
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (ole) return { kind: 'refused', message: `这是旧版 Office / WPS 文件：${SAVE_AS} (old Office format)` };
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return { kind: 'refused', message: REFUSED[2]![1] };
  if (zip) return { kind: 'refused', message: `无法识别的压缩格式文件：${SAVE_AS} (zip file of unknown kind)` };
  return { kind: 'text' };
}
