import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { AppState } from '../state/app-state.ts';
import type { HashStore } from '../state/hash-store.ts';

export const AppStoreContext = createContext<HashStore | null>(null);

export type Navigate = (next: AppState | ((state: AppState) => AppState), options?: { replace?: boolean }) => void;

/** The one React hook over the URL state: the current state and a navigate function (a new history entry unless replace). */
export function useAppState(): [AppState, Navigate] {
  const store = useContext(AppStoreContext);
  if (store === null) throw new Error('useAppState outside AppStoreContext');
  const state = useSyncExternalStore(store.subscribe, store.get);
  const navigate = useCallback<Navigate>(
    (next, options) => store.navigate(typeof next === 'function' ? next(store.get()) : next, options),
    [store],
  );
  return [state, navigate];
}
