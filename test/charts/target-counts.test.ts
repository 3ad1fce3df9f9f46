import { describe, expect, it } from 'vitest';
import { targetsByCategory } from '../../src/analysis/targets.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { buildTargetCountsOption, type TargetCountDatum } from '../../src/charts/target-counts.ts';
import { sampleDatasets } from '../analysis/sample-datasets.ts';
import { XSS, callTooltip, hostileRows } from './hostile-rows.ts';

describe('charts/target-counts', () => {
  const option = buildTargetCountsOption(targetsByCategory(toTaskRows(sampleDatasets())), { lang: 'en' });
  const data = (option.series as { data: TargetCountDatum[] }[])[0]!.data;

  it('buildTargetCountsOption → one bar per category, most targets first, English names for en', () => {
    expect(data.map((d) => [d.category, d.value])).toMatchInlineSnapshot(`
      [
        [
          "网上办理",
          2,
        ],
        [
          "办理量",
          1,
        ],
        [
          "网络覆盖",
          1,
        ],
      ]
    `);
    expect((option.yAxis as { data: string[] }).data).not.toContain('网上办理');
  });

  it('buildTargetCountsOption: the tooltip escapes region names', () => {
    const hostile = buildTargetCountsOption(targetsByCategory(hostileRows()), { lang: 'zh' });
    const datum = (hostile.series as { data: TargetCountDatum[] }[])[0]!.data[0];
    expect(callTooltip(hostile, { data: datum })).not.toContain(XSS);
  });
});
