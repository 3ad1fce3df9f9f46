import { findRegion } from './find-region.ts';
import { toHalfWidth } from './text.ts';

export interface DocumentMetadata {
  title: string | null;
  region: string | null;
  issuer: string | null;
  docNumber: string | null;
  published: string | null;
  planPeriod: string | null;
  /** GB/T 2260 code of the region (a town: its parent's); optional so callers that build metadata by hand stay valid. */
  divisionCode?: string | null;
  /** Why the region's code is unknown although it is named (a name several divisions share), for a warning. */
  regionAmbiguity?: string | null;
}

const TITLE_ENDING = /(方案|分解表|分工表|清单|计划|要点|台账|责任分解|任务分解)(（[^（）]*）|\([^()]*\))?$/;
const SENTENCE_PUNCTUATION = /[，。；：,;:！？]/;
const DOC_NUMBER_LINE = /^[\u4e00-\u9fa5]{1,8}[〔[]\d{4}[〕\]]\d+号$/;
const SIGNED_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const ISSUER_LINE = /^[\u4e00-\u9fa5（）()]{4,40}(人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|管理局|局|委员会|中心|小组)$/;

/**
 * Reads a document's metadata from its text lines (`lines[i]` is line i + 1): the title line,
 * the region (from the national division list: see find-region.ts), the issuer and date of the
 * signature block, a standalone document number and the plan period printed in the title.
 * Fields not printed are null; nothing is guessed from the file name.
 */
export function readMetadata(lines: readonly string[], taskRegionStart: number): DocumentMetadata {
  const trimmed = lines.map((l) => l.trim());
  const title = findTitle(trimmed, taskRegionStart);
  const { issuer, published } = findSignature(trimmed);
  const place = findRegion(trimmed, title, issuer);
  return {
    title,
    region: place.region,
    divisionCode: place.divisionCode,
    regionAmbiguity: place.ambiguity,
    issuer,
    docNumber: trimmed.find((l) => DOC_NUMBER_LINE.test(l)) ?? null,
    published,
    planPeriod: title ? findPlanPeriod(title) : null,
  };
}

function findTitle(lines: readonly string[], taskRegionStart: number): string | null {
  const limit = Math.max(taskRegionStart, 1);
  for (let i = 0; i < Math.min(lines.length, limit); i++) {
    const line = lines[i] ?? '';
    if (line.length < 8 || line.length > 90) continue;
    if (SENTENCE_PUNCTUATION.test(line) || /^附件/.test(line) || /印发|通知$|《/.test(line)) continue;
    if (TITLE_ENDING.test(line)) return line;
  }
  return null;
}

function findSignature(lines: readonly string[]): { issuer: string | null; published: string | null } {
  for (let i = 0; i < lines.length; i++) {
    const m = SIGNED_DATE.exec(lines[i] ?? '');
    if (!m) continue;
    const published = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!published) continue;
    let j = i - 1;
    while (j >= 0 && (lines[j] ?? '') === '') j--;
    const before = lines[j] ?? '';
    return { issuer: ISSUER_LINE.test(before) ? before : null, published };
  }
  return { issuer: null, published: null };
}

function isoDate(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

/**
 * The one year a title names ("东莞市2022年政务服务…" → 2022), or null when it names none or
 * several ("（2021—2022年）"): deadlines printed without a year then fall in it.
 */
export function titleYear(title: string | null): number | null {
  if (title === null) return null;
  const years = new Set([...toHalfWidth(title).matchAll(/(?<!\d)(\d{4})(?!\d)/g)].map((m) => Number(m[1])));
  if (years.size !== 1) return null;
  const [year] = [...years];
  return year !== undefined && year >= 1900 && year <= 2199 ? year : null;
}

function findPlanPeriod(title: string): string | null {
  const range = /(\d{4})\s*[—–\-－~～至到]+\s*(\d{4})\s*年/.exec(title);
  if (range) return `${range[1]}—${range[2]}`;
  const year = /(\d{4})年/.exec(title);
  return year ? (year[1] ?? null) : null;
}
