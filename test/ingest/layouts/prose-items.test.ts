import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proseItemsReader } from '../../../src/ingest/layouts/prose-items.ts';
import { unplacedLines } from '../../../src/ingest/line-accounting.ts';
import { fixtureLines, seedLines } from './read-lines.ts';

const seedsDir = join(import.meta.dirname, '../../../seeds');
const SEED = '003_3fb2c4f966d65ce6.txt';

const seed = seedLines;
const fixture = (file: string): string[] => fixtureLines('prose-items', file);


const ZHANJIANG_SUPPORT = { text: '各县(市、区)政府(管委会),市有关单位', role: 'support' } as const;

describe('prose-items', () => {
  describe('detect', () => {
    it.each(readdirSync(seedsDir).filter((f) => f.endsWith('.txt')))('detect(seeds/%s)', (file) => {
      const score = proseItemsReader.detect(seed(file));
      if (file === SEED) expect(score).toBeGreaterThanOrEqual(0.5);
      else expect(score).toBeLessThan(0.5);
    });

    it('detect(one "(一)…(牵头单位:…)" line) → below 0.5', () => {
      expect(proseItemsReader.detect(['(一)甲。乙。(牵头单位:市编办,完成时限:长期推进)'])).toBeLessThan(0.5);
    });
  });

  describe(`read(seeds/${SEED})`, () => {
    const lines = seed(SEED);
    const result = proseItemsReader.read(lines);

    it('→ the 11 items (一)…(十一) of "二、主要任务", nothing from 总体要求 or 组织保障', () => {
      expect(result.layout).toBe('prose-items');
      expect(result.tasks.map((t) => t.no)).toEqual([
        '(一)', '(二)', '(三)', '(四)', '(五)', '(六)', '(七)', '(八)', '(九)', '(十)', '(十一)',
      ]);
      expect(result.tasks.every((t) => t.path.length === 1 && t.path[0] === '主要任务')).toBe(true);
      expect(result.tasks.map((t) => t.line)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
    });

    it('→ task region 10–21 with the section heading as furniture and every line placed', () => {
      expect(result.taskRegion).toEqual({ start: 10, end: 21 });
      expect(result.furnitureLines).toEqual([10]);
      expect(unplacedLines(lines, result)).toEqual([]);
      expect(result.issues).toEqual([]);
      expect(result.unitGroups).toEqual({});
    });

    it('→ titles are the lead phrases before the first 。', () => {
      expect(result.tasks.map((t) => t.title)).toEqual([
        '数据支撑', '电子证照、电子印章支撑', '应用支撑', '服务事项管理', '数据同源', '服务供给方式',
        '用户实用度', '服务效能', '服务监督', '服务保障', '加强省市安全一体化建设',
      ]);
    });

    it('→ deadlines from 完成时限', () => {
      expect(result.tasks.map((t) => t.deadlineRaw)).toEqual([
        '长期推进', '2021年6月', '2021年6月', '长期推进', '长期推进', '2021年6月',
        '2021年6月', '2021年6月', '2021年6月', '长期推进', '2021年8月',
      ]);
    });

    it('→ (一) whole, text without its units parenthetical', () => {
      expect(result.tasks[0]).toEqual({
        no: '(一)',
        path: ['主要任务'],
        title: '数据支撑',
        text: expect.stringMatching(/^数据支撑。提高在省政务信息资源共享平台的数据挂接率,.*汇聚的办件数据及监管数据的数量、质量和范围。$/),
        unitCells: [{ text: '市政务服务数据管理局', role: 'lead' }, ZHANJIANG_SUPPORT],
        unitsRaw: '牵头单位:市政务服务数据管理局,配合单位:各县(市、区)政府(管委会),市有关单位',
        deadlineRaw: '长期推进',
        line: 11,
        lines: [11],
        issues: [],
      });
    });

    it('→ (五) whole', () => {
      expect(result.tasks[4]).toEqual({
        no: '(五)',
        path: ['主要任务'],
        title: '数据同源',
        text: '数据同源。市有关单位市保障市级服务站点(频道)与地市相关服务渠道(站点、系统)数据源唯一,同源提供相关政务服务。政务服务事项办事指南线上线下保持一致。',
        unitCells: [{ text: '市政务服务数据管理局', role: 'lead' }, ZHANJIANG_SUPPORT],
        unitsRaw: '牵头单位:市政务服务数据管理局,配合单位:各县(市、区)政府(管委会),市有关单位',
        deadlineRaw: '长期推进',
        line: 15,
        lines: [15],
        issues: [],
      });
    });

    it('→ (八) whole, three lead units', () => {
      expect(result.tasks[7]).toEqual({
        no: '(八)',
        path: ['主要任务'],
        title: '服务效能',
        text: expect.stringMatching(/^服务效能。提高市、县行政许可事项.*落实健康二维码互通互认一码通行。$/),
        unitCells: [
          { text: '市政务服务数据管理局、市行政服务中心、市公共资源交易中心', role: 'lead' },
          ZHANJIANG_SUPPORT,
        ],
        unitsRaw:
          '牵头单位:市政务服务数据管理局、市行政服务中心、市公共资源交易中心,配合单位:各县(市、区)政府(管委会),市有关单位',
        deadlineRaw: '2021年6月',
        line: 18,
        lines: [18],
        issues: [],
      });
    });

    it('→ (十一) whole, a single 配合单位', () => {
      expect(result.tasks[10]).toEqual({
        no: '(十一)',
        path: ['主要任务'],
        title: '加强省市安全一体化建设',
        text: '加强省市安全一体化建设。实现省政务大数据中心地市节点与省级平台对接,按时间节点完成政务信息基础设施部署省转移支付资金支付。',
        unitCells: [
          { text: '市政务服务数据管理局', role: 'lead' },
          { text: '市财政局', role: 'support' },
        ],
        unitsRaw: '牵头单位:市政务服务数据管理局,配合单位:市财政局',
        deadlineRaw: '2021年8月',
        line: 21,
        lines: [21],
        issues: [],
      });
    });

    it('→ the space printed in "达 100%" is kept', () => {
      expect(result.tasks[1]!.text).toContain('占比需达 100%,');
    });
  });

  describe('fixtures', () => {
    it('read(task-section.txt) → only the 主要任务 items, region from its heading', () => {
      const result = proseItemsReader.read(fixture('task-section.txt'));
      expect(result.tasks.map((t) => [t.no, t.path, t.title, t.line])).toEqual([
        ['(一)', ['主要任务'], '数据支撑', 5],
        ['(二)', ['主要任务'], '电子证照、电子印章支撑', 6],
        ['(三)', ['主要任务'], '应用支撑', 7],
      ]);
      expect(result.taskRegion).toEqual({ start: 4, end: 7 });
      expect(result.furnitureLines).toEqual([4]);
    });

    it('read(section-end.txt) → (十) and (十一) with no section path; 组织保障 is outside the region', () => {
      const lines = fixture('section-end.txt');
      const result = proseItemsReader.read(lines);
      expect(result.tasks.map((t) => [t.no, t.path, t.deadlineRaw])).toEqual([
        ['(十)', [], '长期推进'],
        ['(十一)', [], '2021年8月'],
      ]);
      expect(result.taskRegion).toEqual({ start: 1, end: 2 });
      expect(unplacedLines(lines, result)).toEqual([]);
    });
  });

  describe('odd shapes', () => {
    it('read(an item running over two lines) → one task, the lines joined, both lines listed', () => {
      const result = proseItemsReader.read([
        '二、主要任务',
        '(一)数据支撑。提高数据挂',
        '接率。(牵头单位:市政务服务数据管理局,配合',
        '单位:市财政局,完成时限:长期推进)',
      ]);
      expect(result.tasks).toEqual([
        {
          no: '(一)',
          path: ['主要任务'],
          title: '数据支撑',
          text: '数据支撑。提高数据挂接率。',
          unitCells: [
            { text: '市政务服务数据管理局', role: 'lead' },
            { text: '市财政局', role: 'support' },
          ],
          unitsRaw: '牵头单位:市政务服务数据管理局,配合单位:市财政局',
          deadlineRaw: '长期推进',
          line: 2,
          lines: [2, 3, 4],
          issues: [],
        },
      ]);
    });

    it('read(an item without units among items with units) → kept, malformed-row, neighbours intact', () => {
      const result = proseItemsReader.read([
        '二、主要任务',
        '(一)甲。做甲。(牵头单位:市编办,完成时限:长期推进)',
        '(二)乙。做乙。',
        '(三)丙。做丙。(牵头单位:市财政局,完成时限:2021年6月)',
      ]);
      expect(result.tasks.map((t) => [t.no, t.unitsRaw, t.deadlineRaw, t.issues.map((i) => i.code)])).toEqual([
        ['(一)', '牵头单位:市编办', '长期推进', []],
        ['(二)', '', '', ['malformed-row']],
        ['(三)', '牵头单位:市财政局', '2021年6月', []],
      ]);
      expect(result.tasks[1]!.issues[0]!.line).toBe(3);
    });

    it('read(seed cut inside the last parenthetical) → the row kept with truncated-row', () => {
      const lines = seed(SEED).slice(0, 11);
      lines[10] = lines[10]!.slice(0, lines[10]!.indexOf(',配合单位'));
      const result = proseItemsReader.read(lines);
      expect(result.tasks).toHaveLength(1);
      expect(result.tasks[0]).toMatchObject({
        no: '(一)',
        title: '数据支撑',
        unitCells: [{ text: '市政务服务数据管理局', role: 'lead' }],
        deadlineRaw: '',
        issues: [{ code: 'truncated-row', line: 11 }],
      });
    });
  });
});
