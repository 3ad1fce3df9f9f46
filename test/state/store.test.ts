import { describe, expect, it } from 'vitest';
import { createStore } from '../../src/state/store.ts';

describe('state/store', () => {
  it('createStore(1).set(2) → get() is 2 and the listener ran once', () => {
    const store = createStore(1);
    let calls = 0;
    store.subscribe(() => calls++);
    store.set(2);
    expect(store.get()).toBe(2);
    expect(calls).toBe(1);
  });

  it('set() with the same value → no notification', () => {
    const store = createStore('a');
    let calls = 0;
    store.subscribe(() => calls++);
    store.set('a');
    expect(calls).toBe(0);
  });

  it('the function subscribe returns → unsubscribes', () => {
    const store = createStore(0);
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    stop();
    store.set(1);
    expect(calls).toBe(0);
  });
});
