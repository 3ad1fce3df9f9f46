import type { Filters } from '../../src/analysis/filters.ts';
import { DUE_SOON_DAYS } from '../../src/analysis/deadline-status.ts';
import { TOP_N } from './duban-engine.ts';
import { queryRows, sqlList, sqlString, type DuckConnection } from './duckdb-node.ts';
import type { StepDigest } from './step-digest.ts';

// unit-identity.ts: a name with a province-level or national prefix is one body across regions (region null)
const PROVINCES = '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';
const ACROSS_REGIONS = `^(省|国家|中央|国务院|全国|(${PROVINCES})(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区))`;

/** The unit key SQL for a unit name in a region, as unitKey(unitIdentity(region, name)) builds it (no alias table). */
const UNIT_KEY = (name: string) => {
  const normalised = `replace(replace(regexp_replace(${name}, '[\\s\u3000]+', '', 'g'), '(', '（'), ')', '）')`;
  return `CASE WHEN regexp_matches(${normalised}, '${ACROSS_REGIONS}') THEN ${normalised} ELSE region || '/' || ${normalised} END`;
};

/** How long each part of a DuckDB load took, ms. */
export interface DuckLoadTimes {
  /** Parquet → the tasks table with the derived columns (unit keys, categories, search text). */
  tasksTableMs: number;
  /** The unit and target side tables (one row per task × unit, per task × category). */
  sideTablesMs: number;
  /** The first chart's aggregation (the key figures over every task). */
  firstChartMs: number;
}

/** The dashboard's aggregations as SQL over tables built from tasks.parquet. */
export interface DuckEngine {
  load: DuckLoadTimes;
  /** Filters and runs every view's aggregation (one materialised filter, then a query per view). */
  step(filters: Filters): StepDigest;
}

/**
 * Loads a registered Parquet file into DuckDB tables and answers the first chart. The derived columns are what
 * toTaskRows precomputes for Duban (unit keys, search text), built here in SQL so both engines pay for them at load.
 */
export function createDuckEngine(conn: DuckConnection, parquetName: string, asOf: string): DuckEngine {
  let t = performance.now();
  conn.query(`DROP TABLE IF EXISTS tasks; DROP TABLE IF EXISTS task_units; DROP TABLE IF EXISTS task_targets`);
  conn.query(`CREATE TABLE tasks AS
    SELECT CAST(row_number() OVER () - 1 AS INTEGER) AS row_id, region, path, due, ongoing, month_day, year_known, deadline_raw,
      list_transform(units, u -> ${UNIT_KEY('u.name')}) AS unit_keys,
      list_distinct(list_transform(indicators, i -> i.category)) AS categories,
      len(indicators) AS indicator_count,
      lower(array_to_string(list_concat(list_concat(list_concat([coalesce(no, '')], path), [coalesce(title, ''), text, units_raw]),
        list_concat(list_concat(list_transform(units, u -> u.name), [deadline_raw]), list_concat(list_transform(indicators, i -> i.metric), [region]))), chr(10))) AS search_text,
      units
    FROM '${parquetName}'`);
  const tasksTableMs = performance.now() - t;
  t = performance.now();
  conn.query(`CREATE TABLE task_units AS
    SELECT row_id, key, role, collective, row_number() OVER (PARTITION BY row_id, key ORDER BY pos) = 1 AS first
    FROM (SELECT row_id, unit_keys[pos] AS key, units[pos].role AS role, units[pos].collective AS collective, pos
          FROM (SELECT row_id, unit_keys, units, generate_subscripts(units, 1) AS pos FROM tasks))`);
  conn.query(`ALTER TABLE tasks DROP COLUMN units`);
  conn.query(`CREATE TABLE task_targets AS SELECT DISTINCT row_id, region, unnest(categories) AS category FROM tasks`);
  const sideTablesMs = performance.now() - t;

  const asOfSql = `DATE ${sqlString(asOf)}`;
  // deadlineStatusAt in SQL: the due date decides, then ongoing, then a month/day or a printed deadline of unknown year
  const status = `CASE WHEN due IS NOT NULL THEN (CASE WHEN due < ${asOfSql} THEN 'passed' WHEN due <= ${asOfSql} + INTERVAL ${DUE_SOON_DAYS} DAY THEN 'due90' ELSE 'later' END)
    WHEN ongoing THEN 'ongoing' WHEN month_day IS NOT NULL OR (NOT year_known AND trim(deadline_raw) <> '') THEN 'yearUnknown' ELSE NULL END`;
  t = performance.now();
  const first = keyFigureRow(conn, `(SELECT *, ${status} AS status FROM tasks)`);
  void first;
  const firstChartMs = performance.now() - t;

  return {
    load: { tasksTableMs, sideTablesMs, firstChartMs },
    step(filters) {
      if (filters.role.length > 0) throw new Error('role filter not mirrored in the DuckDB engine');
      const where = whereOf(filters, status, true);
      const whereNoDue = whereOf(filters, status, false);
      conn.query(`CREATE OR REPLACE TEMP TABLE f AS SELECT row_id, region, due, ongoing, indicator_count, ${status} AS status FROM tasks WHERE ${where}`);
      const k = keyFigureRow(conn, 'f');
      const top = queryRows<{ key: string; total: number }>(conn, `
        SELECT key, count(DISTINCT row_id * 4 + CASE role WHEN 'lead' THEN 0 WHEN 'responsible' THEN 1 ELSE 2 END) AS total
        FROM task_units WHERE row_id IN (SELECT row_id FROM f)
        GROUP BY key HAVING NOT bool_or(collective) ORDER BY total DESC, key LIMIT 1`)[0];
      const heat = queryRows<{ units: number; total: number }>(conn, `
        SELECT count(*) AS units, CAST(coalesce(sum(c), 0) AS INTEGER) AS total FROM (
          SELECT key, count(*) AS c FROM task_units
          WHERE first AND NOT collective AND row_id IN (SELECT row_id FROM f WHERE due IS NOT NULL)
          GROUP BY key ORDER BY c DESC, key LIMIT ${TOP_N})`)[0]!;
      const density = queryRows<{ n: number }>(conn, `SELECT count(*) AS n FROM tasks WHERE due IS NOT NULL AND ${whereNoDue}`)[0]!;
      const mode = k.laned > 3000 ? 'bins' : 'items';
      // the timeline's input: bins per region × month, or the filtered tasks themselves
      if (mode === 'bins') conn.query(`SELECT region, date_trunc('month', due) AS month, count(*) FROM f WHERE due IS NOT NULL GROUP BY ALL`);
      else conn.query(`SELECT f.row_id, f.region, f.due, f.status FROM f ORDER BY f.row_id`);
      const targets = queryRows<{ n: number }>(conn, `SELECT count(*) AS n FROM (SELECT DISTINCT category, region FROM task_targets WHERE row_id IN (SELECT row_id FROM f))`)[0]!;
      return {
        count: k.n,
        figures: [k.n, k.regions, k.units, k.indicators, k.passed, k.due90, k.later, k.ongoing, k.yearUnknown, k.none],
        topUnit: top === undefined ? null : `${top.key}:${top.total}`,
        heatmapUnits: heat.units,
        heatmapSum: heat.total,
        densityTotal: density.n,
        timelineMode: mode,
        targetCells: targets.n,
      };
    },
  };
}

interface KeyFigureRow {
  n: number; regions: number; units: number; indicators: number; laned: number;
  passed: number; due90: number; later: number; ongoing: number; yearUnknown: number; none: number;
}

/** keyFigures over a relation with row_id, region, due, ongoing, indicator_count and status. */
function keyFigureRow(conn: DuckConnection, from: string): KeyFigureRow {
  return queryRows<KeyFigureRow>(conn, `
    SELECT count(*) AS n, count(DISTINCT region) AS regions,
      (SELECT count(DISTINCT key) FROM task_units WHERE NOT collective AND row_id IN (SELECT row_id FROM ${from} x)) AS units,
      CAST(coalesce(sum(indicator_count), 0) AS INTEGER) AS indicators,
      count(*) FILTER (WHERE due IS NOT NULL OR ongoing) AS laned,
      count(*) FILTER (WHERE status = 'passed') AS passed, count(*) FILTER (WHERE status = 'due90') AS due90,
      count(*) FILTER (WHERE status = 'later') AS later, count(*) FILTER (WHERE status = 'ongoing') AS ongoing,
      count(*) FILTER (WHERE status = 'yearUnknown') AS "yearUnknown", count(*) FILTER (WHERE status IS NULL) AS none
    FROM ${from} y`)[0]!;
}

/** filterTasks' rules as a WHERE clause (fields AND-ed, values OR-ed); withDue false leaves the due range out. */
function whereOf(filters: Filters, status: string, withDue: boolean): string {
  const parts: string[] = ['TRUE'];
  if (filters.region.length > 0) parts.push(`region IN (${filters.region.map(sqlString).join(', ')})`);
  if (filters.section.length > 0) parts.push(`list_has_any(path, ${sqlList(filters.section)})`);
  if (filters.unit.length > 0) parts.push(`list_has_any(unit_keys, ${sqlList(filters.unit)})`);
  if (filters.status.length > 0) parts.push(`(${status}) IN (${filters.status.map(sqlString).join(', ')})`);
  if (filters.category.length > 0) parts.push(`list_has_any(categories, ${sqlList(filters.category)})`);
  for (const term of filters.q.toLowerCase().split(/\s+/).filter((x) => x !== '')) parts.push(`contains(search_text, ${sqlString(term)})`);
  if (withDue && filters.due !== null && (filters.due.from !== null || filters.due.to !== null)) {
    parts.push('due IS NOT NULL');
    if (filters.due.from) parts.push(`due >= DATE ${sqlString(filters.due.from)}`);
    if (filters.due.to) parts.push(`due <= DATE ${sqlString(filters.due.to)}`);
  }
  return parts.join(' AND ');
}
