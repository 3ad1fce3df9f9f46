import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliasEffects } from '../../src/analysis/unit-alias-effects.ts';
import { buildAliasLookup } from '../../src/analysis/unit-identity.ts';
import { loadUnitAliases, NO_ALIAS_TABLE, parseUnitAliases } from '../../src/load/unit-aliases.ts';
import { makeDataset, makeTask } from '../analysis/make-task.ts';

const answer = (status: number, text = '') => async () => ({ ok: status >= 200 && status < 300, status, text: async () => text });

describe('load/unit-aliases', () => {
  it('a missing file → no aliases and no problem', async () => {
    expect(await loadUnitAliases(answer(404), 'data/unit-aliases.json')).toBe(NO_ALIAS_TABLE);
  });

  it('bad entries are named by path and skipped; good ones apply', () => {
    const table = parseUnitAliases({
      version: 1,
      aliases: [
        { region: '东莞市', canonical: '市政府办公室', variants: ['市府办'] },
        { region: '汕尾市', canonical: '', variants: ['x'] },
        { region: '汕尾市', canonical: 'y', variants: [] },
      ],
    });
    expect(table.entries).toHaveLength(1);
    expect(table.problems).toHaveLength(2);
    expect(table.problems[0]).toMatch(/^unit-aliases\.json aliases\.1\.canonical: /);
    expect(table.problems[1]).toMatch(/^unit-aliases\.json aliases\.2\.variants: /);
  });

  it('each problem says what was expected, not just "invalid input"', () => {
    const table = parseUnitAliases({ version: 1, aliases: [{ region: 3, canonical: '', variants: 'x' }] });
    expect(table.problems).toEqual([
      'unit-aliases.json aliases.0.region: expected a region name or null',
      'unit-aliases.json aliases.0.canonical: must not be empty',
      'unit-aliases.json aliases.0.variants: expected a list of unit names',
    ]);
    expect(parseUnitAliases({ version: 2, aliases: {} }).problems).toEqual(['unit-aliases.json version: expected 1', 'unit-aliases.json aliases: expected a list of alias entries']);
  });

  it('a file of another shape, or not JSON → one problem line, no aliases', async () => {
    expect(parseUnitAliases({ version: 2, aliases: [] }).problems[0]).toMatch(/^unit-aliases\.json version: /);
    const broken = await loadUnitAliases(answer(200, '{'), 'x');
    expect(broken.entries).toEqual([]);
    expect(broken.problems[0]).toMatch(/^unit-aliases\.json: /);
  });

  it('the committed data/unit-aliases.json is valid', () => {
    const table = parseUnitAliases(JSON.parse(readFileSync(new URL('../../data/unit-aliases.json', import.meta.url), 'utf8')));
    expect(table.problems).toEqual([]);
    expect(table.entries.length).toBeGreaterThan(0);
  });

  it('aliasEffects lists which printed names became which unit, table merges apart from normalisation', () => {
    const datasets = [makeDataset({
      region: '东莞市',
      tasks: [makeTask({ units: [{ name: '市府办', role: 'lead' }, { name: '市政府办公室', role: 'support' }, { name: '市数据局 (中心)', role: 'support' }] })],
    })];
    const lookup = buildAliasLookup([{ region: '东莞市', canonical: '市政府办公室', variants: ['市府办'] }]);
    expect(aliasEffects(datasets, lookup)).toEqual([
      { region: '东莞市', canonical: '市政府办公室', variants: ['市府办'], fromTable: true },
      { region: '东莞市', canonical: '市数据局（中心）', variants: ['市数据局 (中心)'], fromTable: false },
    ]);
  });
});
