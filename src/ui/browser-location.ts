import type { HashLocation } from '../state/hash-store.ts';

/** The real window location as the hash store needs it: pushState adds history entries, hashchange/popstate report Back and Forward. */
export function browserLocation(win: Window): HashLocation {
  return {
    getHash: () => win.location.hash,
    pushHash: (hash) => win.history.pushState(null, '', hash),
    replaceHash: (hash) => win.history.replaceState(null, '', hash),
    onHashChange(callback) {
      win.addEventListener('hashchange', callback);
      win.addEventListener('popstate', callback);
      return () => {
        win.removeEventListener('hashchange', callback);
        win.removeEventListener('popstate', callback);
      };
    },
  };
}
