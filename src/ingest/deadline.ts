import type { Deadline, Precision } from '../model/schema.ts';
import type { NormaliserIssue } from './normaliser-issue.ts';
import { squeezeSpace, toHalfWidth } from './text.ts';

export interface DeadlineContext {
  /** ISO date the document was published, or null. */
  published: string | null;
  /**
   * The year the plan's title names, when it names exactly one ("东莞市2022年…任务分工表"):
   * a deadline printed without a year ("6月底前", "9月投入使用") falls in it. Omitted or null
   * when the title names no year or several; "X年" is never replaced by it.
   */
  planYear?: number | null;
}

export interface ParsedDeadline {
  deadline: Deadline;
  issues: NormaliserIssue[];
}

/** A date phrase found in a deadline text, before it is checked. */
interface DatePhrase {
  index: number;
  end: number;
  /** null when the year is not printed or printed as "X". */
  year: number | null;
  yearWritten: boolean;
  month: number | null;
  day: number | null;
  precision: Precision;
}

const ONGOING = /长期|持续|常态化|每年|每季度|每月|定期/;
const RECURRING = /每年|每季度|每月/;

const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

// Year printed as digits or as the placeholder X ("X年8月31日前", seeds/004…, line 12).
const WITH_YEAR =
  /(\d{4}|[Xx])年(?:(?:年)?(底|末)|([上下])半年|第?([一二三四1-4])季度|[Qq]([1-4])|(\d{1,2})月份?(?:(\d{1,2})[日号]|([上中下])旬|(底|末))?)?/g;
const WITHOUT_YEAR =
  /(?<!\d)(?<!(?:\d|[Xx])年)(?:(年底|年末)|([上下])半年|(\d{1,2})月份?(?:(\d{1,2})[日号]|([上中下])旬|(底|末))?)/g;
const NUMERIC = /(?<!\d)(\d{4})[.\-/](\d{1,2})(?:[.\-/](\d{1,2}))?(?!\d)/g;

/**
 * Parses a deadline cell ("2021年6月底前", "长期推进", "X年8月31日前", "2021.6.30") into a
 * Deadline; never throws, never invents a year, and reports what it could not resolve.
 */
export function parseDeadline(raw: string, ctx: DeadlineContext): ParsedDeadline {
  const printed = typeof raw === 'string' ? raw.trim() : '';
  const s = squeezeSpace(toHalfWidth(printed));
  const ongoing = ONGOING.test(s);
  const issues: NormaliserIssue[] = [];
  const none: Deadline = { raw: printed, due: null, monthDay: null, yearKnown: false, precision: null, ongoing };

  if (s === '') {
    return { deadline: none, issues: [{ code: 'deadline-missing', detail: '完成时限为空' }] };
  }
  // When several dates are printed ("2021年6月底前完成试点，2022年底前全面推开") the
  // last one is the task's final deadline; earlier ones are intermediate milestones.
  const phrase = lastPhrase(findPhrases(s));
  if (!phrase) {
    if (!ongoing) issues.push({ code: 'deadline-unparsed', detail: `无法识别“${printed}”` });
    return { deadline: none, issues };
  }
  const resolved = resolvePhrase(phrase);
  if (!resolved) {
    issues.push({ code: 'invalid-date', detail: `“${printed}”不是真实存在的日期` });
    return { deadline: none, issues };
  }
  const monthDay = `${pad(resolved.month)}-${pad(resolved.day)}`;
  const planYear = ctx.planYear ?? null;
  if (phrase.year === null && !phrase.yearWritten && planYear !== null && !RECURRING.test(s)) {
    const due = planDue(planYear, resolved.month, phrase.day ?? daysInMonth(planYear, resolved.month));
    // A plan named for a past year ("湛江市2020年…方案", signed in 2021) is not dated by it.
    if (due !== null && (ctx.published === null || due >= ctx.published)) {
      return {
        deadline: { raw: printed, due, monthDay: due.slice(5), yearKnown: true, precision: phrase.precision, ongoing },
        issues,
      };
    }
    issues.push({ code: 'year-unknown', detail: `“${printed}”没有写明年份，标题年份 ${planYear} 早于印发日期，未采用` });
    return {
      deadline: { raw: printed, due: null, monthDay, yearKnown: false, precision: phrase.precision, ongoing },
      issues,
    };
  }
  if (phrase.year === null) {
    if (!RECURRING.test(s)) {
      issues.push({ code: 'year-unknown', detail: `“${printed}”没有写明年份` });
    }
    return {
      deadline: { raw: printed, due: null, monthDay, yearKnown: false, precision: phrase.precision, ongoing },
      issues,
    };
  }
  const due = `${phrase.year}-${monthDay}`;
  if (ctx.published !== null && due < ctx.published) {
    issues.push({
      code: 'deadline-before-published',
      detail: `完成时限 ${due} 早于印发日期 ${ctx.published}`,
    });
  }
  return {
    deadline: { raw: printed, due, monthDay, yearKnown: true, precision: phrase.precision, ongoing },
    issues,
  };
}

function findPhrases(s: string): DatePhrase[] {
  const found: DatePhrase[] = [];
  for (const m of s.matchAll(WITH_YEAR)) {
    const [, y, yearEnd, half, qZh, qLatin, month, day, xun, monthEnd] = m;
    const year = y && /\d/.test(y) ? Number(y) : null;
    const base = { index: m.index, end: m.index + m[0].length, year, yearWritten: true };
    found.push({ ...base, ...partsOf({ yearEnd, half, quarter: qZh ?? qLatin, month, day, xun, monthEnd }) });
  }
  for (const m of s.matchAll(WITHOUT_YEAR)) {
    const [, yearEnd, half, month, day, xun, monthEnd] = m;
    const phrase = { index: m.index, end: m.index + m[0].length, year: null, yearWritten: false };
    found.push({ ...phrase, ...partsOf({ yearEnd, half, month, day, xun, monthEnd }) });
  }
  for (const m of s.matchAll(NUMERIC)) {
    const [, y, month, day] = m;
    found.push({
      index: m.index,
      end: m.index + m[0].length,
      year: Number(y),
      yearWritten: true,
      month: Number(month),
      day: day === undefined ? null : Number(day),
      precision: day === undefined ? 'month' : 'day',
    });
  }
  return found;
}

function partsOf(p: {
  yearEnd?: string | undefined;
  half?: string | undefined;
  quarter?: string | undefined;
  month?: string | undefined;
  day?: string | undefined;
  xun?: string | undefined;
  monthEnd?: string | undefined;
}): Pick<DatePhrase, 'month' | 'day' | 'precision'> {
  if (p.yearEnd) return { month: 12, day: 31, precision: 'year' };
  if (p.half) return p.half === '上' ? { month: 6, day: 30, precision: 'half' } : { month: 12, day: 31, precision: 'half' };
  if (p.quarter) return { month: (QUARTER[p.quarter] ?? 4) * 3, day: null, precision: 'quarter' };
  if (p.month) {
    const month = Number(p.month);
    if (p.day) return { month, day: Number(p.day), precision: 'day' };
    if (p.xun === '上') return { month, day: 10, precision: 'day' };
    if (p.xun === '中') return { month, day: 20, precision: 'day' };
    return { month, day: null, precision: 'month' };
  }
  return { month: 12, day: 31, precision: 'year' };
}

/** The phrase that starts last; a longer phrase wins over one nested in it. */
function lastPhrase(phrases: DatePhrase[]): DatePhrase | null {
  let best: DatePhrase | null = null;
  for (const p of phrases) {
    const covered = phrases.some((q) => q !== p && q.index <= p.index && q.end >= p.end && q.end - q.index > p.end - p.index);
    if (covered) continue;
    if (!best || p.index > best.index) best = p;
  }
  return best;
}

/** Month and day of a phrase, the day filled with the month's last day; null for impossible dates. */
function resolvePhrase(p: DatePhrase): { month: number; day: number } | null {
  const { month, year } = p;
  if (month === null || month < 1 || month > 12) return null;
  if (year !== null && (year < 1900 || year > 2199)) return null;
  // With the year unknown February ends on the 28th in three years of four; a printed
  // "2月29日" is still accepted as a real day.
  const last = daysInMonth(year ?? 2001, month);
  const day = p.day ?? last;
  const max = year === null && month === 2 ? 29 : last;
  if (day < 1 || day > max) return null;
  return { month, day };
}

/** The ISO date in the plan year; a month-end day is recomputed for that year (2月 → 28 or 29), null for 2月29日 in a common year. */
function planDue(year: number, month: number, day: number): string | null {
  const last = daysInMonth(year, month);
  if (day > last) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
