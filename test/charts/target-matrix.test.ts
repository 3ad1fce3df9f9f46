import { describe, expect, it } from 'vitest';
import { targetMatrix } from '../../src/analysis/targets.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { buildTargetMatrixOption, type TargetMatrixDatum } from '../../src/charts/target-matrix.ts';
import { sampleDatasets } from '../analysis/sample-datasets.ts';
import { XSS, callTooltip, hostileRows } from './hostile-rows.ts';

describe('charts/target-matrix', () => {
  const option = buildTargetMatrixOption(targetMatrix(toTaskRows(sampleDatasets())), { lang: 'en' });
  const data = (option.series as { data: TargetMatrixDatum[] }[])[0]!.data;

  it('buildTargetMatrixOption → regions on x, categories (English names for en) on y', () => {
    expect((option.xAxis as { data: string[] }).data).toEqual(['甲市', '乙市']);
    expect((option.yAxis as { data: string[] }).data[0]).toBe('Network coverage');
  });

  it('buildTargetMatrixOption: a cell click carries the source task and every task of the cell', () => {
    expect(data[1]).toMatchInlineSnapshot(`
      {
        "category": "网上办理",
        "due": "2022-06-30",
        "label": {
          "color": "#ffffff",
        },
        "region": "乙市",
        "target": "全程网办率 ≥85% +1",
        "taskId": "yi-2022/1",
        "taskIds": [
          "yi-2022/1",
          "yi-2022/3",
        ],
        "value": [
          1,
          1,
          2,
        ],
      }
    `);
  });

  it('buildTargetMatrixOption: the tooltip escapes region, category and metric', () => {
    const hostile = buildTargetMatrixOption(targetMatrix(hostileRows()), { lang: 'zh' });
    const datum = (hostile.series as { data: TargetMatrixDatum[] }[])[0]!.data[0];
    const html = callTooltip(hostile, { data: datum });
    expect(html).not.toContain(XSS);
    expect(html.match(/&lt;img/g)).toHaveLength(3);
  });
});
