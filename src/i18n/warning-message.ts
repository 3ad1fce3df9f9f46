import type { DatasetWarning } from '../model/schema.ts';
import type { Lang } from '../state/app-state.ts';
import { withRegionLabels } from './data-labels.ts';
import { warningCodeLabel } from './warning-labels.ts';

/**
 * A warning in lang. Chinese: the stored message (the ingest writes it in Chinese). Other languages: built from the
 * code's name and the data the warning quotes (params.quoted, kept as printed); a warning the ingest wrote without
 * params (older datasets) and that quotes nothing keeps its stored message after the code's name, so nothing is lost.
 * A quote of the ingest's own "no region stated" placeholder is a placeholder, not document text: it is translated.
 */
export function warningMessage(lang: Lang, warning: Pick<DatasetWarning, 'code' | 'message' | 'params'>): string {
  if (lang === 'zh') return warning.message;
  const label = warningCodeLabel(lang, warning.code);
  const quoted = warning.params?.quoted;
  if (quoted !== undefined && quoted.length > 0) return `${label}: ${quoted.map((q) => `“${withRegionLabels(lang, q)}”`).join(', ')}`;
  if (warning.params !== undefined) return label;
  return `${label} — ${warning.message}`;
}
