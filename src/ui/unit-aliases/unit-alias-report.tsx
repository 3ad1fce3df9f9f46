import { useMemo } from 'react';
import { aliasEffects } from '../../analysis/unit-alias-effects.ts';
import { buildAliasLookup } from '../../analysis/unit-identity.ts';
import { trustText } from '../../i18n/trust-messages.ts';
import type { Dataset } from '../../model/schema.ts';
import type { UnitAliasTable } from '../../load/unit-alias-table.ts';
import type { Lang } from '../../state/app-state.ts';

/** The data-quality view's account of the alias table: bad entries by path, and which printed names were counted as one unit. */
export function UnitAliasReport({ lang, table, datasets }: { lang: Lang; table: UnitAliasTable; datasets: readonly Dataset[] }) {
  const effects = useMemo(() => aliasEffects(datasets, buildAliasLookup(table.entries)), [datasets, table]);
  return (
    <section className="unit-alias-report" data-testid="unit-aliases">
      <h2>{trustText(lang, 'aliases.title')}</h2>
      <p>{table.present ? trustText(lang, 'aliases.loaded', { n: table.entries.length }) : trustText(lang, 'aliases.none')}</p>
      {table.problems.length > 0 && (
        <>
          <h3>{trustText(lang, 'aliases.bad')}</h3>
          <ul className="problem-details" data-testid="unit-alias-problems">
            {table.problems.map((line) => <li key={line}><code>{line}</code></li>)}
          </ul>
        </>
      )}
      <h3>{trustText(lang, 'aliases.merged')}</h3>
      {effects.length === 0 ? (
        <p>{trustText(lang, 'aliases.noneMerged')}</p>
      ) : (
        <table className="alias-effects">
          <thead>
            <tr>
              <th>{trustText(lang, 'aliases.region')}</th>
              <th>{trustText(lang, 'aliases.canonical')}</th>
              <th>{trustText(lang, 'aliases.variants')}</th>
            </tr>
          </thead>
          <tbody>
            {effects.map((effect) => (
              <tr key={`${effect.region ?? ''}/${effect.canonical}`}>
                <td>{effect.region ?? trustText(lang, 'aliases.anyRegion')}</td>
                <td>{effect.canonical}</td>
                <td>
                  {effect.variants.join('、')}
                  {!effect.fromTable && <span className="muted">（{trustText(lang, 'aliases.how')}）</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
