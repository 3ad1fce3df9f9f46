import { createElement, lazy, useState, type ComponentType, type ReactNode } from 'react';

/** A lazily loaded component that renders at once when its module is already in. */
export interface PreloadableLazy<P extends object> {
  Component: (props: P) => ReactNode;
  /** Starts loading the module (once); what `load` resolves to. */
  preload(): Promise<ComponentType<P>>;
}

/**
 * Like React.lazy, for a component whose module is usually loaded before it first renders (preloaded while the data
 * loads). React.lazy suspends on every first render, even when the module is in, and React then reveals the content
 * no sooner than 300 ms after the last fallback it showed (its Suspense throttle): traced at 200,000 tasks, the
 * first charts waited 220 ms on that timer with nothing left to do. Once the module has loaded, a new instance
 * renders the component itself; an instance that began under React.lazy stays with it, so it is never remounted.
 */
export function preloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableLazy<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // a failed load may be retried by the next render (the lazy component below reports it to its boundary)
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Component(props: P): ReactNode {
    const [direct] = useState(() => loaded);
    return direct !== null ? createElement(direct, props) : createElement(Lazy, props);
  }
  return { Component, preload };
}
