import * as echarts from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { deadlinesByMonth } from '../../src/analysis/deadline-density.ts';
import { EMPTY_FILTERS } from '../../src/analysis/filters.ts';
import { filterOptions } from '../../src/analysis/filter-options.ts';
import { filterTaskRows } from '../../src/analysis/filter-tasks.ts';
import { keyFigures } from '../../src/analysis/key-figures.ts';
import { targetMatrix, targetsByCategory } from '../../src/analysis/targets.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { timelineItems } from '../../src/analysis/timeline-items.ts';
import { unitMonthHeatmap } from '../../src/analysis/unit-month-heatmap.ts';
import { workloadByUnit } from '../../src/analysis/workload.ts';
import { buildDeadlineDensityOption } from '../../src/charts/deadline-density.ts';
import { buildTargetCountsOption } from '../../src/charts/target-counts.ts';
import { buildTargetMatrixOption } from '../../src/charts/target-matrix.ts';
import { buildTargetsOption } from '../../src/charts/targets.ts';
import { buildTimelineOption } from '../../src/charts/timeline.ts';
import { buildUnitMonthHeatmapOption } from '../../src/charts/unit-month-heatmap.ts';
import { buildWorkloadBarOption } from '../../src/charts/workload-bar.ts';
import { checkDatasets } from '../../src/load/check-datasets.ts';
import { DatasetSchema, type Dataset, type Task } from '../../src/model/schema.ts';
import { categoryLabel } from '../../src/charts/category-label.ts';

/** Every name an object inherits in JavaScript, plus the ones that reach the prototype itself. */
const MEMBER_NAMES = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Function.prototype),
    ...Object.getOwnPropertyNames(Array.prototype),
    'prototype',
    '__proto__',
  ]),
];

const AS_OF = '2022-01-01';

// Dataset and task ids are ASCII slugs by the schema; every other text field is free.
const datasetId = (n: number) => `x-${2021 + n}`;

/** A dataset in which every text field ( region, units, groups, sections, categories, metrics, units of measure) is `name`. */
function datasetNamed(name: string, n: number): Dataset {
  const task = (k: number): Task => ({
    id: `${datasetId(n)}/${k}`,
    no: name,
    path: [name, name],
    title: name,
    text: name,
    units: [
      { name, role: 'lead' },
      { name: `${name}`, role: 'responsible' },
      { name: `${name}各单位`, role: 'support', collective: true },
    ],
    unitsRaw: name,
    deadline: { raw: name, due: `202${k}-0${k + 1}-28`, monthDay: `0${k + 1}-28`, yearKnown: true, precision: 'month', ongoing: false },
    indicators: [
      { metric: name, category: name, comparator: '≥', value: 90, unit: name, due: null },
      { metric: name, category: name, comparator: '=', value: 100, unit: '%', due: null },
    ],
    source: { file: name, line: k + 1 },
  });
  const groups = Object.create(null) as Record<string, string[]>;
  groups[name] = [name, `${name}甲`];
  return {
    version: 1,
    id: datasetId(n),
    region: name,
    title: name,
    issuer: name,
    docNumber: name,
    published: '2021-01-01',
    planPeriod: name,
    source: name,
    unitGroups: groups,
    tasks: [task(0), task(1), task(2)],
    warnings: [{ code: 'year-unknown', taskId: `${datasetId(n)}/0`, message: name, line: 1 }],
  };
}

/** Draws an option with ECharts on the server (SVG), as the page would, so a name that breaks ECharts throws here. */
function render(option: EChartsCoreOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 600 });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

describe('faults: data is data (JavaScript object-member names in every field)', () => {
  it.each(MEMBER_NAMES)('a dataset whose every name is %j → validated, analysed and charted without a throw, counted like any name', (name) => {
    const dataset = DatasetSchema.parse(JSON.parse(JSON.stringify(datasetNamed(name, 0))));
    const second = DatasetSchema.parse(JSON.parse(JSON.stringify(datasetNamed(name, 1))));
    const checked = checkDatasets([{ file: 'a.json', dataset }, { file: 'b.json', dataset: second }]);
    expect(checked.datasets).toHaveLength(2);
    const rows = toTaskRows([dataset]);
    const unitGroups = Object.create(null) as Record<string, Dataset['unitGroups']>;
    unitGroups[dataset.id] = dataset.unitGroups;

    const options = filterOptions(rows);
    expect(options).toBeTruthy();
    const figures = keyFigures(rows, AS_OF);
    expect(figures).toBeTruthy();
    for (const field of ['region', 'section', 'unit', 'category'] as const) {
      const filtered = filterTaskRows(rows, { ...EMPTY_FILTERS, [field]: [name] }, AS_OF);
      expect(filtered.rows.length, field).toBe(3);
    }
    expect(filterTaskRows(rows, { ...EMPTY_FILTERS, q: name }, AS_OF).rows).toHaveLength(3);

    for (const expandGroups of [false, true]) {
      for (const split of ['all', 'region'] as const) {
        const groups = workloadByUnit(rows, { topN: 5, split, expandGroups, unitGroups });
        expect(groups.length).toBeGreaterThan(0);
        render(buildWorkloadBarOption(groups, { lang: 'zh' }));
      }
    }
    const unitLoad = workloadByUnit(rows, { topN: 5, split: 'all', expandGroups: false, unitGroups })[0]!.units.find((u) => u.name === name);
    expect(unitLoad).toMatchObject({ lead: 3, responsible: 3 });

    const heat = unitMonthHeatmap(rows, { topN: 5 });
    render(buildUnitMonthHeatmapOption(heat, { lang: 'zh' }));
    render(buildDeadlineDensityOption(deadlinesByMonth(rows), { lang: 'zh', asOf: AS_OF }));
    for (const lane of ['region', 'section', 'lead'] as const) {
      for (const maxItems of [undefined, 1]) {
        const model = timelineItems(rows, lane, AS_OF, maxItems === undefined ? {} : { maxItems });
        expect(render(buildTimelineOption(model, { lang: 'en' }))).toContain('<svg');
      }
    }
    const categories = targetsByCategory(rows);
    expect(categories.some((c) => c.category === name)).toBe(true);
    for (const category of categories) render(buildTargetsOption(category, { lang: 'zh' }));
    render(buildTargetCountsOption(categories, { lang: 'zh' }));
    render(buildTargetMatrixOption(targetMatrix(rows), { lang: 'zh' }));
    // ECharts keys its legend by series name: the density series carry a prefix, the legend shows the region alone
    const density = buildDeadlineDensityOption(deadlinesByMonth(rows), { lang: 'zh', asOf: AS_OF }) as { series: { name: string }[]; legend: { formatter: (n: string) => string } };
    // …and a label that is an Object.prototype member is drawn with a zero-width space, never as a key zrender's text cache would find
    const legend = density.series.map((s) => density.legend.formatter(s.name));
    expect(legend.map((label) => label.replace(/\u200B$/, ''))).toEqual([name]);
    expect(legend.some((label) => label in Object.prototype)).toBe(false);
    expect(density.series.every((s) => !(s.name in Object.prototype))).toBe(true);
    expect(typeof categoryLabel(name, 'en')).toBe('string');
    expect(categoryLabel(name, 'en')).toBe(name);
  });
});
