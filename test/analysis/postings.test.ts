import { describe, expect, it } from 'vitest';
import { postingsOf } from '../../src/analysis/postings.ts';
import { toTaskRows } from '../../src/analysis/task-row.ts';
import { makeDataset, makeTask } from './make-task.ts';
import { sampleDatasets } from './sample-datasets.ts';

const table = toTaskRows(sampleDatasets())[0]!.table;
const list = (kind: Parameters<typeof postingsOf>[1], name: string, names: { ids: Map<string, number> }): number[] => {
  const { start, rows } = postingsOf(table, kind);
  const id = names.ids.get(name)!;
  return [...rows.subarray(start[id]!, start[id + 1]!)];
};

describe('analysis/postings', () => {
  it.each<[Parameters<typeof postingsOf>[1], string, number[]]>([
    ['region', '乙市', [3, 4, 5, 6]],
    ['unit', '甲市/公共服务办', [0, 2]],
    ['section', '数据', [4, 5]],
    ['category', '网上办理', [3, 5]],
  ])('postingsOf(sample, %s) → rows with %s ascending', (kind, name, expected) => {
    const names = kind === 'region' ? table.regions : kind === 'unit' ? table.units : kind === 'section' ? table.sections : table.categories;
    expect(list(kind, name, names)).toEqual(expected);
  });

  it('postingsOf(unit) → a unit holding two roles in one task is listed once', () => {
    const twice = toTaskRows([makeDataset({ tasks: [makeTask({ units: [{ name: '甲局', role: 'lead' }, { name: '甲局', role: 'support' }] })] })])[0]!.table;
    expect([...postingsOf(twice, 'unit').rows]).toEqual([0]);
  });

  it('postingsOf(same table, same kind) → built once', () => {
    expect(postingsOf(table, 'unit')).toBe(postingsOf(table, 'unit'));
  });
});
