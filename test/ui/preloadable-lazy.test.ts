import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { preloadableLazy } from '../../src/ui/preloadable-lazy.ts';

function Greeting({ name }: { name: string }) {
  return createElement('p', null, `hello ${name}`);
}

/** A lazily loaded Greeting whose loads are counted; `fail` rejects the next load. */
function lazyGreeting() {
  const calls = { count: 0, fail: false };
  const lazyOne = preloadableLazy<{ name: string }>(async () => {
    calls.count++;
    if (calls.fail) {
      calls.fail = false;
      throw new Error('chunk missing');
    }
    return Greeting;
  });
  const render = () => renderToString(createElement(Suspense, { fallback: 'waiting' }, createElement(lazyOne.Component, { name: 'Duban' })));
  return { ...lazyOne, calls, render };
}

describe('ui/preloadable-lazy', () => {
  it('before its module is in, an instance suspends like React.lazy: its Suspense boundary shows the fallback', () => {
    const { render } = lazyGreeting();
    const html = render();
    expect(html).toContain('waiting');
    expect(html).not.toContain('hello');
  });

  it('once preload() has resolved, a new instance renders the component at once — no fallback, nothing to wait for', async () => {
    const { render, preload } = lazyGreeting();
    await preload();
    const html = render();
    expect(html).toContain('hello Duban');
    expect(html).not.toContain('waiting');
  });

  it('loads the module once, however often preload() is asked and the component rendered', async () => {
    const { render, preload, calls } = lazyGreeting();
    void preload();
    await preload();
    render();
    render();
    expect(calls.count).toBe(1);
  });

  it('a load that failed is tried again by the next preload()', async () => {
    const { render, preload, calls } = lazyGreeting();
    calls.fail = true;
    await expect(preload()).rejects.toThrow('chunk missing');
    await preload();
    expect(calls.count).toBe(2);
    expect(render()).toContain('hello Duban');
  });
});
