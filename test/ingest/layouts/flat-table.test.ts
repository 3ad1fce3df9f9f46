import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LayoutResult } from '../../../src/ingest/raw-task.ts';
import { flatTableReader } from '../../../src/ingest/layouts/flat-table.ts';

const SEEDS = join(import.meta.dirname, '../../../seeds');
const FIXTURES = join(import.meta.dirname, '../../fixtures/flat-table');
const SHANWEI = '001_6855ae7b1edff54f.txt';

function linesOf(path: string): string[] {
  return readFileSync(path, 'utf8').split(/\r?\n/);
}

/** Non-blank lines of the task region that no task and no furniture line accounts for. */
function unaccounted(lines: readonly string[], result: LayoutResult): number[] {
  const used = new Set([...result.furnitureLines, ...result.tasks.flatMap((t) => t.lines)]);
  const out: number[] = [];
  for (let n = result.taskRegion.start; n <= result.taskRegion.end; n++) {
    if (lines[n - 1]!.trim() !== '' && !used.has(n)) out.push(n);
  }
  return out;
}

const LEAD_SJ = { text: '市政务服务数据管理局', role: 'lead' } as const;
const RESP_COUNTIES_CITY = { text: '各县(市、区)人民政府,市直有关单位', role: 'responsible' } as const;

describe('ingest/layouts/flat-table', () => {
  describe('detect', () => {
    it.each(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')))('flatTableReader.detect(seeds/%s)', (file) => {
      const score = flatTableReader.detect(linesOf(join(SEEDS, file)));
      if (file === SHANWEI) expect(score).toBeGreaterThanOrEqual(0.9);
      else expect(score).toBeLessThan(0.5);
    });

    it('detect(a header run alone, no numbered rows) → 0.3', () => {
      expect(flatTableReader.detect(['序号', '', '任务', '', '牵头单位', '', '责任单位', '', '完成时限', ''])).toBe(0.3);
    });

    it('detect(tab-indented header lines with no blank lines between) → 0', () => {
      expect(flatTableReader.detect(['\t序号', '\t具体任务', '\t责任单位', '\t完成时限', '', '\t1', '\tx'])).toBe(0);
    });
  });

  describe(`read(seeds/${SHANWEI})`, () => {
    const lines = linesOf(join(SEEDS, SHANWEI));
    const result = flatTableReader.read(lines);
    const task = (no: string) => result.tasks.find((t) => t.no === no)!;

    it('reads 80 tasks numbered 1…80, in order', () => {
      expect(result.layout).toBe('flat-table');
      expect(result.tasks.map((t) => t.no)).toEqual(Array.from({ length: 80 }, (_, i) => String(i + 1)));
    });

    it('task region runs from the 序号 header (line 122) to the last deadline (line 964), leaving the notice and footer out', () => {
      expect(result.taskRegion).toEqual({ start: 122, end: 964 });
    });

    it('header cells and the four section rows are furniture; every other region line is in a task', () => {
      expect(result.furnitureLines).toEqual([122, 124, 126, 128, 130, 132, 134, 136, 138, 246, 606, 842]);
      expect(unaccounted(lines, result)).toEqual([]);
      expect(result.issues).toEqual([]);
      expect(result.unitGroups).toEqual({});
    });

    it('task 1 → the whole first row, with its 任务 cell as path level 2', () => {
      expect(task('1')).toEqual({
        no: '1',
        path: ['推进政务服务标准化', '推进政务服务事项标准化'],
        title: '明确政务服务事项管理范围',
        text: '明确政务服务事项管理范围。规范设置我市依申请行政权力和公共服务事项范围和类型,积极探索将供水、电、气等便民服务及法定村级证明事项以公共服务事项纳入统一管理。',
        unitCells: [LEAD_SJ, RESP_COUNTIES_CITY],
        unitsRaw: '牵头单位：市政务服务数据管理局；责任单位：各县(市、区)人民政府,市直有关单位',
        deadlineRaw: '持续推进',
        line: 140,
        lines: [140, 142, 144, 146, 148, 150],
        issues: [],
      });
    });

    it('task 3 → no lead sentence, so title null; path filled down from task 1', () => {
      const t = task('3');
      expect(t.path).toEqual(['推进政务服务标准化', '推进政务服务事项标准化']);
      expect(t.title).toBeNull();
      expect(t.text.startsWith('根据法律法规政策依据调整情况')).toBe(true);
      expect(t.text.endsWith('实现政务服务事项数据同源、动态更新、联动管理。')).toBe(true);
      expect(t.unitCells).toEqual([LEAD_SJ, { text: '市直有关单位', role: 'responsible' }]);
      expect(t.line).toBe(162);
    });

    it('task 24 → its only unit cell is a collective list, read as 责任单位, with an ambiguous-unit-column issue', () => {
      expect(task('24')).toEqual({
        no: '24',
        path: ['推进政务服务规范化', '规范政务服务场所办事服务'],
        title: null,
        text: '优化人员配备,各政务服务部门要全面细化梳理受理审查要点,组织开展业务培训,提升“综合受理、集成服务”标准化、规范化、便利化水平。',
        unitCells: [RESP_COUNTIES_CITY],
        unitsRaw: '责任单位：各县(市、区)人民政府,市直有关单位',
        deadlineRaw: '持续推进',
        line: 382,
        lines: [382, 384, 386, 388],
        issues: [{ code: 'ambiguous-unit-column', message: expect.stringContaining('责任单位') as unknown as string, line: 386 }],
      });
    });

    it('task 28 → a two-unit 牵头单位 cell stays one cell', () => {
      const t = task('28');
      expect(t.title).toBe('严格落实“三集中、三到位”制度');
      expect(t.unitCells).toEqual([
        { text: '各县(市、区)人民政府,市政务服务数据管理局', role: 'lead' },
        { text: '市直有关单位', role: 'responsible' },
      ]);
    });

    it('task 40 → text kept as printed, ending in "," (the source row ends there, line 548)', () => {
      const t = task('40');
      expect(t.title).toBe('加强“好差评”数据汇聚');
      expect(t.text.endsWith('能全覆盖并真实反映全市办件评价情况,')).toBe(true);
    });

    it('task 56 → two named lead units and a compound deadline', () => {
      expect(task('56')).toEqual({
        no: '56',
        path: ['推进政务服务便利化', '推行企业投资项目全代办'],
        title: '全面推行企业投资项目全代办服务',
        text: '全面推行企业投资项目全代办服务。制定完善代办服务工作管理机制,围绕企业“引进、落地、建设、竣工验收”4个阶段,为企业“量身定制”,提供全流程代办服务。持续加大宣传推广力度,推动实现全代办服务全市全覆盖。',
        unitCells: [
          { text: '市政务服务数据管理局、市投资促进局', role: 'lead' },
          { text: '市直有关单位,各县(市、区)人民政府', role: 'responsible' },
        ],
        unitsRaw: '牵头单位：市政务服务数据管理局、市投资促进局；责任单位：市直有关单位,各县(市、区)人民政府',
        deadlineRaw: '2023年12月底完成并持续推进',
        line: 716,
        lines: [716, 718, 720, 722, 724, 726],
        issues: [],
      });
    });

    it('tasks 62, 63, 67 → "各县(市、区)人民政府,市政务服务数据管理局" alone goes to 牵头单位, where rows 28, 42, 43, 64 print it', () => {
      for (const no of ['62', '63', '67']) {
        const t = task(no);
        expect(t.unitCells).toEqual([{ text: '各县(市、区)人民政府,市政务服务数据管理局', role: 'lead' }]);
        expect(t.unitsRaw).toBe('牵头单位：各县(市、区)人民政府,市政务服务数据管理局');
        expect(t.issues.map((i) => i.code)).toEqual(['ambiguous-unit-column']);
      }
    });

    it('rows with one unit cell → exactly tasks 24, 59, 62, 63, 65, 67, 68, 78, 80 carry ambiguous-unit-column', () => {
      const flagged = result.tasks.filter((t) => t.issues.length > 0);
      expect(flagged.map((t) => t.no)).toEqual(['24', '59', '62', '63', '65', '67', '68', '78', '80']);
      expect(flagged.every((t) => t.issues.every((i) => i.code === 'ambiguous-unit-column'))).toBe(true);
      expect(task('68').unitCells).toEqual([{ text: '各县(市、区)人民政府', role: 'responsible' }]);
      expect(task('78').unitCells).toEqual([{ text: '市直有关单位', role: 'responsible' }]);
    });

    it('task 61 → columns read as printed even when the usual units are swapped', () => {
      expect(task('61').unitCells).toEqual([
        { text: '各县(市、区)人民政府,市直有关单位', role: 'lead' },
        { text: '市政务服务数据管理局', role: 'responsible' },
      ]);
    });

    it('task 78 → a lead sentence naming who acts ("各政务服务部门负责…") is not a title', () => {
      expect(task('78').title).toBeNull();
      expect(task('78').deadlineRaw).toBe('2023年6月底前完成,并持续推进');
    });

    it('task 79 → a "/" 牵头单位 cell is no unit, but stays in unitsRaw', () => {
      expect(task('79')).toEqual({
        no: '79',
        path: ['全面提升市一体化政务服务平台服务能力', '推进数据资源“一网共享”'],
        title: null,
        text: '建立市级政务数据共享协调机制,与省级协调小组相关工作做好衔接,共同推动数据供需对接顺畅。各地、各部门要强化政府部门数据管理职责,明确数据归集、共享、开放、应用、安全、存储、归档等责任,形成推动数据开放共享的高效运行机制。',
        unitCells: [RESP_COUNTIES_CITY],
        unitsRaw: '牵头单位：/；责任单位：各县(市、区)人民政府,市直有关单位',
        deadlineRaw: '2025年12月底完成',
        line: 946,
        lines: [946, 948, 950, 952, 954, 956],
        issues: [],
      });
    });

    it('task 80 → the last row, before the page footer', () => {
      const t = task('80');
      expect(t.path).toEqual(['全面提升市一体化政务服务平台服务能力', '推进数据资源“一网共享”']);
      expect(t.text.startsWith('各地、各部门要推动业务信息系统')).toBe(true);
      expect(t.text.endsWith('提高数据质量和可用性、时效性。')).toBe(true);
      expect(t.unitCells).toEqual([RESP_COUNTIES_CITY]);
      expect(t.deadlineRaw).toBe('2025年12月底');
      expect(t.lines).toEqual([958, 960, 962, 964]);
    });

    it('paths → 4 sections and 19 任务 names, each reset at a new section', () => {
      const sections = new Set(result.tasks.map((t) => t.path[0]));
      expect([...sections]).toEqual(['推进政务服务标准化', '推进政务服务规范化', '推进政务服务便利化', '全面提升市一体化政务服务平台服务能力']);
      expect(new Set(result.tasks.map((t) => t.path.join('/'))).size).toBe(19);
      expect(result.tasks.every((t) => t.path.length === 2)).toBe(true);
      expect(task('46').path).toEqual(['推进政务服务便利化', '推进政务服务事项集成化办理']);
    });

    it('every task has text, a deadline and at least one unit', () => {
      for (const t of result.tasks) {
        expect(t.text.length).toBeGreaterThan(20);
        expect(t.deadlineRaw).not.toBe('');
        expect(t.unitCells.length).toBeGreaterThan(0);
      }
    });
  });

  describe('fixtures', () => {
    it('header-and-first-rows.txt → "完成" + "时限" read as one header; rows 1-3 with path filled down', () => {
      const lines = linesOf(join(FIXTURES, 'header-and-first-rows.txt'));
      const result = flatTableReader.read(lines);
      expect(result.taskRegion.start).toBe(5);
      expect(result.tasks.map((t) => [t.no, t.path[1], t.line])).toEqual([
        ['1', '推进政务服务事项标准化', 23],
        ['2', '推进政务服务事项标准化', 35],
        ['3', '推进政务服务事项标准化', 45],
      ]);
      expect(result.furnitureLines).toEqual([5, 7, 9, 11, 13, 15, 17, 19, 21]);
      expect(unaccounted(lines, result)).toEqual([]);
    });

    it('single-unit-cell.txt → a text printed in 牵头单位 elsewhere goes there; a tie falls back to shape', () => {
      const result = flatTableReader.read(linesOf(join(FIXTURES, 'single-unit-cell.txt')));
      const cells = Object.fromEntries(result.tasks.map((t) => [t.no, t.unitCells]));
      // "各县(市、区)人民政府,市直有关单位" is 责任单位 in row 23 and 牵头单位 in row 61: a tie, so the collective shape decides
      expect(cells['24']).toEqual([RESP_COUNTIES_CITY]);
      expect(cells['62']).toEqual([{ text: '各县(市、区)人民政府,市政务服务数据管理局', role: 'lead' }]);
      expect(cells['63']).toEqual([{ text: '各县(市、区)人民政府,市政务服务数据管理局', role: 'lead' }]);
      expect(result.tasks.map((t) => t.issues.length)).toEqual([0, 1, 0, 1, 1, 0]);
    });

    it('slash-lead-and-footer.txt → footer lines (关联稿件 …) end the table', () => {
      const lines = linesOf(join(FIXTURES, 'slash-lead-and-footer.txt'));
      const result = flatTableReader.read(lines);
      expect(result.tasks.map((t) => t.no)).toEqual(['79', '80']);
      expect(result.taskRegion).toEqual({ start: 1, end: 35 });
      expect(unaccounted(lines, result)).toEqual([]);
      expect(result.tasks[0]!.unitCells).toEqual([RESP_COUNTIES_CITY]);
    });

    it('truncated-row.txt → a row cut off by the end of the document is kept with truncated-row', () => {
      const result = flatTableReader.read(linesOf(join(FIXTURES, 'truncated-row.txt')));
      expect(result.tasks).toHaveLength(1);
      const t = result.tasks[0]!;
      expect(t.path).toEqual(['推进数据资源“一网共享”']);
      expect(t.text.startsWith('建立市级政务数据共享协调机制')).toBe(true);
      expect(t.unitCells).toEqual([]);
      expect(t.deadlineRaw).toBe('');
      expect(t.issues).toEqual([{ code: 'truncated-row', message: expect.any(String) as unknown as string, line: 17 }]);
    });
  });

  describe('synthetic rows', () => {
    const header = ['序号', '', '目标', '', '落实举措', '', '牵头单位', '', '责任单位', '', '完成时限', ''];

    it('a deadline wrapped in its cell ("2022年12月" / "底前") → joined with no separator', () => {
      const result = flatTableReader.read([...header, '1', '', '做好某项工作。', '', '市某局', '', '各县(市、区)人民政府', '', '2022年12月', '', '底前', '', '2', '', '做好另一项工作。', '', '市某局', '', '市直有关单位', '', '持续推进', '']);
      expect(result.tasks.map((t) => t.deadlineRaw)).toEqual(['2022年12月底前', '持续推进']);
      expect(result.tasks[0]!.lines).toEqual([13, 15, 17, 19, 21, 23]);
    });

    it('a 目标 cell before the 落实举措 cell → the first paragraph of text', () => {
      const result = flatTableReader.read([...header, '1', '', '实现全覆盖', '', '推进某项工作。加强某项管理。', '', '市某局', '', '市直有关单位', '', '持续推进', '']);
      expect(result.tasks[0]!.text).toBe('实现全覆盖\n推进某项工作。加强某项管理。');
      expect(result.tasks[0]!.title).toBeNull();
    });

    it('a row with no unit cell and no deadline in mid-table → malformed-row, neighbours intact', () => {
      const result = flatTableReader.read([...header, '1', '', '做好某项工作。', '', '2', '', '做好另一项工作。', '', '市某局', '', '市直有关单位', '', '持续推进', '']);
      expect(result.tasks.map((t) => t.issues.map((i) => i.code))).toEqual([['malformed-row'], []]);
      expect(result.tasks[1]!.unitCells).toHaveLength(2);
    });
  });
});
