import { useState } from 'react';
import { longTextMessage } from '../i18n/long-text-messages.ts';
import type { Lang } from '../state/app-state.ts';
import { cutText } from './cut-text.ts';
import { formatNumber } from './format-number.ts';

/** Characters shown before 查看全文: several pages of a long task, far below what slows the dialog. */
export const SHORT_CHARS = 5000;
/** Characters shown at most even after 查看全文: a 100 MB text in the DOM would crash the tab. */
export const FULL_CHARS = 500_000;

/**
 * A document text that may be huge: the first SHORT_CHARS characters with a 查看全文 button,
 * then at most FULL_CHARS with a note saying how much is left out. Always text, never HTML.
 */
export function LongText({ text, lang }: { text: string; lang: Lang }) {
  const [full, setFull] = useState(false);
  const shown = cutText(text, full ? FULL_CHARS : SHORT_CHARS);
  const n = formatNumber(text.length, lang);
  return (
    <>
      {shown}
      {shown.length < text.length && '…'}
      {text.length > SHORT_CHARS && (
        <>
          {' '}
          <button type="button" className="link-button" data-testid="long-text-toggle" onClick={() => setFull((f) => !f)}>
            {longTextMessage(lang, full ? 'longText.less' : 'longText.more', { n })}
          </button>
        </>
      )}
      {full && text.length > FULL_CHARS && (
        <span className="muted" role="note">
          {' '}
          {longTextMessage(lang, 'longText.capped', { shown: formatNumber(FULL_CHARS, lang), n })}
        </span>
      )}
    </>
  );
}
