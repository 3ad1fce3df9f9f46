import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../../src/state/app-state.ts';
import type { HashLocation } from '../../src/state/hash-store.ts';
import { createHashStore } from '../../src/state/hash-store.ts';

/** An in-memory history: entries, a cursor, and hashchange on back/forward. */
function fakeLocation(initial: string) {
  const entries = [initial];
  let at = 0;
  const callbacks = new Set<() => void>();
  const location: HashLocation = {
    getHash: () => entries[at] ?? '',
    pushHash(hash) {
      entries.splice(at + 1, entries.length, hash);
      at = entries.length - 1;
    },
    replaceHash(hash) {
      entries[at] = hash;
    },
    onHashChange(callback) {
      callbacks.add(callback);
      return () => callbacks.delete(callback);
    },
  };
  const back = () => {
    at = Math.max(0, at - 1);
    for (const c of callbacks) c();
  };
  return { location, entries, back };
}

describe('state/hash-store', () => {
  it('createHashStore(empty hash) → overview, URL replaced by "#/overview" without a history entry', () => {
    const fake = fakeLocation('');
    const store = createHashStore(fake.location);
    expect(store.get()).toEqual(DEFAULT_STATE);
    expect(fake.entries).toEqual(['#/overview']);
  });

  it('navigate(filter) pushes an entry; back → the previous state', () => {
    const fake = fakeLocation('#/workload');
    const store = createHashStore(fake.location);
    const before = store.get();
    store.navigate({ ...before, filters: { ...before.filters, unit: ['公共服务办'] } });
    expect(fake.entries).toEqual(['#/workload', `#/workload?unit=${encodeURIComponent('公共服务办')}`]);
    expect(store.get().filters.unit).toEqual(['公共服务办']);
    fake.back();
    expect(store.get().filters.unit).toEqual([]);
  });

  it('navigate(same state) → no new entry; navigate(…, {replace}) → replaced entry', () => {
    const fake = fakeLocation('#/tasks');
    const store = createHashStore(fake.location);
    store.navigate(store.get());
    expect(fake.entries).toEqual(['#/tasks']);
    store.navigate({ ...store.get(), lang: 'en' }, { replace: true });
    expect(fake.entries).toEqual(['#/tasks?lang=en']);
  });

  it('notifies subscribers on navigate and on back', () => {
    const fake = fakeLocation('#/tasks');
    const store = createHashStore(fake.location);
    let calls = 0;
    store.subscribe(() => calls++);
    store.navigate({ ...store.get(), view: 'quality' });
    fake.back();
    expect(calls).toBe(2);
  });
});
