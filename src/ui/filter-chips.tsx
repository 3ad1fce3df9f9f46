import type { Filters } from '../analysis/filters.ts';
import { translate } from '../i18n/translate.ts';
import type { Lang } from '../state/app-state.ts';

interface Chip {
  key: string;
  label: string;
  remove: () => Filters;
}

/** Lists every active filter value as a chip whose button removes just that value. */
export function FilterChips({ lang, filters, onChange, onClear }: { lang: Lang; filters: Filters; onChange: (f: Filters) => void; onClear: () => void }) {
  const chips = chipsOf(lang, filters);
  if (chips.length === 0) return null;
  return (
    <ul className="chips" aria-label={translate(lang, 'filter.active')}>
      {chips.map((chip) => (
        <li key={chip.key} className="chip" data-chip={chip.key}>
          <span>{chip.label}</span>
          <button type="button" aria-label={translate(lang, 'filter.remove', { label: chip.label })} onClick={() => onChange(chip.remove())}>
            ×
          </button>
        </li>
      ))}
      {chips.length > 1 && (
        <li>
          <button type="button" className="link-button" onClick={onClear}>
            {translate(lang, 'filter.clearAll')}
          </button>
        </li>
      )}
    </ul>
  );
}

function chipsOf(lang: Lang, f: Filters): Chip[] {
  const chips: Chip[] = [];
  const sep = lang === 'en' ? ': ' : '：';
  const list = (field: 'region' | 'section' | 'unit' | 'category', name: Parameters<typeof translate>[1]) => {
    for (const value of f[field]) {
      chips.push({
        key: `${field}:${value}`,
        label: `${translate(lang, name)}${sep}${value}`,
        remove: () => ({ ...f, [field]: f[field].filter((v) => v !== value) }),
      });
    }
  };
  list('region', 'filter.region');
  list('section', 'filter.section');
  list('unit', 'filter.unit');
  for (const role of f.role) {
    chips.push({ key: `role:${role}`, label: `${translate(lang, 'filter.role')}${sep}${translate(lang, `role.${role}`)}`, remove: () => ({ ...f, role: f.role.filter((r) => r !== role) }) });
  }
  if (f.due !== null) {
    chips.push({ key: 'due', label: `${translate(lang, 'filter.due')}${sep}${f.due.from ?? '…'} – ${f.due.to ?? '…'}`, remove: () => ({ ...f, due: null }) });
  }
  for (const status of f.status) {
    chips.push({ key: `status:${status}`, label: translate(lang, `status.${status}`), remove: () => ({ ...f, status: f.status.filter((s) => s !== status) }) });
  }
  list('category', 'filter.category');
  if (f.q !== '') chips.push({ key: 'q', label: `${translate(lang, 'filter.q')}${sep}“${f.q}”`, remove: () => ({ ...f, q: '' }) });
  return chips;
}
