import { useEffect, useState } from 'react';
import { shellText } from '../../i18n/shell-messages.ts';
import './copy-link.css';
import type { Lang } from '../../state/app-state.ts';

/** "复制链接": copies the page's address — the whole view with its filters lives in the hash — and says so. */
export function CopyLinkButton({ lang }: { lang: Lang }) {
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (said === '') return;
    const timer = setTimeout(() => setSaid(''), 4000);
    return () => clearTimeout(timer);
  }, [said]);
  const copy = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setSaid(shellText(lang, 'header.copied'));
    } catch {
      // an intranet page over plain http is not a secure context: no clipboard API, so show the address to copy by hand
      setSaid(shellText(lang, 'header.copyFailed', { url }));
    }
  };
  return (
    <span className="copy-link">
      <button type="button" title={shellText(lang, 'header.copyLinkTitle')} onClick={() => void copy()} data-testid="copy-link">
        {shellText(lang, 'header.copyLink')}
      </button>
      <span role="status" className="copy-link-status" data-testid="copy-link-status">
        {said}
      </span>
    </span>
  );
}
