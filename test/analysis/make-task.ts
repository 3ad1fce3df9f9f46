import type { Dataset, Deadline, Task } from '../../src/model/schema.ts';

/** A deadline "by the end of June 2021" unless overridden. */
export function makeDeadline(overrides: Partial<Deadline> = {}): Deadline {
  return { raw: '2021年6月底前', due: '2021-06-30', monthDay: '06-30', yearKnown: true, precision: 'month', ongoing: false, ...overrides };
}

/** A small valid task; id and source line follow `no`. */
export function makeTask(overrides: Partial<Task> = {}): Task {
  const no = overrides.no ?? '1';
  return {
    id: `x-2021/${no}`,
    no,
    path: ['政务服务'],
    title: null,
    text: '推进政务服务。',
    units: [{ name: '公共服务办', role: 'lead' }],
    unitsRaw: '公共服务办牵头',
    deadline: makeDeadline(),
    indicators: [],
    source: { file: 'seeds/x.txt', line: Number.parseInt(no, 10) || 1 },
    ...overrides,
  };
}

/** A valid dataset with no tasks unless overridden. */
export function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    version: 1,
    id: 'x-2021',
    region: '甲市',
    title: '任务分解表',
    issuer: null,
    docNumber: null,
    published: null,
    planPeriod: '2021—2022',
    source: 'seeds/x.txt',
    unitGroups: {},
    tasks: [],
    warnings: [],
    ...overrides,
  };
}
