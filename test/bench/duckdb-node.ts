import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type * as DuckBlocking from '@duckdb/duckdb-wasm/blocking';

/** The blocking (synchronous) DuckDB-WASM bindings for Node, loaded from node_modules: no network, no CDN. */
export type DuckDb = Awaited<ReturnType<typeof DuckBlocking.createDuckDB>>;
export type DuckConnection = ReturnType<DuckDb['connect']>;

const require = createRequire(import.meta.url);
const DIST = resolve(import.meta.dirname, '../../node_modules/@duckdb/duckdb-wasm/dist');

/** The package's Node bundle (CommonJS); required lazily so a bench run without DuckDB never loads 40 MB of wasm. */
export function duckModule(): typeof DuckBlocking {
  return require(`${DIST}/duckdb-node-blocking.cjs`) as typeof DuckBlocking;
}

/**
 * Starts DuckDB-WASM in this Node process (the exception-handling build when Node supports it, as a browser
 * would pick) with a fresh in-memory database. 1.28.0 is pinned because it is the last release with Parquet
 * compiled in: later ones fetch the parquet extension from the internet on first use, which hangs offline.
 */
export async function openDuckDb(): Promise<{ db: DuckDb; conn: DuckConnection; instantiateMs: number }> {
  const duck = duckModule();
  const start = performance.now();
  const db = await duck.createDuckDB(
    {
      mvp: { mainModule: `${DIST}/duckdb-mvp.wasm`, mainWorker: '' },
      eh: { mainModule: `${DIST}/duckdb-eh.wasm`, mainWorker: '' },
    },
    new duck.VoidLogger(),
    // the typings resolve to the browser build; the Node build also exports its file-system runtime
    (duck as unknown as { NODE_RUNTIME: Parameters<typeof duck.createDuckDB>[2] }).NODE_RUNTIME,
  );
  await db.instantiate(() => {});
  db.open({});
  const conn = db.connect();
  // no extension may be fetched: the machine (and a government intranet) has no route to the extension CDN
  conn.query(`SET autoinstall_known_extensions=false`);
  conn.query(`SET autoload_known_extensions=false`);
  return { db, conn, instantiateMs: performance.now() - start };
}

/** Runs a query and returns plain rows, BigInt counts turned into numbers. */
export function queryRows<T = Record<string, unknown>>(conn: DuckConnection, sql: string): T[] {
  const table = conn.query(sql);
  const out: T[] = [];
  for (const row of table.toArray()) {
    const plain: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row.toJSON() as Record<string, unknown>)) plain[key] = typeof value === 'bigint' ? Number(value) : value;
    out.push(plain as T);
  }
  return out;
}

/** A SQL string literal. */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A SQL list literal of strings: ['a', 'b']. */
export function sqlList(values: readonly string[]): string {
  return `[${values.map(sqlString).join(', ')}]::VARCHAR[]`;
}
