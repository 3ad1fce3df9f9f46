import type { ProgressState, Rag } from '../../analysis/progress-status.ts';
import { progressText } from '../../i18n/progress-messages.ts';
import type { Lang } from '../../state/app-state.ts';

/** A rate as "87.5%", or "—" when there is nothing to rate. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** The label of a progress state in `lang`. */
export function stateLabel(lang: Lang, state: ProgressState): string {
  return progressText(lang, `progress.state.${state}`);
}

/** The long label of a colour in `lang`. */
export function ragLabel(lang: Lang, rag: Rag): string {
  return progressText(lang, `progress.rag.${rag}`);
}
