import { textsLoadingMessage } from '../../i18n/texts-loading-messages.ts';
import type { LoadResult } from '../../load/load-result.ts';
import type { Lang } from '../../state/app-state.ts';

/** Says that search and the task table are not complete yet while compact-encoded datasets wait for their texts side files. */
export function TextsLoadingNotice({ lang, load }: { lang: Lang; load: LoadResult }) {
  if ((load.pendingTexts?.length ?? 0) === 0) return null;
  return (
    <p className="notice texts-loading" role="status" data-testid="texts-loading">
      {textsLoadingMessage(lang)}
    </p>
  );
}
