import type { AppState } from './app-state.ts';
import { formatHash, parseHash } from './hash.ts';
import type { Store } from './store.ts';
import { createStore } from './store.ts';

/** The browser's location as the hash store needs it; src/ui passes the real one, tests a fake. */
export interface HashLocation {
  getHash(): string;
  /** Adds a history entry (so Back returns to the previous state). */
  pushHash(hash: string): void;
  /** Replaces the current history entry. */
  replaceHash(hash: string): void;
  /** Calls back when the hash changes from outside (Back, Forward, an edited URL). */
  onHashChange(callback: () => void): () => void;
}

/** The app state store bound to the URL: reading parses the hash, navigating writes it. */
export interface HashStore extends Store<AppState> {
  /** Moves to `next`, adding a history entry unless `replace` is set or nothing changes. */
  navigate(next: AppState, options?: { replace?: boolean }): void;
  /** Stops listening to the location. */
  dispose(): void;
}

/** Creates the app state store from a location: the hash is the single source of truth, so reload and Back reproduce a view. */
export function createHashStore(location: HashLocation): HashStore {
  const store = createStore(parseHash(location.getHash()));
  // Canonicalise the initial URL (an empty hash becomes #/overview) without a new history entry.
  const canonical = formatHash(store.get());
  if (location.getHash() !== canonical) location.replaceHash(canonical);
  const stop = location.onHashChange(() => {
    const hash = location.getHash();
    if (hash === formatHash(store.get())) return;
    store.set(parseHash(hash));
  });
  return {
    ...store,
    navigate(next, options = {}) {
      const hash = formatHash(next);
      if (hash === formatHash(store.get())) return;
      if (options.replace) location.replaceHash(hash);
      else location.pushHash(hash);
      store.set(parseHash(hash));
    },
    dispose: stop,
  };
}
