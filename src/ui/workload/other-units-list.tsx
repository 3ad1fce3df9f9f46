import type { OtherLoad } from '../../analysis/workload.ts';
import { chartMessage } from '../../i18n/chart-messages.ts';
import { trustText } from '../../i18n/trust-messages.ts';
import type { Lang } from '../../state/app-state.ts';
import './other-units-list.css';

interface Props {
  lang: Lang;
  other: OtherLoad;
  /** The group's region (per-region workload), else null. */
  region: string | null;
  onClose: () => void;
  /** Filters by one of the units, as a click on its bar would. */
  onPick: (unit: string, region: string | null) => void;
}

/** The units the "other" line sums, most tasks first; each one filters like its own bar. */
export function OtherUnitsList({ lang, other, region, onClose, onPick }: Props) {
  const label = chartMessage(lang, 'other', { n: other.unitCount }) + (region !== null ? ` · ${region}` : '');
  return (
    <section className="other-units" data-testid="other-units" aria-label={label}>
      <header>
        <strong>{trustText(lang, 'other.title', { label, n: other.tasks, units: other.unitCount })}</strong>
        <button type="button" onClick={onClose}>{trustText(lang, 'other.close')}</button>
      </header>
      <ul>
        {other.members.map((member) => (
          <li key={member.unit}>
            <button type="button" title={trustText(lang, 'other.pick')} onClick={() => onPick(member.unit, region)}>
              {member.label}
            </button>
            <span className="muted"> {trustText(lang, 'other.count', { n: member.total })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
