import type { UnitAliasTable } from './unit-alias-table.ts';

/** The validation worker's message for the alias table (validate-worker.ts answers it beside the dataset requests). */
export interface UnitAliasesRequest {
  kind: 'unit-aliases';
  url: string;
}

/** The part of a DOM Worker this needs, so tests can pass a fake. */
export interface AliasWorkerLike {
  postMessage(message: UnitAliasesRequest): void;
  addEventListener(type: 'message', listener: (event: { data: { result: UnitAliasTable } }) => void): void;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
  terminate(): void;
}

/**
 * Loads the alias table in a validation worker started for it (then ended), so zod, which checks the table, loads
 * there and not on the page. A worker that cannot start or fails hands the job to `onPage`. Never rejects.
 */
export function loadUnitAliasesViaWorker(spawn: () => AliasWorkerLike, url: string, onPage: (url: string) => Promise<UnitAliasTable>): Promise<UnitAliasTable> {
  let worker: AliasWorkerLike;
  try {
    worker = spawn();
  } catch {
    return onPage(url);
  }
  return new Promise((resolve) => {
    worker.addEventListener('message', (event) => {
      worker.terminate();
      resolve(event.data.result);
    });
    worker.addEventListener('error', () => {
      worker.terminate();
      void onPage(url).then(resolve);
    });
    worker.postMessage({ kind: 'unit-aliases', url });
  });
}
