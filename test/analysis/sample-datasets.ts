import type { Dataset } from '../../src/model/schema.ts';
import { makeDataset, makeDeadline, makeTask } from './make-task.ts';

/** Asof date used with the sample: 甲1/甲2 overdue, 甲3 ongoing, 乙1 due90, 乙2 yearUnknown, 乙3 later, 乙4 no deadline. */
export const SAMPLE_AS_OF = '2022-05-01';

/** Two hand-written datasets, seven tasks, covering every deadline kind, role, collective units and indicators. */
export function sampleDatasets(): Dataset[] {
  return [
    makeDataset({
      id: 'jia-2021', region: '甲市', published: '2021-03-01', planPeriod: '2021—2022',
      tasks: [
        makeTask({
          id: 'jia-2021/1', no: '1', path: ['政务服务', '网络'], title: '外网覆盖', text: '电子政务外网100%全覆盖。',
          units: [{ name: '公共服务办', role: 'lead' }, { name: '各有关单位', role: 'support', collective: true }],
          indicators: [{ metric: '外网覆盖率', category: '网络覆盖', comparator: '=', value: 100, unit: '%', due: null }],
        }),
        makeTask({
          id: 'jia-2021/2', no: '2', path: ['政务服务'], text: '推动专网融合。',
          units: [{ name: '公安局', role: 'responsible' }],
          deadline: makeDeadline({ raw: '2021年底前，并长期推进', due: '2021-12-31', monthDay: '12-31', precision: 'year', ongoing: true }),
        }),
        makeTask({
          id: 'jia-2021/3', no: '3', path: ['营商环境'], text: '优化营商环境。',
          units: [{ name: '税务局', role: 'lead' }, { name: '公共服务办', role: 'support' }],
          deadline: makeDeadline({ raw: '长期推进', due: null, monthDay: null, precision: null, ongoing: true }),
        }),
      ],
    }),
    makeDataset({
      id: 'yi-2022', region: '乙市', published: null, planPeriod: '2022—2023',
      unitGroups: { 各有关单位: ['公安局', '税务局'] },
      tasks: [
        makeTask({
          id: 'yi-2022/1', no: '1', path: ['营商环境', '审批'], text: '全程网办率达到85%以上。',
          units: [{ name: '公安局', role: 'lead' }],
          deadline: makeDeadline({ raw: '2022年6月底前', due: '2022-06-30', monthDay: '06-30' }),
          indicators: [{ metric: '全程网办率', category: '网上办理', comparator: '≥', value: 85, unit: '%', due: null }],
        }),
        makeTask({
          id: 'yi-2022/2', no: '2', path: ['数据'], text: '数据普查。',
          units: [{ name: '数据局', role: 'lead' }, { name: '各有关单位', role: 'responsible', collective: true }],
          deadline: makeDeadline({ raw: 'X年6月底前', due: null, monthDay: '06-30', yearKnown: false }),
        }),
        makeTask({
          id: 'yi-2022/3', no: '3', path: ['数据'], text: '办件量5.4万件，年底网办率100%。',
          units: [{ name: '税务局', role: 'responsible' }],
          deadline: makeDeadline({ raw: '2023年3月底前', due: '2023-03-31', monthDay: '03-31' }),
          indicators: [
            { metric: '办件量', category: '办理量', comparator: '≥', value: 54000, unit: '件', due: null },
            { metric: '网办率', category: '网上办理', comparator: '=', value: 100, unit: '%', due: '2023-12-31' },
          ],
        }),
        makeTask({
          id: 'yi-2022/4', no: '4', path: [], text: '其他工作。',
          units: [{ name: '公共服务办', role: 'responsible' }],
          deadline: makeDeadline({ raw: '', due: null, monthDay: null, precision: null }),
        }),
      ],
    }),
  ];
}
