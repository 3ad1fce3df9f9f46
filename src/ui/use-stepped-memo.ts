import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { runToEnd, type Steps } from '../analysis/steps.ts';
import { runInSlices } from './run-in-slices.ts';

/** A value built from one input, and the order in which its build started (later builds win). */
export interface Built<I, T> {
  input: I;
  value: T;
  started: number;
}

let builds = 0;

/**
 * Like useMemo over steps: `build(input)` run to its end during the render while `slice` is false (small data), or in
 * time slices after it (run-in-slices.ts) while true, so a province's rows never hold the page for a second. Until the
 * sliced build of the newest input is done, the last value built (for an earlier input) is returned with that input,
 * so what is shown always belongs together; null before anything was built. The finished value is rendered as a
 * transition: React may then yield between the views it redraws. `build` must not change between renders.
 */
export function useSteppedMemo<I, T>(input: I, build: (input: I) => Steps<T>, slice: boolean): Built<I, T> | null {
  const [finished, setFinished] = useState<Built<I, T> | null>(null);
  const [failure, setFailure] = useState<{ input: I; error: Error } | null>(null);
  const shown = useRef<Built<I, T> | null>(null);
  // build is fixed for the component's life, so only the input and the mode are dependencies
  const built = useMemo(() => (slice ? null : { input, value: runToEnd(build(input)), started: ++builds }), [input, slice]);
  useEffect(() => {
    if (!slice) return;
    const started = ++builds;
    const run = runInSlices(build(input));
    let live = true;
    run.done.then(
      (value) => {
        if (live) startTransition(() => setFinished({ input, value, started }));
      },
      (error: unknown) => {
        if (live) setFailure({ input, error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      live = false;
      run.cancel();
    };
  }, [input, slice]);
  // a build that threw fails the render, as it would have done synchronously
  if (failure !== null && failure.input === input) throw failure.error;
  const latest = [built, finished, shown.current].reduce<Built<I, T> | null>((a, b) => (b !== null && (a === null || b.started > a.started) ? b : a), null);
  shown.current = latest;
  return latest;
}
