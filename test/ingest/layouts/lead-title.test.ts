import { describe, expect, it } from 'vitest';
import { tryParseLeadTitle } from '../../../src/ingest/layouts/lead-title.ts';

describe('ingest/layouts/lead-title', () => {
  it.each([
    ['规范政务服务窗口设置。完善综合咨询窗口设置,统一提供咨询、引导等服务。', '规范政务服务窗口设置'],
    ['建立“好差评”全流程闭环工作机制。加强“差评”整改时效性。', '建立“好差评”全流程闭环工作机制'],
    ['推行“延时服务”。对企业群众办件需求量大的事项推行延时服务。', '推行“延时服务”'],
    ['优化前置服务,加强政务服务事项申报辅导。做好帮办、导办。', null],
    ['规范中介服务管理,持续推广应用广东省网上中介服务超市。', null],
    ['建立健全本地政务服务事项管理、政务服务中心建设、政务服务实施、便民热线运行、公共资源交易、服务评估评价等领域标准规范。', null],
    ['各政务服务部门负责管理本单位政务服务事项电子档案。做好电子档案分类。', null],
    ['没有句号的任务', null],
  ])('tryParseLeadTitle(%j) → %j', (text, expected) => {
    expect(tryParseLeadTitle(text)).toBe(expected);
  });
});
