import { describe, expect, it } from 'vitest';
import { deadlinesByMonth } from '../../src/analysis/deadline-density.ts';
import { targetMatrix, targetsByCategory } from '../../src/analysis/targets.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { timelineItems } from '../../src/analysis/timeline-items.ts';
import { workloadByUnit } from '../../src/analysis/workload.ts';
import { buildDeadlineDensityOption } from '../../src/charts/deadline-density.ts';
import { localiseRegionPlaceholder } from '../../src/charts/region-placeholder-option.ts';
import { regionOfSeries, regionSeriesName } from '../../src/charts/region-series.ts';
import { buildTargetMatrixOption } from '../../src/charts/target-matrix.ts';
import { buildTargetsOption } from '../../src/charts/targets.ts';
import { buildTimelineOption } from '../../src/charts/timeline.ts';
import { buildWorkloadBarOption } from '../../src/charts/workload-bar.ts';
import { UNKNOWN_REGION, withRegionLabels } from '../../src/i18n/data-labels.ts';
import { SAMPLE_AS_OF, sampleDatasets } from '../analysis/sample-datasets.ts';

// the sample datasets with the second one's region unknown, as the ingest writes it
const rows = toTaskRows(sampleDatasets().map((d, i) => (i === 1 ? { ...d, region: UNKNOWN_REGION } : d)));

const ITEM_PAYLOAD_FREE = new Set(['name', 'value', 'label', 'tooltip', 'itemStyle', 'emphasis', 'labelLine']);

/** Every text the option shows: strings outside data items' payload keys, and what each formatter returns for a sample call. */
function shownTexts(option: unknown, samples: unknown[]): string[] {
  const out: string[] = [];
  const visit = (v: unknown, inData: boolean, key: string) => {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'function' && key === 'formatter') {
      for (const sample of samples) {
        try {
          const r = (v as (...a: unknown[]) => unknown)(...(Array.isArray(sample) ? sample : [sample]));
          if (typeof r === 'string') out.push(r);
        } catch {
          // a formatter called with a sample of the wrong shape: not what it shows
        }
      }
    } else if (Array.isArray(v)) v.forEach((x) => visit(x, inData, key));
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (inData && !ITEM_PAYLOAD_FREE.has(k)) continue;
        if (k === 'series') (Array.isArray(x) ? x : [x]).forEach((s: Record<string, unknown>) => Object.entries(s).forEach(([sk, sv]) => (sk === 'data' && Array.isArray(sv) ? sv.forEach((d) => visit(d, typeof d === 'object' && d !== null && !Array.isArray(d), sk)) : visit(sv, false, sk))));
        else visit(x, false, k);
      }
    }
  };
  visit(option, false, '');
  return out;
}

describe('charts/region-placeholder-option', () => {
  const density = buildDeadlineDensityOption(deadlinesByMonth(rows), { lang: 'en', asOf: SAMPLE_AS_OF });
  const matrix = buildTargetMatrixOption(targetMatrix(rows), { lang: 'en' });
  const targets = targetsByCategory(rows).map((category) => buildTargetsOption(category, { lang: 'en' }));
  const timeline = buildTimelineOption(timelineItems(rows, 'region', SAMPLE_AS_OF), { lang: 'en' });
  const workload = buildWorkloadBarOption(workloadByUnit(rows, { topN: 5, split: 'region', expandGroups: false, unitGroups: {} }), { lang: 'en' });
  const built = { density, matrix, timeline, workload, ...Object.fromEntries(targets.map((t, i) => [`targets${i}`, t])) };

  it('the sample holds the placeholder where charts show regions (so the test below tests something)', () => {
    expect(JSON.stringify(timeline)).toContain(UNKNOWN_REGION);
    expect(JSON.stringify(matrix)).toContain(UNKNOWN_REGION);
  });

  it.each(Object.keys(built))('%s in English: no shown text (labels, names, formatter output) holds 未注明地区', (name) => {
    const raw = built[name as keyof typeof built] as object;
    const option = localiseRegionPlaceholder(raw, 'en');
    const seriesNames = ((option as { series?: { name?: string }[] }).series ?? []).map((s) => s.name ?? '');
    const samples: unknown[] = [
      ...seriesNames,
      ...seriesNames.map((seriesName) => [{ seriesName, name: '2022-01', value: 1, marker: '', data: { region: UNKNOWN_REGION, lane: UNKNOWN_REGION, value: [0, 0, 1] } }]),
      [seriesNames.map((seriesName) => ({ seriesName, name: '2022-01', value: 1, marker: '' }))],
      ['', 0], ['', 1], ['', 2], ['', 3],
    ];
    const texts = shownTexts(option, samples);
    expect(texts.filter((t) => t.includes(UNKNOWN_REGION))).toEqual([]);
    // wherever the built option shows the placeholder, the localised one shows its English words
    const shownRaw = shownTexts(raw, samples).some((t) => t.includes(UNKNOWN_REGION));
    expect(texts.some((t) => t.includes('Region not stated'))).toBe(shownRaw);
  });

  it('the data stays as stored: payloads keep the placeholder, a series name reads back to it, Chinese is untouched', () => {
    const option = localiseRegionPlaceholder(matrix, 'en') as unknown as { series: { data: { region: string }[] }[] };
    expect(option.series[0]!.data.some((d) => d.region === UNKNOWN_REGION)).toBe(true);
    expect(regionOfSeries(regionSeriesName(UNKNOWN_REGION))).toBe(UNKNOWN_REGION);
    expect(regionSeriesName(UNKNOWN_REGION)).not.toContain(UNKNOWN_REGION);
    expect(regionOfSeries(regionSeriesName('region-not-stated'))).toBe('region-not-stated');
    expect(localiseRegionPlaceholder(matrix, 'zh')).toBe(matrix);
    expect(JSON.stringify(matrix)).toContain(UNKNOWN_REGION);
  });

  it('withRegionLabels translates the placeholder inside composed labels, in English only', () => {
    expect(withRegionLabels('en', `办公室（${UNKNOWN_REGION}）`)).toBe('办公室（Region not stated）');
    expect(withRegionLabels('zh', UNKNOWN_REGION)).toBe(UNKNOWN_REGION);
    expect(withRegionLabels('en', '汕尾市')).toBe('汕尾市');
  });
});
