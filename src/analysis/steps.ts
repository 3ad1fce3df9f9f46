/**
 * Work written as steps: a generator that pauses (yields nothing) between pieces of a few milliseconds and returns its
 * result at the end. The page runs it in time slices (src/ui/run-in-slices.ts) so a province's load never holds the
 * main thread for long; tests and Node callers run it to the end at once.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps without pausing and returns what they return. */
export function runToEnd<T>(steps: Iterator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}
