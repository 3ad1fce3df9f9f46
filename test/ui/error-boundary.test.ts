import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ErrorBoundary } from '../../src/ui/error-boundary.tsx';

type Fallback = (message: string, retry: () => void) => ReactNode;

/** Builds a boundary as React would, with a fallback that records what it was handed. */
function boundary(resetKey: unknown = 'a') {
  const seen: { message: string; retry: () => void }[] = [];
  const fallback: Fallback = (message, retry) => {
    seen.push({ message, retry });
    return createElement('p', null, `failed: ${message}`);
  };
  const child = createElement('span', null, 'ok');
  const instance = new ErrorBoundary({ fallback, children: child, resetKey });
  return { instance, seen, child, fallback };
}

describe('ui/error-boundary', () => {
  it('getDerivedStateFromError(new Error("x")) → state.error with message "x"; a thrown string is wrapped', () => {
    expect(ErrorBoundary.getDerivedStateFromError(new Error('x')).error?.message).toBe('x');
    expect(ErrorBoundary.getDerivedStateFromError('bare').error?.message).toBe('bare');
  });

  it('render() without an error → the children', () => {
    const { instance, child } = boundary();
    expect(instance.render()).toBe(child);
  });

  it('render() after an error → the fallback with the message and a retry that clears the error', () => {
    const { instance, seen } = boundary();
    instance.state = { ...instance.state, ...ErrorBoundary.getDerivedStateFromError(new Error('option broke')) };
    let next: unknown = null;
    instance.setState = ((patch: object) => {
      next = patch;
    }) as typeof instance.setState;
    const shown = instance.render() as { props: { children: string } };
    expect(shown.props.children).toBe('failed: option broke');
    seen[0]?.retry();
    expect(next).toEqual({ error: null });
  });

  it('getDerivedStateFromProps with a new resetKey → the error cleared; same key → no change', () => {
    const state = { error: new Error('x'), resetKey: 'overview' };
    const props = { fallback: () => null, children: null };
    expect(ErrorBoundary.getDerivedStateFromProps({ ...props, resetKey: 'tasks' }, state)).toEqual({ error: null, resetKey: 'tasks' });
    expect(ErrorBoundary.getDerivedStateFromProps({ ...props, resetKey: 'overview' }, state)).toBeNull();
  });
});
