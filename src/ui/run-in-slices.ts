import type { Steps } from '../analysis/steps.ts';

/** Time one slice may take before the page gets the main thread back: well under a frame, far under the 200 ms goal. */
export const SLICE_MS = 12;

/** Steps being run in slices: `done` settles with their result (or their error); cancel stops them at the next pause. */
export interface SlicedRun<T> {
  readonly done: Promise<T>;
  cancel(): void;
}

/**
 * Runs steps (see analysis/steps.ts) a slice at a time: as many steps as fit in `budgetMs`, then the page's other
 * tasks (input, frames, messages from the workers), then the next slice. A cancelled run never settles.
 */
export function runInSlices<T>(steps: Steps<T>, budgetMs = SLICE_MS, now: () => number = () => performance.now()): SlicedRun<T> {
  // a message to ourselves queues the next slice at once (a nested setTimeout would wait at least 4 ms each time)
  const channel = new MessageChannel();
  let cancelled = false;
  const stop = () => {
    cancelled = true;
    channel.port1.onmessage = null;
    channel.port1.close();
    channel.port2.close();
  };
  const done = new Promise<T>((resolve, reject) => {
    channel.port1.onmessage = () => {
      if (cancelled) return;
      const until = now() + budgetMs;
      try {
        for (;;) {
          const next = steps.next();
          if (next.done === true) {
            stop();
            resolve(next.value);
            return;
          }
          if (now() >= until) break;
        }
      } catch (error) {
        stop();
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
  });
  return { done, cancel: stop };
}
