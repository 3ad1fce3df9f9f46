import { shellText } from '../../i18n/shell-messages.ts';
import type { Lang } from '../../state/app-state.ts';
import './skip-link.css';

/**
 * The first Tab stop: jumps past the header and filter bar to the view. The app routes by hash, so the link moves
 * focus itself instead of following its href (which would change the route).
 */
export function SkipLink({ lang }: { lang: Lang }) {
  return (
    <a
      className="skip-link"
      href="#main-content"
      onClick={(e) => {
        e.preventDefault();
        const main = document.getElementById('main-content');
        main?.focus();
        main?.scrollIntoView({ block: 'start' });
      }}
    >
      {shellText(lang, 'a11y.skip')}
    </a>
  );
}
