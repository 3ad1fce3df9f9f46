import type { Lang } from '../state/app-state.ts';
import { fillTemplate } from './fill-template.ts';

/** Interface strings of loading, import and export (zh is the source of keys). */
export const importZh = {
  'load.missing': '文件不存在（HTTP 404）',
  'load.http': 'HTTP 错误 {status}',
  'load.network': '网络错误',
  'load.not-json': '不是有效的 JSON 文件',
  'load.schema': '不符合数据格式',
  'load.outside': '文件不在数据目录内，未加载',
  'load.newer-version': '数据格式版本较新，本版本督办无法读取，请更新督办',
  'load.duplicate-dataset': '数据集编号与已加载的数据集重复，未加载',
  'load.timeout': '服务器长时间未响应，已放弃（稍后刷新会再试）',
  'load.too-large': '文件过大（解压后超过上限），未加载',
  'notice.empty': '数据集没有任何任务（已显示，但各视图中没有它的任务）',
  'notice.duplicate-tasks': '{n} 项任务编号重复：保留第一次出现的任务，其余未显示',
  'notice.id-mismatch': 'manifest.json 中的编号与文件内的编号不一致，已按文件内的编号显示',
  'notice.foreign-task-ids': '{n} 项任务的编号不以本数据集编号开头（可能是复制其他数据集后只改了编号），已改用本数据集编号显示',
  'manifest.missing': '未找到数据清单 data/manifest.json（{reason}）。请确认 data/ 文件夹已与页面一起发布。',
  'manifest.failed': '数据清单 data/manifest.json 无法使用：{reason}。',
  'notice.failedFiles': '{n} 个数据文件未能加载：{files}。其余数据集照常显示。',
  'notice.problemFiles': '{n} 个数据文件有问题：{files}。',
  'notice.details': '查看详情',
  'notice.noData': '没有可显示的数据集。',
  'import.drop': '松开鼠标以导入文件',
  'import.reading': '正在读取 {file}…',
  'import.ok': '已导入 {file}：数据集 {id}，{n} 项任务，{w} 条警告（编码 {encoding}）。',
  'import.failed': '无法导入：{message}',
  'import.rowErrors': '{n} 行无法读取，已在下方按行号列出。',
} as const;

export type ImportMessageKey = keyof typeof importZh;

export const importEn: Record<ImportMessageKey, string> = {
  'load.missing': 'File not found (HTTP 404)',
  'load.http': 'HTTP error {status}',
  'load.network': 'Network error',
  'load.not-json': 'Not a valid JSON file',
  'load.schema': 'Does not match the data format',
  'load.outside': 'File lies outside the data folder; not loaded',
  'load.newer-version': 'Written in a newer data format than this Duban reads; please update Duban',
  'load.duplicate-dataset': 'Its dataset id is already used by a loaded dataset; not loaded',
  'load.timeout': 'The server did not answer in time; given up (the next refresh tries again)',
  'load.too-large': 'File too large (over the limit once unpacked); not loaded',
  'notice.empty': 'The dataset has no tasks (it is listed, but no view shows a task of it)',
  'notice.duplicate-tasks': '{n} task id(s) repeated: the first task with each id is kept, the others are not shown',
  'notice.id-mismatch': 'The id in manifest.json differs from the id inside the file; the file’s id is used',
  'notice.foreign-task-ids': '{n} task id(s) do not start with this dataset’s id (a dataset copied and given a new id?); they are shown under this dataset’s id',
  'manifest.missing': 'The data list data/manifest.json was not found ({reason}). Make sure the data/ folder was published with the page.',
  'manifest.failed': 'The data list data/manifest.json cannot be used: {reason}.',
  'notice.failedFiles': '{n} data file(s) failed to load: {files}. All other datasets are shown.',
  'notice.problemFiles': '{n} data file(s) have problems: {files}.',
  'notice.details': 'Details',
  'notice.noData': 'There is no dataset to show.',
  'import.drop': 'Release to import the file',
  'import.reading': 'Reading {file}…',
  'import.ok': 'Imported {file}: dataset {id}, {n} task(s), {w} warning(s) (encoding {encoding}).',
  'import.failed': 'Could not import: {message}',
  'import.rowErrors': '{n} row(s) could not be read; they are listed by line below.',
};

/** Looks up a loading/import/export string in `lang` and fills its `{name}` parameters; a missing parameter stays as written. */
export function importText(lang: Lang, key: ImportMessageKey, params: Record<string, string | number> = {}): string {
  const template: string = lang === 'en' ? importEn[key] : importZh[key];
  return fillTemplate(template, params);
}
