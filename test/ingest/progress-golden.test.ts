import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProgressFileSchema } from '../../src/model/progress-schema.ts';
import { ManifestSchema } from '../../src/model/schema.ts';

// The ingest golden test (golden.test.ts) covers seeds/ → data/ but not seeds/progress/, and data/
// ships no progress (no invented reports in the dashboard). This one runs `npm run ingest` itself on
// a copy of seeds/ with the returned forms of test/fixtures/progress/round/forms/ in seeds/progress/,
// and compares the progress files and the manifest's progress list with the expected output
// committed in test/fixtures/progress/round/expected/. UPDATE_PROGRESS_GOLDEN=1 rewrites the
// expected files after a deliberate change (review the diff).
const root = join(import.meta.dirname, '../..');
const roundDir = join(root, 'test/fixtures/progress/round');
const expectedDir = join(roundDir, 'expected');
const update = process.env.UPDATE_PROGRESS_GOLDEN === '1';
const STALE = 'progress-0000dead.json';

let work: string;
let dataDir: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'duban-progress-golden-'));
  const seedsDir = join(work, 'seeds');
  dataDir = join(work, 'data');
  cpSync(join(root, 'seeds'), seedsDir, { recursive: true });
  cpSync(join(roundDir, 'forms'), join(seedsDir, 'progress'), { recursive: true });
  mkdirSync(dataDir);
  if (existsSync(join(root, 'data/unit-aliases.json'))) cpSync(join(root, 'data/unit-aliases.json'), join(dataDir, 'unit-aliases.json'));
  // a progress file whose form is gone from seeds/progress/ must go with it
  writeFileSync(join(dataDir, STALE), '{}\n');
  const tsx = join(root, 'node_modules/.bin/tsx');
  execFileSync(tsx, [join(root, 'src/ingest/cli.ts'), seedsDir, dataDir], { cwd: root, stdio: 'pipe', timeout: 120_000 });
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('progress golden: `npm run ingest` reads seeds/progress/ into data/', () => {
  it('writes one progress file per returned form and removes a stale one', () => {
    const forms = readdirSync(join(roundDir, 'forms'));
    const written = readdirSync(dataDir).filter((n) => n.startsWith('progress-')).sort();
    expect(written).not.toContain(STALE);
    expect(written).toHaveLength(forms.length);
  });

  it('leaves the datasets and the rest of the manifest as data/ has them; lists the progress files in the manifest', () => {
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')));
    const committed = ManifestSchema.parse(JSON.parse(readFileSync(join(root, 'data/manifest.json'), 'utf8')));
    const { progress, ...rest } = manifest;
    expect(rest).toEqual(committed);
    const expectedPath = join(expectedDir, 'manifest-progress.json');
    const actual = `${JSON.stringify(progress, null, 2)}\n`;
    if (update) {
      mkdirSync(expectedDir, { recursive: true });
      writeFileSync(expectedPath, actual);
    }
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
  });

  it('writes progress files byte-identical to the expected ones, and valid', () => {
    const written = readdirSync(dataDir).filter((n) => /^progress-.*\.json$/.test(n)).sort();
    if (update) {
      for (const n of readdirSync(expectedDir)) if (n.startsWith('progress-')) rmSync(join(expectedDir, n));
      for (const n of written) cpSync(join(dataDir, n), join(expectedDir, n));
    }
    const expected = readdirSync(expectedDir).filter((n) => n.startsWith('progress-')).sort();
    expect(written).toEqual(expected);
    for (const n of written) {
      const text = readFileSync(join(dataDir, n), 'utf8');
      expect(ProgressFileSchema.safeParse(JSON.parse(text)).success, n).toBe(true);
      expect(text === readFileSync(join(expectedDir, n), 'utf8'), `${n} differs from test/fixtures/progress/round/expected/${n}`).toBe(true);
    }
  });
});
