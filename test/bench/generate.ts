import type { Dataset, DatasetWarning, Deadline, Indicator, Task, TaskUnit } from '../../src/model/schema.ts';
import { FORMAT_VERSION } from '../../src/model/schema.ts';
import { INDICATOR_CATEGORIES } from '../../src/model/indicator-categories.ts';
import { createPrng, mixSeed, type Prng } from './prng.ts';
import {
  ACTIONS, COLLECTIVES, COMPARATORS, DEPARTMENTS, DETAILS, INDICATOR_UNITS, LOCAL_SUFFIXES, METRIC_SUFFIXES, OBJECTS,
  PLACE_SYLLABLES, SECTIONS, SUBSECTIONS,
} from './vocabulary.ts';

export interface GenerateOptions {
  /** Total tasks over all datasets (exact). */
  tasks: number;
  /** Number of regions; each region gets one or more documents. */
  regions: number;
  seed: number;
}

/** One planned document: which region it belongs to and how many tasks it holds. */
export interface PlannedDataset {
  index: number;
  region: number;
  /** 1-based document number within its region. */
  doc: number;
  tasks: number;
}

/** A region's name and the units its documents draw from. */
interface RegionPool {
  name: string;
  /** Department units first (the busiest), then local units (towns, streets, villages). */
  units: string[];
}

const MIN_DOC_TASKS = 60;
const MAX_DOC_TASKS = 400;

/** Splits `tasks` over regions (uneven, like real cities) and each region into documents of 60–400 tasks; deterministic in the seed. */
export function planDatasets(options: GenerateOptions): PlannedDataset[] {
  const prng = createPrng(mixSeed(options.seed, 0x504c414e));
  const regions = Math.max(1, Math.floor(options.regions));
  const weights = Array.from({ length: regions }, () => 0.4 + prng.next() * 1.6);
  const total = weights.reduce((a, b) => a + b, 0);
  const perRegion = weights.map((w) => Math.floor((options.tasks * w) / total));
  let left = options.tasks - perRegion.reduce((a, b) => a + b, 0);
  for (let r = 0; left > 0; r = (r + 1) % regions, left--) perRegion[r]!++;
  const plan: PlannedDataset[] = [];
  perRegion.forEach((count, region) => {
    let remaining = count;
    let doc = 1;
    while (remaining > 0) {
      let size = Math.min(remaining, prng.int(MIN_DOC_TASKS, MAX_DOC_TASKS));
      // never leave a sliver of a document behind
      if (remaining - size > 0 && remaining - size < MIN_DOC_TASKS) size = remaining;
      plan.push({ index: plan.length, region, doc, tasks: size });
      remaining -= size;
      doc++;
    }
  });
  return plan;
}

/** Yields synthetic datasets that pass DatasetSchema, one per planned document, in plan order; the same options give the same datasets. */
export function* generateDatasets(options: GenerateOptions): Generator<Dataset> {
  const pools = new Map<number, RegionPool>();
  for (const planned of planDatasets(options)) {
    let pool = pools.get(planned.region);
    if (pool === undefined) {
      pool = regionPool(options.seed, planned.region);
      pools.set(planned.region, pool);
    }
    yield generateDataset(options.seed, planned, pool);
  }
}

/** The region name for a region index: two place syllables (unique per index) plus 市/县/区. */
export function regionName(seed: number, region: number): string {
  const n = PLACE_SYLLABLES.length;
  const a = region % n;
  const b = (a + 1 + Math.floor(region / n)) % n;
  const prng = createPrng(mixSeed(seed, region * 7 + 1));
  const city = `${PLACE_SYLLABLES[a]}${PLACE_SYLLABLES[b]}`;
  return prng.chance(0.5) ? `${city}市` : `${city}${prng.pick(['市', '县', '区'] as const)}${prng.pick(PLACE_SYLLABLES)}${prng.pick(PLACE_SYLLABLES)}镇`;
}

function regionPool(seed: number, region: number): RegionPool {
  const prng = createPrng(mixSeed(seed, 0x1000000 + region));
  const name = regionName(seed, region);
  const level = name.endsWith('市') ? '市' : prng.pick(['县', '区'] as const);
  const departments = DEPARTMENTS.filter(() => prng.chance(0.9)).map((d) => `${level}${d}`);
  const locals = new Set<string>();
  const localCount = prng.int(100, 300);
  for (let tries = 0; locals.size < localCount && tries < localCount * 4; tries++) {
    locals.add(`${prng.pick(PLACE_SYLLABLES)}${prng.pick(PLACE_SYLLABLES)}${prng.pick(LOCAL_SUFFIXES)}`);
  }
  return { name, units: [...departments, ...locals] };
}

interface DocContext {
  prng: Prng;
  id: string;
  pool: RegionPool;
  startYear: number;
  endYear: number;
  published: string | null;
  /** This document writes its years as "X年" (seeds/004…). */
  yearX: boolean;
  warnings: DatasetWarning[];
  usedGroups: Set<string>;
}

function generateDataset(seed: number, planned: PlannedDataset, pool: RegionPool): Dataset {
  const prng = createPrng(mixSeed(seed, planned.index + 1));
  const startYear = prng.int(2020, 2025);
  const endYear = Math.min(2026, startYear + prng.int(0, 2));
  const id = `r${String(planned.region).padStart(3, '0')}-${startYear}-${planned.doc}`;
  const published = prng.chance(0.7) ? isoDay(startYear, prng.int(1, 6), prng.int(1, 28)) : null;
  const ctx: DocContext = {
    prng, id, pool, startYear, endYear, published,
    yearX: prng.chance(0.05),
    warnings: [],
    usedGroups: new Set(),
  };
  const depth = prng.weighted([1, 6, 3]);
  const sections = pickDistinct(prng, SECTIONS, prng.int(3, 8));
  const unitStyle = prng.weighted([4, 4, 2]);
  const numbered = prng.chance(0.3);
  const tasks: Task[] = [];
  let line = prng.int(5, 20);
  let sub: string[] = [];
  for (let i = 0; i < planned.tasks; i++) {
    const sectionIndex = Math.floor((i * sections.length) / planned.tasks);
    if (i === 0 || Math.floor(((i - 1) * sections.length) / planned.tasks) !== sectionIndex || prng.chance(0.08)) {
      sub = [prng.pick(SUBSECTIONS)];
    }
    const path = depth === 0 ? [] : depth === 1 ? [sections[sectionIndex]!] : [sections[sectionIndex]!, ...sub];
    const no = String(i + 1);
    tasks.push(generateTask(ctx, { no: numbered ? `(${no})` : no, idNo: no, path, line, unitStyle }));
    line += prng.int(3, 12);
  }
  for (let extra = prng.int(0, 3); extra > 0; extra--) {
    const code = prng.pick(['unplaced-line', 'ambiguous-unit-column', 'truncated-row'] as const);
    ctx.warnings.push({ code, taskId: null, message: `${code}：第${prng.int(1, line)}行`, line: prng.int(1, line) });
  }
  const unitGroups: Record<string, string[]> = {};
  for (const name of ctx.usedGroups) {
    unitGroups[name] = pickDistinct(prng, pool.units, prng.int(5, 30));
  }
  return {
    version: FORMAT_VERSION,
    id,
    region: pool.name,
    title: `${pool.name}${prng.pick(['政务服务质量提升大会战实施方案', '数字政府改革建设工作', '优化营商环境工作', '“放管服”改革重点任务'] as const)}任务分解表（${startYear}—${endYear}年）`,
    issuer: prng.chance(0.6) ? `${pool.name}人民政府办公室` : null,
    docNumber: prng.chance(0.5) ? `${pool.name.slice(0, 2)}府办〔${startYear}〕${prng.int(1, 80)}号` : null,
    published,
    planPeriod: prng.chance(0.9) ? `${startYear}—${endYear}` : null,
    source: `seeds/synthetic/${id}.txt`,
    unitGroups,
    tasks,
    warnings: ctx.warnings,
  };
}

interface TaskPlace {
  no: string;
  idNo: string;
  path: string[];
  line: number;
  /** 0: 责任单位 column (responsible); 1: "X牵头，Y配合"; 2: "X负责". */
  unitStyle: number;
}

function generateTask(ctx: DocContext, place: TaskPlace): Task {
  const { prng } = ctx;
  const taskId = `${ctx.id}/${place.idNo}`;
  const title = `${prng.pick(ACTIONS)}${prng.pick(OBJECTS)}`;
  const indicators = prng.chance(0.25) ? generateIndicators(prng, prng.int(1, 3)) : [];
  const details: string[] = [];
  for (let n = prng.int(1, 3); n > 0; n--) details.push(prng.pick(DETAILS));
  for (const indicator of indicators) details.push(`${indicator.metric}${comparatorWord(indicator.comparator)}${indicator.value}${indicator.unit}`);
  const text = `${title}。${details.join('，')}。`;
  const { units, unitsRaw } = generateUnits(ctx, place.unitStyle);
  if (units.length === 0) ctx.warnings.push({ code: 'units-missing', taskId, message: '任务没有责任单位', line: place.line });
  const deadline = generateDeadline(ctx, taskId, place.line);
  for (const indicator of indicators) if (prng.chance(0.1)) indicator.due = deadline.due;
  return {
    id: taskId,
    no: place.no,
    path: place.path,
    title: prng.chance(0.4) ? title : null,
    text,
    units,
    unitsRaw,
    deadline,
    indicators,
    source: { file: `seeds/synthetic/${ctx.id}.txt`, line: place.line },
  };
}

function generateUnits(ctx: DocContext, style: number): { units: TaskUnit[]; unitsRaw: string } {
  const { prng, pool } = ctx;
  if (prng.chance(0.01)) return { units: [], unitsRaw: '' };
  // squaring the draw makes a few departments carry most tasks, as in the seeds
  const named = (): string => pool.units[Math.floor(pool.units.length * prng.next() ** 2)]!;
  const collective = (): TaskUnit => {
    const c = prng.pick(COLLECTIVES);
    if (c.defined) ctx.usedGroups.add(c.name);
    return { name: c.name, role: 'support', collective: true };
  };
  const distinct = (count: number): string[] => {
    const names = new Set<string>();
    for (let tries = 0; names.size < count && tries < count * 3; tries++) names.add(named());
    return [...names];
  };
  if (style === 1) {
    const leads: TaskUnit[] = distinct(prng.int(1, 2)).map((name) => ({ name, role: 'lead' }));
    const supports: TaskUnit[] = distinct(prng.int(0, 4))
      .filter((name) => !leads.some((l) => l.name === name))
      .map((name) => ({ name, role: 'support' }));
    if (prng.chance(0.4)) supports.push(collective());
    const raw = `${leads.map((u) => u.name).join('、')}牵头${supports.length > 0 ? `，${supports.map((u) => u.name).join('、')}配合` : ''}`;
    return { units: [...leads, ...supports], unitsRaw: raw };
  }
  const role = style === 0 ? 'responsible' : 'lead';
  const units: TaskUnit[] = distinct(prng.int(1, 4)).map((name) => ({ name, role }));
  if (prng.chance(0.3)) units.push({ ...collective(), role });
  const raw = units.map((u) => u.name).join('、') + (style === 2 ? '负责' : '');
  return { units, unitsRaw: raw };
}

function generateIndicators(prng: Prng, count: number): Indicator[] {
  const out: Indicator[] = [];
  for (let i = 0; i < count; i++) {
    const category = prng.pick(INDICATOR_CATEGORIES);
    const keyword = category.keywords.length > 0 ? prng.pick(category.keywords) : '工作任务';
    const unit = prng.pick(INDICATOR_UNITS);
    const value = unit.unit === '%' ? prng.int(unit.min, unit.max) : prng.int(unit.min, unit.max);
    out.push({
      metric: `${keyword}${prng.pick(METRIC_SUFFIXES)}`,
      category: category.zh,
      comparator: prng.weighted([6, 1, 3, 2, 1]) === 0 ? '≥' : prng.pick(COMPARATORS),
      value: unit.unit === '万人' ? value * 10000 : value,
      unit: unit.unit === '万人' ? '人' : unit.unit,
      due: null,
    });
  }
  return out;
}

function comparatorWord(c: Indicator['comparator']): string {
  return c === '≥' ? '达到' : c === '>' ? '超过' : c === '=' ? '达' : c === '≤' ? '不超过' : '低于';
}

const ONGOING_WORDS = ['长期推进', '持续推进', '长期开展'] as const;

function generateDeadline(ctx: DocContext, taskId: string, line: number): Deadline {
  const { prng } = ctx;
  const kind = prng.weighted([35, 12, 10, 5, 10, 15, 5]);
  const year = prng.int(ctx.startYear, ctx.endYear);
  const yearText = ctx.yearX ? 'X' : String(year);
  let raw: string;
  let month: number;
  let day: number;
  let precision: Deadline['precision'];
  let ongoing = false;
  switch (kind) {
    case 0:
    case 4:
      month = prng.int(1, 12);
      day = lastDay(year, month);
      raw = `${yearText}年${month}月底前`;
      precision = 'month';
      if (kind === 4) {
        raw += `，并${prng.pick(ONGOING_WORDS)}`;
        ongoing = true;
      }
      break;
    case 1:
      month = prng.int(1, 12);
      day = prng.chance(0.5) ? lastDay(year, month) : prng.int(1, 28);
      raw = `${yearText}年${month}月${day}日前`;
      precision = 'day';
      break;
    case 2:
      month = 12;
      day = 31;
      raw = `${yearText}年底前`;
      precision = 'year';
      break;
    case 3: {
      const half = prng.chance(0.5);
      if (half) {
        month = prng.chance(0.5) ? 6 : 12;
        raw = `${yearText}年${month === 6 ? '上' : '下'}半年`;
        precision = 'half';
      } else {
        const q = prng.int(1, 4);
        month = q * 3;
        raw = `${yearText}年第${'一二三四'[q - 1]}季度`;
        precision = 'quarter';
      }
      day = lastDay(year, month);
      break;
    }
    case 5:
      return { raw: prng.pick(ONGOING_WORDS), due: null, monthDay: null, yearKnown: false, precision: null, ongoing: true };
    default: {
      const unparsed = prng.chance(0.5);
      ctx.warnings.push({
        code: unparsed ? 'deadline-unparsed' : 'deadline-missing',
        taskId,
        message: unparsed ? '完成时限无法识别：“按要求完成”' : '任务没有完成时限',
        line,
      });
      return { raw: unparsed ? '按要求完成' : '', due: null, monthDay: null, yearKnown: false, precision: null, ongoing: false };
    }
  }
  const monthDay = `${pad(month)}-${pad(day)}`;
  if (ctx.yearX) {
    ctx.warnings.push({ code: 'year-unknown', taskId, message: `完成时限的年份写作“X”，年份未知：“${raw}”`, line });
    return { raw, due: null, monthDay, yearKnown: false, precision, ongoing };
  }
  const due = `${year}-${monthDay}`;
  if (ctx.published !== null && due < ctx.published) {
    ctx.warnings.push({ code: 'deadline-before-published', taskId, message: `完成时限 ${due} 早于印发日期 ${ctx.published}`, line });
  }
  return { raw, due, monthDay, yearKnown: true, precision, ongoing };
}

function pickDistinct<T>(prng: Prng, items: readonly T[], count: number): T[] {
  const copy = items.slice();
  const n = Math.min(count, copy.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(prng.next() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDay(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}
