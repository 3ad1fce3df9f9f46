import type { Dataset } from '../model/schema.ts';
import { unitIdentity, type AliasLookup } from './unit-identity.ts';

/** Names that were counted as one unit: in `region` (null: a unit that is one body everywhere), `variants` as printed became `canonical`. */
export interface AliasEffect {
  region: string | null;
  canonical: string;
  variants: string[];
  /** True when the alias table (not only the built-in normalisation) merged at least one variant. */
  fromTable: boolean;
}

/** Lists every printed unit name the normalisation or the alias table changed, grouped by the unit it became, in region then name order. */
export function aliasEffects(datasets: readonly Dataset[], aliases: AliasLookup): AliasEffect[] {
  const byUnit = new Map<string, AliasEffect>();
  const seen = new Set<string>();
  for (const dataset of datasets) {
    for (const task of dataset.tasks) {
      for (const unit of task.units) {
        const seenKey = `${dataset.region}\u0000${unit.name}`;
        if (seen.has(seenKey)) continue;
        seen.add(seenKey);
        const identity = unitIdentity(dataset.region, unit.name, aliases);
        if (identity.name === unit.name) continue;
        const key = `${identity.region ?? ''}\u0000${identity.name}`;
        let effect = byUnit.get(key);
        if (effect === undefined) {
          effect = { region: identity.region, canonical: identity.name, variants: [], fromTable: false };
          byUnit.set(key, effect);
        }
        if (!effect.variants.includes(unit.name)) effect.variants.push(unit.name);
        if (unitIdentity(dataset.region, unit.name).name !== identity.name) effect.fromTable = true;
      }
    }
  }
  return [...byUnit.values()].sort((a, b) => compare(a.region ?? '', b.region ?? '') || compare(a.canonical, b.canonical));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
