import { describe, expect, it } from 'vitest';
import { startEarlyWorkers } from '../../src/load/early-workers.ts';
import type { WorkerLike } from '../../src/load/worker-loader.ts';

interface FakeWorker extends WorkerLike {
  name: string;
  fail(): void;
  terminated: boolean;
}

function fakeWorker(name: string): FakeWorker {
  const onError: ((e: unknown) => void)[] = [];
  const worker = {
    name,
    terminated: false,
    postMessage() {},
    addEventListener(type: string, listener: (e: unknown) => void) {
      if (type === 'error') onError.push(listener);
    },
    terminate() {
      worker.terminated = true;
    },
    fail() {
      for (const listener of onError) listener(new Error('no module workers'));
    },
  };
  return worker as unknown as FakeWorker;
}

/** A spawn function that names its workers w1, w2… and keeps them in `spawned`. */
function spawner(spawned: FakeWorker[]): () => FakeWorker {
  return () => {
    const worker = fakeWorker(`w${spawned.length + 1}`);
    spawned.push(worker);
    return worker;
  };
}

describe('load/early-workers', () => {
  it('starts the workers at once and hands them out in order, then nothing', () => {
    const spawned: FakeWorker[] = [];
    const early = startEarlyWorkers(spawner(spawned), 2);
    expect(spawned.map((w) => w.name)).toEqual(['w1', 'w2']);
    expect((early.take() as FakeWorker).name).toBe('w1');
    expect((early.take() as FakeWorker).name).toBe('w2');
    expect(early.take()).toBeUndefined();
  });

  it('never hands out a worker that failed before it was taken, and terminates it', () => {
    const spawned: FakeWorker[] = [];
    const early = startEarlyWorkers(spawner(spawned), 3);
    spawned[0]!.fail();
    spawned[2]!.fail();
    expect((early.take() as FakeWorker).name).toBe('w2');
    expect(early.take()).toBeUndefined();
    expect(spawned.map((w) => w.terminated)).toEqual([true, false, true]);
  });

  it('stops starting workers when one cannot be made, and keeps those that could', () => {
    let made = 0;
    const early = startEarlyWorkers(() => {
      made += 1;
      if (made === 2) throw new Error('Worker is not allowed');
      return fakeWorker(`w${made}`);
    }, 4);
    expect(made).toBe(2);
    expect((early.take() as FakeWorker).name).toBe('w1');
    expect(early.take()).toBeUndefined();
  });

  it('terminates the workers not taken when closed, and hands out none after', () => {
    const spawned: FakeWorker[] = [];
    const early = startEarlyWorkers(spawner(spawned), 3);
    expect((early.take() as FakeWorker).name).toBe('w1');
    early.close();
    expect(spawned.map((w) => w.terminated)).toEqual([false, true, true]);
    expect(early.take()).toBeUndefined();
  });
});
