import { useEffect, useState } from 'react';
import { NO_ALIAS_TABLE, type UnitAliasTable } from '../../load/unit-alias-table.ts';

/**
 * Fetches the alias table the manifest names (`unitAliases`, normally data/unit-aliases.json) once; until it answers,
 * and when the manifest names none, there are no aliases and nothing is requested (so no 404 in the console).
 */
export function useUnitAliases(file: string | undefined): UnitAliasTable {
  const [table, setTable] = useState<UnitAliasTable>(NO_ALIAS_TABLE);
  useEffect(() => {
    // a plain file name beside the manifest only: nothing from a manifest may point outside data/
    if (file === undefined || !/^[A-Za-z0-9_-][A-Za-z0-9._-]*\.json$/.test(file)) return;
    let live = true;
    const url = new URL(`data/${file}`, document.baseURI).href;
    void import('./fetch-unit-aliases.ts')
      .then(({ fetchUnitAliases }) => fetchUnitAliases(url))
      .then((loaded) => {
        // a table copied out of a worker is never NO_ALIAS_TABLE itself; `present` says whether there was a file
        if (live && loaded.present) setTable(loaded);
      });
    return () => {
      live = false;
    };
  }, [file]);
  return table;
}
