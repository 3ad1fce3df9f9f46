import { describe, expect, it } from 'vitest';
import { capped, checkDatasets, createDatasetChecker } from '../../src/load/check-datasets.ts';
import { makeDataset, makeTask } from '../analysis/make-task.ts';

const x = makeDataset({ id: 'x-2021', tasks: [makeTask({ no: '1' }), makeTask({ no: '2' })] });

describe('load/check-datasets', () => {
  it('checkDatasets([x, y]) with distinct ids → both unchanged, nothing reported', () => {
    const y = makeDataset({ id: 'y-2021', tasks: [makeTask({ no: '1', id: 'y-2021/1' })] });
    expect(checkDatasets([{ file: 'x.json', dataset: x }, { file: 'y.json', dataset: y }])).toEqual({ datasets: [x, y], failures: [], notices: [] });
  });

  it('a task id repeated inside a dataset → the first kept, the repeat dropped and listed by index and line', () => {
    const dup = makeDataset({ tasks: [makeTask({ no: '1' }), makeTask({ no: '2' }), { ...makeTask({ no: '1' }), source: { file: 'seeds/x.txt', line: 40 } }] });
    const result = checkDatasets([{ file: 'x.json', dataset: dup }]);
    expect(result.datasets[0]?.tasks.map((t) => t.source.line)).toEqual([1, 2]);
    expect(result.notices).toEqual([
      { file: 'x.json', id: 'x-2021', kind: 'duplicate-tasks', count: 1, details: ['tasks.2 (line 40): id "x-2021/1" = tasks.0 (line 1)'] },
    ]);
  });

  it('a task id under another dataset\'s id (a hand-copied dataset) → re-keyed under its own id and reported, not dropped', () => {
    const z = makeDataset({ id: 'z-2021', tasks: [makeTask({ no: '2' }), makeTask({ no: '3', id: 'z-2021/3' })] });
    const result = checkDatasets([{ file: 'x.json', dataset: x }, { file: 'z.json', dataset: z }]);
    expect(result.datasets.map((d) => d.tasks.map((t) => t.id))).toEqual([['x-2021/1', 'x-2021/2'], ['z-2021/2', 'z-2021/3']]);
    expect(result.notices).toEqual([
      { file: 'z.json', id: 'z-2021', kind: 'foreign-task-ids', count: 1, details: ['tasks.0 (line 2): x-2021/2 → z-2021/2'] },
    ]);
  });

  it('re-keyed ids that then repeat an own id → the repeat is dropped and listed as before', () => {
    const z = makeDataset({ id: 'z-2021', tasks: [makeTask({ no: '3', id: 'z-2021/3' }), makeTask({ no: '3' })] });
    const result = checkDatasets([{ file: 'z.json', dataset: z }]);
    expect(result.datasets[0]!.tasks.map((t) => t.id)).toEqual(['z-2021/3']);
    expect(result.notices.map((n) => n.kind)).toEqual(['foreign-task-ids', 'duplicate-tasks']);
  });

  it('an already shown dataset holding another dataset\'s task id (never re-keyed) → a new task with that id is dropped, naming the shown file', () => {
    const shown = makeDataset({ id: 'a-2021', tasks: [makeTask({ no: '1', id: 'y-2021/1' })] });
    const y = makeDataset({ id: 'y-2021', tasks: [makeTask({ no: '1', id: 'y-2021/1' }), makeTask({ no: '2', id: 'y-2021/2' })] });
    const result = checkDatasets([{ file: 'y.json', dataset: y }], [{ file: 'a.json', dataset: shown }]);
    expect(result.datasets[0]!.tasks.map((t) => t.id)).toEqual(['y-2021/2']);
    expect(result.notices).toEqual([
      { file: 'y.json', id: 'y-2021', kind: 'duplicate-tasks', count: 1, details: ['tasks.0 (line 1): id "y-2021/1" = a.json tasks.0 (line 1)'] },
    ]);
  });

  it('the same shown dataset given under two file names in turn → each drop names the file it was given under', () => {
    const shown = makeDataset({ id: 'a-2021', tasks: [makeTask({ no: '1', id: 'y-2021/1' })] });
    const y = makeDataset({ id: 'y-2021', tasks: [makeTask({ no: '1', id: 'y-2021/1' })] });
    const first = checkDatasets([{ file: 'y.json', dataset: y }], [{ file: 'a.json', dataset: shown }]);
    const second = checkDatasets([{ file: 'y.json', dataset: y }], [{ file: 'b.json', dataset: shown }]);
    expect(first.notices[0]!.details).toEqual(['tasks.0 (line 1): id "y-2021/1" = a.json tasks.0 (line 1)']);
    expect(second.notices[0]!.details).toEqual(['tasks.0 (line 1): id "y-2021/1" = b.json tasks.0 (line 1)']);
  });

  it('the same task number in many datasets → every task kept (ids differ by their dataset\'s id)', () => {
    const files = ['p-2021', 'p-2021-1', 'p-2021-1-1'].map((id) => ({ file: `${id}.json`, dataset: makeDataset({ id, tasks: [makeTask({ no: '1', id: `${id}/1` })] }) }));
    const result = checkDatasets(files);
    expect(result.datasets.flatMap((d) => d.tasks.map((t) => t.id))).toEqual(['p-2021/1', 'p-2021-1/1', 'p-2021-1-1/1']);
    expect(result.notices).toEqual([]);
  });

  it('one dataset object checked again (as every progress step does) under another file name → the same tasks, the notice naming that file', () => {
    const dup = makeDataset({ id: 'd-2021', tasks: [makeTask({ no: '1', id: 'd-2021/1' }), makeTask({ no: '1', id: 'd-2021/1' })] });
    const first = checkDatasets([{ file: 'a.json', dataset: dup }]);
    const again = checkDatasets([{ file: 'b.json', dataset: dup }]);
    expect(again.datasets).toEqual(first.datasets);
    expect(again.notices).toEqual([{ ...first.notices[0]!, file: 'b.json' }]);
  });

  it('a dataset id already used → that file refused as "duplicate-dataset", naming the holder', () => {
    const result = checkDatasets([{ file: 'copy.json', dataset: x }], [{ file: 'x.json', dataset: x }]);
    expect(result.datasets).toEqual([]);
    expect(result.failures).toEqual([{ file: 'copy.json', id: 'x-2021', kind: 'duplicate-dataset', status: null, details: ['id: "x-2021" = x.json'] }]);
  });

  it('a dataset without tasks → kept, with an "empty" notice', () => {
    const empty = makeDataset({ id: 'e-2021' });
    expect(checkDatasets([{ file: 'e.json', dataset: empty }])).toEqual({
      datasets: [empty],
      failures: [],
      notices: [{ file: 'e.json', id: 'e-2021', kind: 'empty', count: 0, details: [] }],
    });
  });

  it('createDatasetChecker().add(batch) batch after batch → together exactly what checkDatasets(all) gives', () => {
    const z = makeDataset({ id: 'z-2021', tasks: [makeTask({ no: '2' }), makeTask({ no: '3', id: 'z-2021/3' })] });
    const files = [{ file: 'x.json', dataset: x }, { file: 'z.json', dataset: z }, { file: 'copy.json', dataset: x }];
    const checker = createDatasetChecker();
    const batches = [checker.add(files.slice(0, 1)), checker.add([]), checker.add(files.slice(1))];
    expect({
      datasets: batches.flatMap((b) => b.datasets),
      failures: batches.flatMap((b) => b.failures),
      notices: batches.flatMap((b) => b.notices),
    }).toEqual(checkDatasets(files));
  });

  it.each([
    [['a', 'b'], 3, ['a', 'b']],
    [['a', 'b', 'c', 'd'], 2, ['a', 'b', '… +2']],
  ])('capped(%j, %i) → %j', (lines, max, expected) => {
    expect(capped(lines, max)).toEqual(expected);
  });
});
