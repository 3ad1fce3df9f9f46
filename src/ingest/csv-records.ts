import Papa from 'papaparse';

/** One CSV record with the 1-based lines it spans (a quoted cell may hold line breaks). */
export interface CsvRecord {
  cells: string[];
  line: number;
  endLine: number;
  /** Why the record could not be read (an unbalanced quote), else null. */
  error: string | null;
}

/** Delimiters a CSV template may use: Excel writes ",", some locales ";", "Unicode text" tabs. */
export const CSV_DELIMITERS = [',', '\t', ';'] as const;

/**
 * Splits CSV text (line breaks already "\n") into records with their line numbers. A record
 * with a quote error is kept as an error for its first line only, and reading resumes on the
 * next line, so one stray quote cannot swallow the rest of the file. Never throws.
 */
export function readCsvRecords(text: string, delimiter: string): CsvRecord[] {
  const lineStarts = findLineStarts(text);
  const lineAt = (offset: number): number => lineOf(lineStarts, offset);
  const records: CsvRecord[] = [];
  let offset = 0;
  while (offset < text.length) {
    const base = offset;
    let resumeAt: number | null = null;
    let previous = 0;
    Papa.parse<string[]>(text.slice(base), {
      delimiter,
      newline: '\n',
      quoteChar: '"',
      skipEmptyLines: false,
      step: (result, parser) => {
        const start = base + previous;
        const end = base + result.meta.cursor;
        previous = result.meta.cursor;
        const cells = Array.isArray(result.data) ? result.data.map((c) => String(c ?? '')) : [];
        const quoteErrors = result.errors.filter((e) => e.type === 'Quotes');
        const quoteError = quoteErrors.find((e) => e.code === 'MissingQuotes') ?? quoteErrors[0];
        if (quoteError) {
          const line = lineAt(start);
          records.push({ cells, line, endLine: line, error: quoteMessage(quoteError.code) });
          const nextLine = text.indexOf('\n', start);
          resumeAt = nextLine === -1 ? text.length : nextLine + 1;
          parser.abort();
          return;
        }
        const last = text[end - 1] === '\n' ? end - 2 : end - 1;
        if (end <= start) return;
        records.push({ cells, line: lineAt(start), endLine: lineAt(Math.max(start, last)), error: null });
      },
    });
    if (resumeAt === null || resumeAt <= base) break;
    offset = resumeAt;
  }
  return records;
}

function quoteMessage(code: string): string {
  return code === 'MissingQuotes'
    ? '引号未闭合 (unterminated quoted cell)'
    : '引号位置不对 (malformed quotes)';
}

function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
