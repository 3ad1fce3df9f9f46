import type { Filters } from '../../analysis/filters.ts';
import { shellText } from '../../i18n/shell-messages.ts';
import { translate } from '../../i18n/translate.ts';
import type { Lang } from '../../state/app-state.ts';
import { filterWords } from './filter-words.ts';
import './filter-extras.css';

/**
 * Lists every active filter value as a chip whose × removes just that value; a region, section, unit or
 * category chip also has "≠" to turn it into an exclude filter (and "=" to turn an exclusion back).
 * `moreActive` counts filters whose chips are shown elsewhere (the 督办 colours), so "clear all" offers
 * itself whenever more than one filter of any kind is on.
 */
export function FilterChips({ lang, filters, onChange, onClear, moreActive = 0 }: { lang: Lang; filters: Filters; onChange: (f: Filters) => void; onClear: () => void; moreActive?: number }) {
  const chips = filterWords(lang, filters);
  if (chips.length === 0 && moreActive < 2) return null;
  return (
    <ul className="chips" aria-label={translate(lang, 'filter.active')}>
      {chips.map((chip) => (
        <li key={chip.key} className={chip.excluded ? 'chip chip-excluded' : 'chip'} data-chip={chip.key}>
          <span>{chip.label}</span>
          {chip.flip && (
            <button
              type="button"
              className="chip-flip"
              data-testid="chip-flip"
              title={chip.excluded ? shellText(lang, 'filter.includeTitle') : shellText(lang, 'filter.excludeTitle')}
              aria-label={chip.excluded ? shellText(lang, 'filter.includeLabel', { label: chip.label }) : shellText(lang, 'filter.excludeLabel', { label: chip.label })}
              onClick={() => onChange(chip.flip!())}
            >
              {chip.excluded ? '=' : '≠'}
            </button>
          )}
          <button type="button" aria-label={translate(lang, 'filter.remove', { label: chip.label })} onClick={() => onChange(chip.remove())}>
            ×
          </button>
        </li>
      ))}
      {chips.length + moreActive > 1 && (
        <li>
          <button type="button" className="link-button" onClick={onClear}>
            {translate(lang, 'filter.clearAll')}
          </button>
        </li>
      )}
    </ul>
  );
}
