import type { UnitAliasTable } from '../../load/unit-alias-table.ts';
import { loadUnitAliasesViaWorker, type AliasWorkerLike } from '../../load/unit-aliases-via-worker.ts';

/**
 * Fetches and checks the alias table at `url` in the datasets' validation worker (the same script, already fetched
 * for the datasets), so zod stays off the page; where workers fail, the loader and zod are imported here instead.
 * Its own module, imported when a manifest names a table, so none of this is in the first page's script.
 */
export function fetchUnitAliases(url: string): Promise<UnitAliasTable> {
  const onPage = (target: string) =>
    import('../../load/unit-aliases.ts').then(({ loadUnitAliases }) => loadUnitAliases((u) => fetch(u, { cache: 'no-cache' }), target));
  if (typeof Worker === 'undefined') return onPage(url);
  const spawn = () => new Worker(new URL('../../load/validate-worker.ts', import.meta.url), { type: 'module', name: 'duban-validate' }) as AliasWorkerLike;
  return loadUnitAliasesViaWorker(spawn, url, onPage);
}
