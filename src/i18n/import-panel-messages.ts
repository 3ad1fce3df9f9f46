import type { Lang } from '../state/app-state.ts';
import { fillTemplate } from './fill-template.ts';

/**
 * Strings of the import panel, the data-quality view's file lists and the chart PNG dialog — views
 * that load on demand — kept apart from import-messages.ts, whose load-failure and import-outcome
 * strings the first view needs. Chinese first (the source of keys); `{name}` marks a parameter.
 */
const zh = {
  'import.remove': '移除',
  'chart.pngTitle': '下载此图表的 PNG 图片',
  'quality.notices': '已加载但有问题的数据文件',
  'quality.noFailures': '全部数据文件均已通过校验。',
  'quality.failures': '未能加载的数据文件',
  'import.uploaded': '导入',
  'import.title': '导入文件',
  'import.notSaved': '浏览器无法保存导入的数据（{message}），刷新后将丢失。',
  'import.none': '本浏览器中还没有导入的数据集。',
  'import.list': '本浏览器中导入的数据集',
  'import.item': '{file} → {id}，{n} 项任务，导入于 {date}',
  'import.hint': '把任务表（Word .docx、Excel .xlsx、网页 .html、.csv 或 .txt）拖到页面任意位置，或选择文件。文件只在本浏览器中读取和保存，不会上传。',
  'import.downloadHint': '信息部门可把下载的 JSON 放入 data/ 文件夹并登记到 manifest.json 中发布。',
  'import.download': '下载数据集 JSON',
  'import.badRecord': '本浏览器保存的导入数据无法读取',
  'chart.pngWidth': '宽 {width} 像素',
  'chart.pngScale': '图片尺寸',
  'chart.png': 'PNG',
};

const en: Record<ImportPanelMessageKey, string> = {
  'import.remove': 'Remove',
  'chart.pngTitle': 'Download this chart as a PNG image',
  'quality.notices': 'Loaded data files with problems',
  'quality.noFailures': 'Every data file passed validation.',
  'quality.failures': 'Data files that failed to load',
  'import.uploaded': 'imported',
  'import.title': 'Import a file',
  'import.notSaved': 'This browser cannot keep imported data ({message}); it will be lost on reload.',
  'import.none': 'No dataset has been imported in this browser yet.',
  'import.list': 'Datasets imported in this browser',
  'import.item': '{file} → {id}, {n} task(s), imported {date}',
  'import.hint': 'Drop a task table (Word .docx, Excel .xlsx, web page .html, .csv or .txt) anywhere on the page, or choose a file. It is read and kept in this browser only; nothing is uploaded.',
  'import.downloadHint': 'IT staff can put the downloaded JSON into the data/ folder and list it in manifest.json to publish it.',
  'import.download': 'Download dataset JSON',
  'import.badRecord': 'Imported data kept in this browser cannot be read',
  'chart.pngWidth': '{width} px wide',
  'chart.pngScale': 'Image size',
  'chart.png': 'PNG',
};

export type ImportPanelMessageKey = keyof typeof zh;

/** Looks up an import-panel string in `lang` and fills its `{name}` parameters; a missing parameter stays as written. */
export function importPanelText(lang: Lang, key: ImportPanelMessageKey, params: Record<string, string | number> = {}): string {
  const template: string = lang === 'en' ? en[key] : zh[key];
  return fillTemplate(template, params);
}
