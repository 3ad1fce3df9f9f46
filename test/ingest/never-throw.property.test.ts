import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvTemplate } from '../../src/ingest/csv-template.ts';
import { parseDeadline } from '../../src/ingest/deadline.ts';
import { decodeText } from '../../src/ingest/decode-text.ts';
import { parseIndicators } from '../../src/ingest/indicators.ts';
import { ingestDocument } from '../../src/ingest/ingest-document.ts';
import { ingestUpload } from '../../src/ingest/ingest-upload.ts';
import { chooseLayout, LAYOUT_READERS } from '../../src/ingest/layouts/registry.ts';
import { parseUnits } from '../../src/ingest/units.ts';
import { DatasetSchema, DeadlineSchema, IndicatorSchema, TaskUnitSchema } from '../../src/model/schema.ts';

// Random and mutated document text fed to every normaliser, every layout reader, the whole
// ingest and the upload path: each must return a result (with warnings), never throw, and
// never lose a row. The generator seed is fixed so the suite is deterministic; explore more
// with FC_SEED=<n> FC_RUNS=<n> npx vitest run test/ingest/never-throw.property.test.ts.

const RUNS = Number(process.env.FC_RUNS ?? 200);
const SEED = Number(process.env.FC_SEED ?? 20211231);
const params = (numRuns = RUNS) => ({ numRuns, seed: SEED });
const TIMEOUT = Math.max(30_000, RUNS * 100);
const seedsDir = new URL('../../seeds/', import.meta.url);
const SEEDS = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ file: `seeds/${f}`, text: readFileSync(new URL(f, seedsDir), 'utf8') }));

const HOSTILE = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '{{constructor}}', '__proto__',
  '99999999999999999999999', '1e309', '-0', 'NaN', '２０２１年６月底前', '１００％', '2021年13月32日', '2021年2月30日',
  '0000年0月', 'X年8月31日前', '9999年12月底前', '\u0000', '\u0007', '\u001b[31m', '\u200b', '\ufeff', '\r', '\u2028', '\t', '\n',
];
const TOKENS = [
  ...HOSTILE, '年', '月', '日', '底', '前', '旬', '季度', '上半年', '年底', '2021', '2022', '6', '12', '30', 'X',
  '长期推进', '持续推进', '每年', '并', '牵头', '负责', '配合', '协助', '等有关部门', '各有关单位', '公安分局', '、',
  '，', '；', '：', '。', '（', '）', '(', ')', '【', '】', '%', '万', '亿', '个', '家', '≥', '≤', '>', '<', '以上',
  '以内', '达到', '不低于', '提高', '率', '一、', '（一）', '1．', '2.', '序号', '任务', '责任单位', '完成时限', '备注：',
  ' ', '　', '/', '—', '-', '.',
];
const token = fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }));
const docText = fc.string({ unit: token, maxLength: 60 });
const anyText = fc.oneof(docText, fc.string({ unit: 'binary', maxLength: 80 }));

type Mutation =
  | { kind: 'delete' | 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'insert'; at: number; pos: number; text: string }
  | { kind: 'fullwidth'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), pos: fc.nat(), text: fc.oneof(fc.constantFrom(...HOSTILE), docText) }),
  fc.record({ kind: fc.constant('fullwidth' as const), at: fc.nat() }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  const lines = text.split('\n');
  for (const m of mutations) {
    if (lines.length === 0) break;
    const i = m.at % lines.length;
    const line = lines[i] ?? '';
    if (m.kind === 'delete') lines.splice(i, 1);
    else if (m.kind === 'duplicate') lines.splice(i, 0, line);
    else if (m.kind === 'swap') {
      const j = m.with % lines.length;
      lines[i] = lines[j] ?? '';
      lines[j] = line;
    } else if (m.kind === 'insert') {
      const at = m.pos % (line.length + 1);
      lines[i] = line.slice(0, at) + m.text + line.slice(at);
    } else lines[i] = line.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  }
  return lines.join('\n');
}

const mutatedSeed = fc
  .record({ seed: fc.nat({ max: SEEDS.length - 1 }), mutations: fc.array(mutation, { maxLength: 8 }) })
  .map(({ seed, mutations }) => {
    const doc = SEEDS[seed] ?? SEEDS[0]!;
    return { file: doc.file, text: mutate(doc.text, mutations) };
  });

const isoOrNull = fc.option(
  fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

describe('ingest never throws (property)', () => {
  it('has the seeds to mutate', () => {
    expect(SEEDS.length).toBeGreaterThan(0);
  });

  it('parseDeadline(random text, { published }) → a schema-valid deadline, never a throw', () => {
    fc.assert(
      fc.property(anyText, isoOrNull, (raw, published) => {
        const { deadline, issues } = parseDeadline(raw, { published });
        expect(DeadlineSchema.safeParse(deadline).success).toBe(true);
        expect(Array.isArray(issues)).toBe(true);
      }),
      params(),
    );
  }, TIMEOUT);

  it('parseUnits(random cells) → schema-valid units or a units-missing issue, never a throw', () => {
    const cell = fc.record({ text: anyText, role: fc.constantFrom(null, 'lead' as const, 'responsible' as const, 'support' as const) });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 4 }), (cells) => {
        const { units, issues } = parseUnits(cells);
        for (const unit of units) expect(TaskUnitSchema.safeParse(unit).success).toBe(true);
        if (units.length === 0) expect(issues.map((i) => i.code)).toContain('units-missing');
      }),
      params(),
    );
  }, TIMEOUT);

  it('parseIndicators(random text) → schema-valid indicators (finite values), never a throw', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const indicator of parseIndicators(text)) expect(IndicatorSchema.safeParse(indicator).success).toBe(true);
      }),
      params(),
    );
  }, TIMEOUT);

  it('parseDeadline, parseUnits and parseIndicators on every line of a mutated seed → never a throw', () => {
    fc.assert(
      fc.property(mutatedSeed, isoOrNull, ({ text }, published) => {
        for (const line of text.split('\n').slice(0, 400)) {
          expect(DeadlineSchema.safeParse(parseDeadline(line, { published }).deadline).success).toBe(true);
          parseUnits([{ text: line, role: null }]);
          for (const indicator of parseIndicators(line)) expect(IndicatorSchema.safeParse(indicator).success).toBe(true);
        }
      }),
      params(Math.ceil(RUNS / 4)),
    );
  }, TIMEOUT);

  it.each(LAYOUT_READERS.map((r) => [r.name, r] as const))('layout reader %s: detect and read on random and mutated text → never a throw', (_name, reader) => {
    const lines = fc.oneof(
      fc.array(anyText, { maxLength: 30 }),
      mutatedSeed.map(({ text }) => text.split('\n')),
    );
    fc.assert(
      fc.property(lines, (input) => {
        const score = reader.detect(input);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        const result = reader.read(input);
        expect(Array.isArray(result.tasks)).toBe(true);
      }),
      params(),
    );
  }, TIMEOUT);

  it('ingestDocument(mutated seed) → a valid dataset or a message, never a caught exception', () => {
    fc.assert(
      fc.property(mutatedSeed, ({ file, text }) => {
        const result = ingestDocument(file, text);
        if (result.ok) expect(DatasetSchema.safeParse(result.dataset).success).toBe(true);
        else expect(result.message).not.toMatch(/ingest failed/);
      }),
      params(),
    );
  }, TIMEOUT);

  it('ingestDocument(random text) → a valid dataset or a message naming the file', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 40 }), (lines) => {
        const result = ingestDocument('seeds/random.txt', lines.join('\n'));
        if (result.ok) expect(DatasetSchema.safeParse(result.dataset).success).toBe(true);
        else expect(result.message.startsWith('seeds/random.txt: ')).toBe(true);
      }),
      params(),
    );
  }, TIMEOUT);

  it('ingestDocument(mutated seed) never loses a line: each non-blank task-region line is in a task, furniture or an unplaced-line warning', () => {
    fc.assert(
      fc.property(mutatedSeed, ({ file, text }) => {
        const result = ingestDocument(file, text);
        const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
        const chosen = chooseLayout(lines);
        if (!result.ok || !chosen) return;
        const layout = chosen.reader.read(lines);
        expect(result.dataset.tasks).toHaveLength(layout.tasks.length);
        const placed = new Set<number>([
          ...layout.furnitureLines,
          ...layout.tasks.flatMap((t) => t.lines),
          ...result.dataset.warnings.filter((w) => w.code === 'unplaced-line').map((w) => w.line ?? 0),
        ]);
        const end = Math.min(layout.taskRegion.end, lines.length);
        for (let line = Math.max(1, layout.taskRegion.start); line <= end; line++) {
          if ((lines[line - 1] ?? '').trim() !== '') expect(placed.has(line), `line ${line} of ${file} lost`).toBe(true);
        }
      }),
      params(),
    );
  }, TIMEOUT);

  it('decodeText(random bytes) → text and a known encoding, never a throw; UTF-8 text round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const { text, encoding } = decodeText(bytes);
        expect(typeof text).toBe('string');
        expect(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030']).toContain(encoding);
      }),
      params(),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        fc.pre(!text.startsWith('\ufeff'));
        expect(decodeText(new TextEncoder().encode(text)).text).toBe(text);
      }),
      params(),
    );
  }, TIMEOUT);

  it('readCsvTemplate(random text) → a result or a message, never a throw; every non-blank line is a task, a row error or furniture', () => {
    const header = fc.constantFrom('序号,领域,任务,责任单位,完成时限\n', 'no,task\n', '任务\t牵头单位\n', '');
    fc.assert(
      fc.property(header, fc.array(anyText, { maxLength: 20 }), (head, lines) => {
        const text = head + lines.join('\n');
        const result = readCsvTemplate(text, 'x.csv');
        if (!result.ok) {
          expect(result.message.startsWith('x.csv: ')).toBe(true);
          return;
        }
        const all = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
        const placed = new Set([...result.furnitureLines, ...result.tasks.flatMap((t) => t.lines)]);
        for (const e of result.rowErrors) expect(placed.has(e.line)).toBe(true);
        for (let line = result.taskRegion.start; line <= all.length; line++) {
          if ((all[line - 1] ?? '').trim() !== '') expect(placed.has(line), `line ${line} lost`).toBe(true);
        }
      }),
      params(),
    );
  }, TIMEOUT);

  it('readCsvTemplate(well-formed CSV of random cells) → every data row is a task on its line or a listed row error', () => {
    const columns = ['地区', '序号', '领域', '任务', '牵头单位', '责任单位', '配合单位', '完成时限'];
    const cellText = fc.oneof(fc.constant(''), docText, fc.constantFrom('a,b', 'say "hi"', '两行\n文字', ' ', '\n'));
    const row = fc.array(cellText, { minLength: columns.length, maxLength: columns.length });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 15 }), fc.boolean(), (rows, crlf) => {
        const newline = crlf ? '\r\n' : '\n';
        const quote = (c: string) => (/[",\r\n]/.test(c) || c.trim() !== c ? `"${c.replace(/"/g, '""')}"` : c);
        const records = [columns, ...rows].map((r) => r.map(quote).join(','));
        const text = records.join(newline);
        const result = readCsvTemplate(text, 'x.csv');
        if (!result.ok) throw new Error(result.message);
        const taskLines = new Set(result.tasks.map((t) => t.line));
        const errorLines = new Set(result.rowErrors.map((e) => e.line));
        let line = 1 + (columns.join(',').split('\n').length);
        for (const [i, cells] of rows.entries()) {
          const blank = cells.every((c) => c.trim() === '');
          const hasTask = (cells[3] ?? '').trim() !== '';
          const heading = !hasTask && (cells[2] ?? '').trim() !== '' && cells.every((c, k) => k === 0 || k === 2 || c.trim() === '');
          const headingUsed = heading && rows.slice(i + 1).some((r) => (r[3] ?? '').trim() !== '');
          if (hasTask) {
            expect(taskLines.has(line), `row ${i + 1} (line ${line}) is not a task`).toBe(true);
            const task = result.tasks.find((t) => t.line === line);
            expect(task?.text.length).toBeGreaterThan(0);
          } else if (!blank && !headingUsed) {
            expect(errorLines.has(line), `row ${i + 1} (line ${line}) is not listed`).toBe(true);
          }
          line += (records[i + 1] ?? '').split(/\r?\n|\r/).length;
        }
        expect(result.tasks.length + result.rowErrors.length).toBeLessThanOrEqual(rows.length);
      }),
      params(),
    );
  }, TIMEOUT);

  it('ingestUpload(random bytes or mutated seed bytes, .csv or .txt) → a valid dataset or a message, never a throw', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      mutatedSeed.map(({ text }) => new TextEncoder().encode(text)),
      fc.array(anyText, { maxLength: 20 }).map((lines) => new TextEncoder().encode(`序号,任务,完成时限\n${lines.join('\n')}`)),
    );
    fc.assert(
      fc.property(fc.constantFrom('a.csv', 'a.txt', 'a', ''), bytes, (name, data) => {
        const result = ingestUpload(name, data, { existingIds: ['gangkou-2021'] });
        if (result.ok) {
          expect(DatasetSchema.safeParse(result.dataset).success).toBe(true);
          expect(result.dataset.id).not.toBe('gangkou-2021');
          if (result.format === 'csv') {
            const codes = result.dataset.warnings.map((w) => w.code);
            expect(codes.filter((c) => c === 'malformed-row')).toHaveLength(result.rowErrors.length);
            expect(codes).not.toContain('unplaced-line');
          }
        } else {
          expect(result.message).not.toMatch(/upload failed|ingest failed/);
        }
      }),
      params(),
    );
  }, TIMEOUT);
});
