import type { WorkerLike } from './worker-loader.ts';

/** Workers started before the pool that will use them exists: `take` hands them out in order, then undefined. */
export interface EarlyWorkers {
  take(): WorkerLike | undefined;
  /** Terminates the workers not taken (a small load's pool may not need them all), so none idles for the page's life. */
  close(): void;
}

/**
 * Starts `count` workers now, so they have loaded their code by the time the first request comes (a module worker
 * fetches and compiles its script first: about 0.2 s before the manifest could be asked for). A worker that fails
 * before it is taken (module workers unsupported, its script missing) is never handed out — the pool would not hear its
 * error event and would wait on it for good — so the pool starts its own or validates on the page, as without this.
 */
export function startEarlyWorkers(spawn: () => WorkerLike, count: number): EarlyWorkers {
  const started: { worker: WorkerLike; failed: boolean }[] = [];
  for (let i = 0; i < count; i++) {
    try {
      const entry = { worker: spawn(), failed: false };
      entry.worker.addEventListener('error', () => {
        entry.failed = true;
      });
      started.push(entry);
    } catch {
      break;
    }
  }
  return {
    take() {
      for (let entry = started.shift(); entry !== undefined; entry = started.shift()) {
        if (!entry.failed) return entry.worker;
        entry.worker.terminate();
      }
      return undefined;
    },
    close() {
      for (const entry of started.splice(0)) entry.worker.terminate();
    },
  };
}
