import { describe, expect, it } from 'vitest';
import { classifyFlatCell } from '../../../src/ingest/layouts/flat-table-classify.ts';

describe('ingest/layouts/flat-table-classify', () => {
  it.each([
    ['1', 'number'],
    ['80', 'number'],
    ['一、推进政务服务标准化', 'section'],
    ['四、全面提升市一体化政务服务平台服务能力', 'section'],
    ['(一)推进政务服务事项标准化', 'task-name'],
    ['(四)推动更多政务服务事项“网上办、掌上办”', 'task-name'],
    ['持续推进', 'deadline'],
    ['2023年12月底完成', 'deadline'],
    ['2023年6月底前完成,并持续推进', 'deadline'],
    ['X年11月底前', 'deadline'],
    ['市政务服务数据管理局', 'units'],
    ['市政务服务数据管理局、市投资促进局', 'units'],
    ['各县(市、区)人民政府,市直有关单位', 'units'],
    ['各清单牵头编制部门', 'units'],
    ['各类中介的行业主管部门', 'units'],
    ['市档案馆', 'units'],
    ['各镇街（园区）', 'units'],
    ['/', 'empty'],
    ['关联稿件:', 'footer'],
    ['扫一扫在手机打开当前页', 'footer'],
    ['--', 'empty'],
    ['规范审批环节。要在广东政务服务网向社会公布依法设有现场勘验、技术审查、听证论证等特殊环节的政务服务事项清单。', 'text'],
    ['底前', 'text'],
    ['持续优化营商环境', 'text'],
    ['长期推进', 'deadline'],
  ])('classifyFlatCell(%j) → %s', (text, kind) => {
    expect(classifyFlatCell(text)).toBe(kind);
  });
});
