import { COMPARATOR_WORDS, ISO_DATE_PATTERN, isRealDate, MONTH_DAY_PATTERN, PRECISION_WORDS, ROLE_WORDS, TASK_ID_PATTERN } from '../model/format-patterns.ts';

/**
 * True only when every value is certainly a task TaskSchema accepts (src/model/schema.ts), checked in plain code:
 * a JSON dataset's tasks can then be packed for the page (packTasks, which reads the schema's fields only, as the
 * schema's output keeps only those) without the schema making a copy of each. False says nothing about why: the
 * caller then runs the schema, which words the refusal — so this check only has to be right about what it accepts,
 * and may refuse more than the schema does. Pure.
 */
export function areCertainlyTasks(values: readonly unknown[]): boolean {
  for (const value of values) if (!isTask(value)) return false;
  return true;
}

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isStringOrNull(value: unknown): boolean {
  return value === null || typeof value === 'string';
}

function isDateOrNull(value: unknown): boolean {
  return value === null || (typeof value === 'string' && ISO_DATE_PATTERN.test(value) && isRealDate(value));
}

const ROLES: readonly unknown[] = ROLE_WORDS;
const PRECISIONS: readonly unknown[] = PRECISION_WORDS;
const COMPARATORS: readonly unknown[] = COMPARATOR_WORDS;

function isTask(task: unknown): boolean {
  if (!isObject(task)) return false;
  const { id, path, units, deadline, indicators, source } = task;
  if (!isString(id) || !TASK_ID_PATTERN.test(id)) return false;
  if (!isStringOrNull(task['no']) || !isStringOrNull(task['title']) || !isString(task['text']) || !isString(task['unitsRaw'])) return false;
  if (!Array.isArray(path) || !path.every(isString)) return false;
  if (!Array.isArray(units) || !units.every(isUnit)) return false;
  if (!isDeadline(deadline)) return false;
  if (!Array.isArray(indicators) || !indicators.every(isIndicator)) return false;
  return isSource(source);
}

function isUnit(unit: unknown): boolean {
  if (!isObject(unit) || !isFilled(unit['name']) || !ROLES.includes(unit['role'])) return false;
  // optional: absent, or a boolean (a key holding undefined cannot come from JSON)
  return !('collective' in unit) || typeof unit['collective'] === 'boolean';
}

function isDeadline(deadline: unknown): boolean {
  if (!isObject(deadline)) return false;
  const { monthDay, precision } = deadline;
  return (
    isString(deadline['raw']) &&
    isDateOrNull(deadline['due']) &&
    (monthDay === null || (isString(monthDay) && MONTH_DAY_PATTERN.test(monthDay))) &&
    typeof deadline['yearKnown'] === 'boolean' &&
    (precision === null || PRECISIONS.includes(precision)) &&
    typeof deadline['ongoing'] === 'boolean'
  );
}

function isIndicator(indicator: unknown): boolean {
  if (!isObject(indicator)) return false;
  const { value } = indicator;
  return (
    isFilled(indicator['metric']) &&
    isFilled(indicator['category']) &&
    COMPARATORS.includes(indicator['comparator']) &&
    typeof value === 'number' &&
    Number.isFinite(value) &&
    isString(indicator['unit']) &&
    isDateOrNull(indicator['due'])
  );
}

function isSource(source: unknown): boolean {
  if (!isObject(source)) return false;
  const { line } = source;
  return (
    isFilled(source['file']) &&
    typeof line === 'number' &&
    Number.isSafeInteger(line) &&
    line >= 1 &&
    (!('cell' in source) || isFilled(source['cell']))
  );
}
