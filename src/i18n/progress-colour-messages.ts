import type { Lang } from '../state/app-state.ts';
import { fillTemplate } from './fill-template.ts';

// The 督办 colour names a chart title quotes when a link filters by them: apart from progress-messages.ts, so every
// chart view does not download the whole 督办 vocabulary for them (issue 14's per-view JavaScript budget).
export const progressColourZh = {
  'progress.rag.red': '红（逾期未完成）',
  'progress.rag.amber': '黄（临期或滞后）',
  'progress.rag.green': '绿（已完成或正常推进）',
  'progress.rag.grey': '灰（未报告）',
  'progress.titleColours': '督办状态：{list}',
};

export const progressColourEn: Record<keyof typeof progressColourZh, string> = {
  'progress.rag.red': 'Red (overdue, not done)',
  'progress.rag.amber': 'Amber (due soon or behind)',
  'progress.rag.green': 'Green (done or on track)',
  'progress.rag.grey': 'Grey (not reported)',
  'progress.titleColours': 'follow-up status: {list}',
};

/** A colour string of the 督办 vocabulary in `lang`, `{name}` parameters filled. */
export function progressColourText(lang: Lang, key: keyof typeof progressColourZh, params: Record<string, string | number> = {}): string {
  return fillTemplate(lang === 'en' ? progressColourEn[key] : progressColourZh[key], params);
}
