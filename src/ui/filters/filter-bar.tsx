import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { DeadlineStatus, Filters } from '../../analysis/filters.ts';
import { categoryLabel } from '../../charts/category-label.ts';
import { shellText } from '../../i18n/shell-messages.ts';
import { translate } from '../../i18n/translate.ts';
import type { Lang } from '../../state/app-state.ts';
import { clearAllFilters } from '../../state/clear-all-filters.ts';
import { parseProgressParams } from '../../state/progress-params.ts';
import type { MessageKey } from '../../i18n/ui-messages.ts';
import type { Role } from '../../model/schema.ts';
import { FilterChips } from './filter-chips.tsx';
import { suggestionsFor } from './suggestions.ts';
import type { ViewProps } from '../view-props.ts';
import { toggled, withFilters } from '../view-props.ts';
import { regionLabel } from '../../i18n/data-labels.ts';
import { formatNumber } from '../format-number.ts';

export const STATUSES: readonly DeadlineStatus[] = ['passed', 'due90', 'later', 'ongoing', 'yearUnknown'];
export const ROLES: readonly Role[] = ['lead', 'responsible', 'support'];

/** The filter controls over every view, with the active filters as removable chips below. */
export function FilterBar({ state, navigate, options, filtered }: ViewProps) {
  const { lang, filters } = state;
  const t = (key: MessageKey) => translate(lang, key);
  // the lists change only when data arrives, not on a filter change: kept the same arrays, so the long option lists
  // below (tens of thousands of sections at province scale) are not rebuilt and compared on every click
  const regionValues = useMemo(() => options.regions.map((o) => o.value), [options.regions]);
  const sectionValues = useMemo(() => options.sections.map((o) => o.value), [options.sections]);
  const unitValues = useMemo(() => options.units.map((o) => o.value), [options.units]);
  const categoryValues = useMemo(() => options.categories.map((o) => o.value), [options.categories]);
  const add = (key: 'region' | 'section' | 'unit' | 'category', value: string) => {
    if (value !== '' && !filters[key].includes(value)) navigate(withFilters({ [key]: [...filters[key], value] }));
  };
  const setDue = (end: 'from' | 'to', value: string) => {
    const due = { from: filters.due?.from ?? null, to: filters.due?.to ?? null, [end]: value === '' ? null : value };
    navigate(withFilters({ due: due.from === null && due.to === null ? null : due }));
  };
  return (
    <section className="filter-bar" aria-label={t('filter.active')}>
      <div className="filter-controls">
        <Picker label={t('filter.region')} values={regionValues} display={(v) => regionLabel(lang, v)} onPick={(v) => add('region', v)} addLabel={t('filter.add')} name="region" />
        <TypeAhead lang={lang} label={t('filter.section')} values={sectionValues} onPick={(v) => add('section', v)} name="section" />
        <TypeAhead lang={lang} label={t('filter.unit')} values={unitValues} onPick={(v) => add('unit', v)} name="unit" />
        <Picker
          label={t('filter.category')}
          values={categoryValues}
          display={(v) => categoryLabel(v, lang)}
          onPick={(v) => add('category', v)}
          addLabel={t('filter.add')}
          name="category"
        />
        <fieldset className="filter-group">
          <legend>{t('filter.role')}</legend>
          {ROLES.map((role) => (
            <button key={role} type="button" className="toggle" aria-pressed={filters.role.includes(role)} onClick={() => navigate(withFilters({ role: toggled(filters.role, role) }))}>
              {t(`role.${role}`)}
            </button>
          ))}
        </fieldset>
        <fieldset className="filter-group">
          <legend>{t('filter.status')}</legend>
          {STATUSES.map((status) => (
            <button
              key={status}
              type="button"
              className={`toggle status-${status}`}
              aria-pressed={filters.status.includes(status)}
              data-status={status}
              onClick={() => navigate(withFilters({ status: toggled(filters.status, status) }))}
            >
              {t(`status.${status}`)}
            </button>
          ))}
        </fieldset>
        <fieldset className="filter-group">
          <legend>{t('filter.due')}</legend>
          <label>
            <span className="sr-only">{t('filter.dueFrom')}</span>
            <input type="date" aria-label={t('filter.dueFrom')} value={filters.due?.from ?? ''} onChange={(e) => setDue('from', e.target.value)} />
          </label>
          <span aria-hidden="true">–</span>
          <label>
            <span className="sr-only">{t('filter.dueTo')}</span>
            <input type="date" aria-label={t('filter.dueTo')} value={filters.due?.to ?? ''} onChange={(e) => setDue('to', e.target.value)} />
          </label>
        </fieldset>
        <SearchBox value={filters.q} label={t('filter.q')} placeholder={t('filter.qPlaceholder')} onCommit={(q) => navigate(withFilters({ q }))} />
      </div>
      <FilterChips lang={lang} filters={filters} moreActive={parseProgressParams(state).progress.length} onChange={(next: Filters) => navigate(withFilters(next))} onClear={() => navigate(clearAllFilters)} />
      <FilterAnnouncer lang={lang} filters={filters} count={filtered.length} />
    </section>
  );
}


function Picker({ label, values, onPick, addLabel, name, display = (v) => v }: { label: string; values: string[]; onPick: (v: string) => void; addLabel: string; name: string; display?: (v: string) => string }) {
  return (
    <label className="filter-field">
      <span>{label}</span>
      <select value="" onChange={(e) => onPick(e.target.value)} data-filter={name}>
        <option value="">{addLabel}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {display(v)}
          </option>
        ))}
      </select>
    </label>
  );
}

const NO_SUGGESTIONS: string[] = [];

/** A TypeAhead's suggestions; re-rendered only when the values change. */
const Suggestions = memo(function Suggestions({ id, values }: { id: string; values: string[] }) {
  return (
    <datalist id={id}>
      {values.map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  );
});

/**
 * A text box over a long list (sections, units): choosing from the list adds the filter; Enter adds the one value
 * equal to the text, else the only value containing it, else says that nothing or several values match.
 */
function TypeAhead({ lang, label, values: all, onPick, name }: { lang: Lang; label: string; values: string[]; onPick: (v: string) => void; name: string }) {
  const id = useId();
  // The same section label can sit under several parents; the filter matches the label, so list it once.
  const values = useMemo(() => [...new Set(all)], [all]);
  const [text, setText] = useState('');
  const [hint, setHint] = useState('');
  // The list exists from the first time the box is used, and holds the values matching what is typed (at most
  // SUGGESTIONS_MAX): a province's 50,000 sections as option elements cost seconds on every batch of a load.
  const [used, setUsed] = useState(false);
  const suggestions = useMemo(() => (used ? suggestionsFor(values, text) : NO_SUGGESTIONS), [used, values, text]);
  const pick = (value: string) => {
    if (values.includes(value)) {
      onPick(value);
      setText('');
      setHint('');
    }
  };
  const complete = () => {
    const typed = text.trim();
    if (typed === '') return;
    if (values.includes(typed)) return pick(typed);
    const lower = typed.toLowerCase();
    const matches = values.filter((v) => v.toLowerCase().includes(lower));
    if (matches.length === 1) return pick(matches[0]!);
    const what = lang === 'en' ? label.toLowerCase() : label;
    setHint(matches.length === 0 ? shellText(lang, 'filter.noMatch', { text: typed, label: what }) : shellText(lang, 'filter.manyMatches', { n: matches.length, text: typed, label: what }));
  };
  return (
    <label className="filter-field">
      <span>{label}</span>
      <input
        list={id}
        value={text}
        data-filter={name}
        aria-describedby={`${id}-hint`}
        onFocus={() => setUsed(true)}
        onChange={(e) => {
          setText(e.target.value);
          setHint('');
          // Choosing from the datalist fills the whole value at once.
          if (values.includes(e.target.value)) pick(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') complete();
        }}
      />
      <span className="filter-hint" id={`${id}-hint`} role="status" data-testid={`filter-hint-${name}`}>
        {hint}
      </span>
      <Suggestions id={id} values={suggestions} />
    </label>
  );
}

/** Says each filter change and the resulting task count to screen readers (a polite live region; silent on first render). */
function FilterAnnouncer({ lang, filters, count }: { lang: Lang; filters: Filters; count: number }) {
  const [said, setSaid] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setSaid(shellText(lang, 'a11y.filtersChanged', { n: formatNumber(count, lang) }));
    // filters is the trigger; the count follows from it
  }, [filters]);
  return (
    <p className="sr-only" role="status" aria-live="polite" data-testid="filter-announcer">
      {said}
    </p>
  );
}

function SearchBox({ value, label, placeholder, onCommit }: { value: string; label: string; placeholder: string; onCommit: (q: string) => void }) {
  const [text, setText] = useState(value);
  const commit = useRef(onCommit);
  commit.current = onCommit;
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    // Commit after a pause, so typing a word adds one history entry, not one per key.
    const timer = setTimeout(() => commit.current(text.trim() === '' ? '' : text), 350);
    return () => clearTimeout(timer);
  }, [text, value]);
  return (
    <label className="filter-field filter-search">
      <span>{label}</span>
      <input type="search" value={text} placeholder={placeholder} onChange={(e) => setText(e.target.value)} data-filter="q" />
    </label>
  );
}
