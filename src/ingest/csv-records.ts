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

/** Counts the characters a read examines, so tests can check the work grows linearly with the input. */
export interface WorkMeter {
  steps: number;
}

const UNTERMINATED = '引号未闭合 (unterminated quoted cell)';

/**
 * Splits CSV text (line breaks already "\n") into records with their line numbers, in time
 * linear in the text. A cell starting with `"` is quoted ("" is one quote, line breaks kept);
 * a quoted cell followed by more text on the same line (`"一网通办"平台`) is kept as printed,
 * quotes included. A record whose quote never closes, or closes on a later line before other
 * text, is kept as an error for its first line only (its cells cut at that line's end), and
 * reading resumes on the next line, so one stray quote cannot swallow the rest of the file.
 * Never throws.
 */
export function readCsvRecords(text: string, delimiter: string, meter: WorkMeter = { steps: 0 }): CsvRecord[] {
  const lineStarts = findLineStarts(text);
  const quotes = findQuoteRuns(text);
  meter.steps += 2 * text.length;
  const lineAt = (offset: number): number => lineOf(lineStarts, offset);
  const lineEndAt = (offset: number): number => {
    const next = lineStarts[lineAt(offset)];
    return next === undefined ? text.length : next - 1;
  };
  const fieldEnd = (from: number): number => {
    let at = from;
    while (at < text.length && text[at] !== delimiter && text[at] !== '\n') at += 1;
    meter.steps += at - from + 1;
    return at;
  };

  const records: CsvRecord[] = [];
  let pos = 0;
  while (pos < text.length) {
    const start = pos;
    const cells: string[] = [];
    let error: string | null = null;
    for (;;) {
      if (text[pos] === '"') {
        const close = quotes.closingQuote(pos);
        meter.steps += 1;
        const after = close === -1 ? undefined : text[close + 1];
        if (close === -1) {
          error = UNTERMINATED;
        } else if (after === undefined || after === '\n' || after === delimiter) {
          cells.push(text.slice(pos + 1, close).replaceAll('""', '"'));
          meter.steps += close - pos;
          pos = close + 1;
        } else if (close < lineEndAt(pos)) {
          const end = fieldEnd(close + 1);
          cells.push(text.slice(pos, end));
          pos = end;
        } else {
          // The only quote that could close it lies on a later line, before other text: this one never closed.
          error = UNTERMINATED;
        }
        if (error !== null) {
          const lineEnd = lineEndAt(pos);
          cells.push(text.slice(pos + 1, lineEnd));
          meter.steps += lineEnd - pos;
          break;
        }
      } else {
        const end = fieldEnd(pos);
        cells.push(text.slice(pos, end));
        pos = end;
      }
      if (pos >= text.length) break;
      if (text[pos] === '\n') {
        pos += 1;
        break;
      }
      pos += 1; // the delimiter
      if (pos >= text.length) {
        cells.push('');
        break;
      }
    }
    const line = lineAt(start);
    if (error !== null) {
      records.push({ cells, line, endLine: line, error });
      pos = lineEndAt(start) + 1;
      continue;
    }
    const last = text[pos - 1] === '\n' ? pos - 2 : pos - 1;
    records.push({ cells, line, endLine: lineAt(Math.max(start, last)), error: null });
  }
  return records;
}

/**
 * The runs of consecutive `"` in the text, so the end of a quoted cell is found without
 * scanning: inside quotes a run of even length is escaped quotes, the first run of odd length
 * ends the cell.
 */
function findQuoteRuns(text: string): { closingQuote(open: number): number } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let at = text.indexOf('"'); at !== -1; ) {
    let end = at;
    while (text[end] === '"') end += 1;
    starts.push(at);
    ends.push(end);
    at = text.indexOf('"', end);
  }
  // nextOdd[i]: the first run at or after i with an odd length, or -1.
  const nextOdd = new Array<number>(starts.length + 1).fill(-1);
  for (let i = starts.length - 1; i >= 0; i -= 1) nextOdd[i] = (ends[i]! - starts[i]!) % 2 === 1 ? i : nextOdd[i + 1]!;
  return {
    closingQuote(open) {
      const run = runAt(starts, open);
      if (run === -1) return -1;
      // The opening quote starts its run; the rest of that run is inside the cell.
      if ((ends[run]! - open - 1) % 2 === 1) return ends[run]! - 1;
      const closing = nextOdd[run + 1]!;
      return closing === -1 ? -1 : ends[closing]! - 1;
    },
  };
}

function runAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = starts[mid]!;
    if (at === offset) return mid;
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
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
