import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataFiles } from '../../src/ingest/build-data-files.ts';
import { DatasetSchema, ManifestSchema } from '../../src/model/schema.ts';

const root = join(import.meta.dirname, '../..');
const seedsDir = join(root, 'seeds');
const dataDir = join(root, 'data');
const seedNames = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
// unit-aliases.json is maintained by hand beside the generated files (src/model/unit-aliases.ts); the ingest never writes it
const HAND_MAINTAINED = new Set(['unit-aliases.json']);
const committed = readdirSync(dataDir).filter((n) => n.endsWith('.json') && !n.endsWith('-changed.json') && !HAND_MAINTAINED.has(n)).sort();
// the source documents' text the ingest ships beside the datasets (data/sources/<id>.txt)
const sourcesDir = join(dataDir, 'sources');
const committedSources = existsSync(sourcesDir) ? readdirSync(sourcesDir).filter((n) => n.endsWith('.txt')).map((n) => `sources/${n}`).sort() : [];

describe('ingest golden: re-ingesting seeds/ in memory equals the committed data/', () => {
  const aliases = existsSync(join(dataDir, 'unit-aliases.json')) ? { unitAliases: 'unit-aliases.json' } : {};
  const { files, failures } = buildDataFiles(
    seedNames.map((name) => ({ file: `seeds/${name}`, text: readFileSync(join(seedsDir, name), 'utf8') })),
    aliases,
  );

  it('every seed document is ingested', () => {
    expect(failures).toEqual([]);
    expect(files.size).toBe(seedNames.length * 2 + 1);
  });

  it('data/ holds exactly the generated files, no stale ones', () => {
    expect([...committed, ...committedSources].sort()).toEqual([...files.keys()].sort());
  });

  it.each([...files.keys()].sort())('data/%s is byte-identical to a fresh ingest (run `npm run ingest`)', (name) => {
    const expected = files.get(name) ?? '';
    const path = join(dataDir, name);
    const actual = existsSync(path) ? readFileSync(path, 'utf8') : '';
    // On a mismatch outside CI, leave the fresh output beside it to diff (and clear it once they
    // agree again); never overwrite data/ here.
    const changed = path.replace(/\.(json|txt)$/, '-changed.$1');
    if (actual !== expected && !process.env.CI) writeFileSync(changed, expected);
    if (actual === expected && existsSync(changed)) rmSync(changed);
    expect(actual === expected, `data/${name} is stale; diff it with data/${name.replace(/\.json$/, '-changed.json')}`).toBe(true);
  });

  it('two runs give byte-identical files', () => {
    const again = buildDataFiles(
      seedNames.map((name) => ({ file: `seeds/${name}`, text: readFileSync(join(seedsDir, name), 'utf8') })),
      aliases,
    );
    expect([...again.files.entries()]).toEqual([...files.entries()]);
  });
});

describe('committed data/ passes the schema', () => {
  it.each(committed)('data/%s validates', (name) => {
    const json: unknown = JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
    const schema = name === 'manifest.json' ? ManifestSchema : DatasetSchema;
    const result = schema.safeParse(json);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});

describe('seeds/ is a byte-for-byte copy of shared/seeds', () => {
  const shared = join(root, '../shared/seeds');
  it.runIf(existsSync(shared))('every shared seed is in seeds/ unchanged', () => {
    for (const name of readdirSync(shared)) {
      expect(readFileSync(join(seedsDir, name)).equals(readFileSync(join(shared, name))), name).toBe(true);
    }
  });
});
