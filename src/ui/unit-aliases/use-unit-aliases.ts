import { useEffect, useState } from 'react';
import { loadUnitAliases, NO_ALIAS_TABLE, UNIT_ALIASES_FILE, type UnitAliasTable } from '../../load/unit-aliases.ts';

/** Fetches data/unit-aliases.json once; until it answers (and when it is missing) there are no aliases. */
export function useUnitAliases(): UnitAliasTable {
  const [table, setTable] = useState<UnitAliasTable>(NO_ALIAS_TABLE);
  useEffect(() => {
    let live = true;
    const url = new URL(`data/${UNIT_ALIASES_FILE}`, document.baseURI).href;
    void loadUnitAliases((target) => fetch(target, { cache: 'no-cache' }), url).then((loaded) => {
      if (live && loaded !== NO_ALIAS_TABLE) setTable(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return table;
}
