import { describe, expect, it } from 'vitest';
import type { UnitAliasTable } from '../../src/load/unit-alias-table.ts';
import { loadUnitAliasesViaWorker, type AliasWorkerLike, type UnitAliasesRequest } from '../../src/load/unit-aliases-via-worker.ts';

const TABLE: UnitAliasTable = { present: true, entries: [{ region: null, canonical: '市政府办公室', variants: ['市府办'] }], problems: [] };
const ON_PAGE: UnitAliasTable = { present: true, entries: [], problems: ['checked on the page'] };

/** A fake worker that answers (or fails) the way a real one would, and records what happened to it. */
function fakeWorker(behaviour: 'answer' | 'fail') {
  const listeners: { message?: (event: { data: { result: UnitAliasTable } }) => void; error?: (event: unknown) => void } = {};
  const seen: { posted: UnitAliasesRequest[]; terminated: boolean } = { posted: [], terminated: false };
  const worker: AliasWorkerLike = {
    postMessage(message) {
      seen.posted.push(message);
      queueMicrotask(() => (behaviour === 'answer' ? listeners.message?.({ data: { result: TABLE } }) : listeners.error?.(new Error('no module workers'))));
    },
    addEventListener(type: 'message' | 'error', listener: never) {
      listeners[type] = listener;
    },
    terminate() {
      seen.terminated = true;
    },
  };
  return { worker, seen };
}

describe('loadUnitAliasesViaWorker', () => {
  it('asks a worker for the table at the URL and ends the worker once it answers', async () => {
    const { worker, seen } = fakeWorker('answer');
    const table = await loadUnitAliasesViaWorker(() => worker, 'http://x/data/unit-aliases.json', async () => ON_PAGE);
    expect(table).toEqual(TABLE);
    expect(seen.posted).toEqual([{ kind: 'unit-aliases', url: 'http://x/data/unit-aliases.json' }]);
    expect(seen.terminated).toBe(true);
  });

  it('checks the table on the page when the worker fails', async () => {
    const { worker, seen } = fakeWorker('fail');
    const asked: string[] = [];
    const table = await loadUnitAliasesViaWorker(() => worker, 'http://x/a.json', async (url) => (asked.push(url), ON_PAGE));
    expect(table).toEqual(ON_PAGE);
    expect(asked).toEqual(['http://x/a.json']);
    expect(seen.terminated).toBe(true);
  });

  it('checks the table on the page when no worker can start', async () => {
    const table = await loadUnitAliasesViaWorker(() => { throw new Error('blocked'); }, 'http://x/a.json', async () => ON_PAGE);
    expect(table).toEqual(ON_PAGE);
  });
});
