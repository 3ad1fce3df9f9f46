import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberedMeasuresReader } from '../../../src/ingest/layouts/numbered-measures.ts';
import { unplacedLines } from '../../../src/ingest/line-accounting.ts';
import { fixtureLines, seedLines } from './read-lines.ts';

const seedsDir = join(import.meta.dirname, '../../../seeds');
const SEED = '004_bb7ab30aede82b07.txt';

const seed = seedLines;
const fixture = (file: string): string[] => fixtureLines('numbered-measures', file);


const RELEVANT = '市有关单位,各县区政府、市管各园区管委会';
const NET = ['任务分工', '“进一网”'];
const DOOR = ['任务分工', '“进一门”'];
const WINDOW = ['任务分工', '“进一窗”'];
const ONCE = ['任务分工', '“最多跑一次”'];

describe('numbered-measures', () => {
  describe('detect', () => {
    it.each(readdirSync(seedsDir).filter((f) => f.endsWith('.txt')))('detect(seeds/%s)', (file) => {
      const score = numberedMeasuresReader.detect(seed(file));
      if (file === SEED) expect(score).toBeGreaterThanOrEqual(0.5);
      else expect(score).toBeLessThan(0.5);
    });

    it('detect(section-start.txt: one measure) → below 0.5', () => {
      expect(numberedMeasuresReader.detect(fixture('section-start.txt'))).toBeLessThan(0.5);
    });
  });

  describe(`read(seeds/${SEED})`, () => {
    const lines = seed(SEED);
    const result = numberedMeasuresReader.read(lines);
    const inSection = (name: string) => result.tasks.filter((t) => t.path[1] === name);

    it('→ 52 tasks: per section the goal (no null) and its measures (1)…(n)', () => {
      expect(result.layout).toBe('numbered-measures');
      expect(result.tasks).toHaveLength(52);
      const measures = (n: number) => [null, ...Array.from({ length: n }, (_, i) => `(${i + 1})`)];
      expect(inSection('“进一网”').map((t) => t.no)).toEqual(measures(29));
      expect(inSection('“进一门”').map((t) => t.no)).toEqual(measures(7));
      expect(inSection('“进一窗”').map((t) => t.no)).toEqual(measures(3));
      expect(inSection('“最多跑一次”').map((t) => t.no)).toEqual(measures(9));
      expect(result.tasks.every((t) => t.path[0] === '任务分工' && t.path.length === 2)).toBe(true);
      expect(result.tasks.every((t) => t.title === null && t.issues.length === 0)).toBe(true);
    });

    it('→ every task has a lead cell then a responsible cell', () => {
      expect(result.tasks.every((t) => t.unitCells.map((c) => c.role).join() === 'lead,responsible')).toBe(true);
    });

    it('→ region 7–117 (disclaimers and 工作要求 outside), headings and 主要措施 as furniture, every line placed', () => {
      expect(result.taskRegion).toEqual({ start: 7, end: 117 });
      expect(result.furnitureLines).toEqual([7, 8, 11, 68, 84, 87, 96]);
      expect(unplacedLines(lines, result)).toEqual([]);
      expect(result.issues).toEqual([]);
      expect(result.unitGroups).toEqual({});
    });

    it('→ deadlines are the leading date phrases', () => {
      expect(inSection('“进一门”').map((t) => t.deadlineRaw)).toEqual([
        'X年11月底前', 'X年9月20日前', 'X年10月31日前', 'X年10月31日前', 'X年11月30日前',
        'X年11月30日前', 'X年12月31日前', 'X年12月31日前',
      ]);
      expect(result.tasks.filter((t) => t.deadlineRaw === '')).toEqual([]);
    });

    it('→ the "(一)“进一网”" goal whole', () => {
      expect(result.tasks[0]).toEqual({
        no: null,
        path: NET,
        title: null,
        text: 'X年11月底前,各级政务服务事项全部纳入市政务服务“一张网”办理,实现“应上尽上、全程在线”,企业和群众办事“一证通用、一次登录、全网通办”。',
        unitCells: [
          { text: '市“互联网+政务服务”领导小组办公室', role: 'lead' },
          { text: RELEVANT, role: 'responsible' },
        ],
        unitsRaw: `牵头单位:市“互联网+政务服务”领导小组办公室,责任单位:${RELEVANT}`,
        deadlineRaw: 'X年11月底前',
        line: 9,
        lines: [9, 10],
        issues: [],
      });
    });

    it('→ measure (4), which starts on the line of (3)\'s parenthetical, whole', () => {
      expect(result.tasks[4]).toEqual({
        no: '(4)',
        path: NET,
        title: null,
        text: 'X年9月18日前,完成第一批部门自建政务服务业务系统整合改造,与网上政务服务平台完成对接。',
        unitCells: [
          { text: '市“互联网+政务服务”领导小组办公室', role: 'lead' },
          { text: '市教育体育局、市经济和信息化委、市财政局、市质监局', role: 'responsible' },
        ],
        unitsRaw: '牵头单位:市“互联网+政务服务”领导小组办公室,责任单位:市教育体育局、市经济和信息化委、市财政局、市质监局',
        deadlineRaw: 'X年9月18日前',
        line: 17,
        lines: [17, 18],
        issues: [],
      });
      expect(result.tasks[3]!.lines).toEqual([16, 17]);
    });

    it('→ measure (21), its unit list broken "市人力资源" / "社会保障局", whole', () => {
      expect(result.tasks[21]).toEqual({
        no: '(21)',
        path: NET,
        title: null,
        text: 'X年11月30日前,初步建成人口、法人、地理空间、电子证照等基础数据库,接入共享平台。',
        unitCells: [
          { text: '市政府办公室、市政务服务中心', role: 'lead' },
          {
            text: '市公安局、市教育体育局、市人力资源社会保障局、市卫生计生委、市工商局、市民政局、市编办、市国土资源局、市住房城乡建设委、市房管局、市城乡规划局、市公积金中心、市农委、市环保局、市交通运输局、市林业局、市水利局',
            role: 'responsible',
          },
        ],
        unitsRaw:
          '牵头单位:市政府办公室、市政务服务中心,责任单位:市公安局、市教育体育局、市人力资源社会保障局、市卫生计生委、市工商局、市民政局、市编办、市国土资源局、市住房城乡建设委、市房管局、市城乡规划局、市公积金中心、市农委、市环保局、市交通运输局、市林业局、市水利局',
        deadlineRaw: 'X年11月30日前',
        line: 47,
        lines: [47, 48, 49],
        issues: [],
      });
    });

    it('→ measure (26), its text broken "经营" / "异常名录", whole', () => {
      expect(result.tasks[26]).toEqual({
        no: '(26)',
        path: NET,
        title: null,
        text: 'X年11月30日前,依托“信用X”网站和国家企业信用信息公示系统(X),提供登记备案、行政许可、行政处罚、经营异常名录、严重违法失信企业名单、监督检查、质量抽检等信用信息查询和共享服务。',
        unitCells: [
          { text: '市发展改革委', role: 'lead' },
          { text: '市工商局、市质监局、市安全监管局、市食品药品监管局', role: 'responsible' },
        ],
        unitsRaw: '牵头单位:市发展改革委,责任单位:市工商局、市质监局、市安全监管局、市食品药品监管局',
        deadlineRaw: 'X年11月30日前',
        line: 56,
        lines: [56, 57, 58],
        issues: [],
      });
    });

    it('→ measure (29) with no date, deadline "持续推进", whole', () => {
      expect(result.tasks[29]).toEqual({
        no: '(29)',
        path: NET,
        title: null,
        text: '持续推进事中事后监管信息与政务服务深度融合,整合市场监管相关数据资源,加强对市场环境的大数据监测分析和预测预警,推进线上线下一体化监管。',
        unitCells: [
          { text: '市工商局', role: 'lead' },
          { text: '市发展改革委、市质监局、市安全监管局、市食品药品监管局', role: 'responsible' },
        ],
        unitsRaw: '牵头单位:市工商局,责任单位:市发展改革委、市质监局、市安全监管局、市食品药品监管局',
        deadlineRaw: '持续推进',
        line: 63,
        lines: [63, 64],
        issues: [],
      });
    });

    it('→ the "(二)“进一门”" goal, headed on the line of (29)\'s parenthetical and two lines long, whole', () => {
      expect(result.tasks[30]).toEqual({
        no: null,
        path: DOOR,
        title: null,
        text: 'X年11月底前,各级政务服务事项进驻市、县级政务服务中心比例不低于70%。\n政务服务事项以编办公布的政务服务事项清单为准。',
        unitCells: [
          { text: '各级政务服务中心', role: 'lead' },
          { text: RELEVANT, role: 'responsible' },
        ],
        unitsRaw: `牵头单位:各级政务服务中心,责任单位:${RELEVANT}`,
        deadlineRaw: 'X年11月底前',
        line: 65,
        lines: [65, 66, 67],
        issues: [],
      });
    });

    it('→ "进一门" measure (1), its label broken "(牵头" / "单位:", whole', () => {
      expect(result.tasks[31]).toEqual({
        no: '(1)',
        path: DOOR,
        title: null,
        text: 'X年9月20日前,完成现有进驻事项与全省统一政务服务事项实施清单的对照,锁定未进驻单位及事项,明确任务。',
        unitCells: [
          { text: '市政务服务中心', role: 'lead' },
          { text: RELEVANT, role: 'responsible' },
        ],
        unitsRaw: `牵头单位:市政务服务中心,责任单位:${RELEVANT}`,
        deadlineRaw: 'X年9月20日前',
        line: 69,
        lines: [69, 70, 71],
        issues: [],
      });
    });

    it('→ "进一门" measure (7), broken mid-word and in two paragraphs, whole', () => {
      expect(result.tasks[37]).toEqual({
        no: '(7)',
        path: DOOR,
        title: null,
        text: 'X年12月31日前,现有综合性政务服务大厅能满足需求的,应按照要求撤销部门单独设立的服务大厅,进驻本级综合性政务服务大厅。\n因安全等特殊原因,需要保留的部门服务大厅,需经本级政府审批、报上级政府备案。',
        unitCells: [
          { text: '市政府办公室、市政务服务中心', role: 'lead' },
          {
            text: '市公安局、市交通运输局、市公共资源交易中心、市税务局、市司法局、X海关、市工商局,各县区政府、市管各园区管委会',
            role: 'responsible',
          },
        ],
        unitsRaw:
          '牵头单位:市政府办公室、市政务服务中心,责任单位:市公安局、市交通运输局、市公共资源交易中心、市税务局、市司法局、X海关、市工商局,各县区政府、市管各园区管委会',
        deadlineRaw: 'X年12月31日前',
        line: 80,
        lines: [80, 81, 82, 83],
        issues: [],
      });
    });

    it('→ the "(三)“进一窗”" goal, its date after the first clause, whole', () => {
      expect(result.tasks[38]).toEqual({
        no: null,
        path: WINDOW,
        title: null,
        text: expect.stringMatching(/^推行“前台综合受理、后台分类审批、综合窗口出件”工作模式,.*;X年6月底前,事项进驻.*“一窗”分类受理。$/),
        unitCells: [
          { text: '市工商局、市国土资源局、市住房城乡建设委', role: 'lead' },
          { text: RELEVANT, role: 'responsible' },
        ],
        unitsRaw: `牵头单位:市工商局、市国土资源局、市住房城乡建设委,责任单位:${RELEVANT}`,
        deadlineRaw: 'X年6月底前',
        line: 85,
        lines: [85, 86],
        issues: [],
      });
    });

    it('→ the "(四)“最多跑一次”" goal, "主要措施:" after its parenthetical, whole', () => {
      expect(result.tasks[42]).toEqual({
        no: null,
        path: ONCE,
        title: null,
        text: 'X年11月底前,进驻各级政务服务中心事项做到“最多跑一次、多次是例外”。\n推动跨部门、跨层级联办事项“最多跑一次、一次就办成”。',
        unitCells: [
          { text: '市“四最”办', role: 'lead' },
          { text: '各级政务服务部门', role: 'responsible' },
        ],
        unitsRaw: '牵头单位:市“四最”办,责任单位:各级政务服务部门',
        deadlineRaw: 'X年11月底前',
        line: 97,
        lines: [97, 98, 99],
        issues: [],
      });
    });

    it('→ the last measure "(9)" ends the list', () => {
      expect(result.tasks.at(-1)).toMatchObject({ no: '(9)', path: ONCE, line: 116, lines: [116, 117] });
    });
  });

  describe('fixtures', () => {
    it('read(section-start.txt) → the goal and measure (1), headings and 主要措施 as furniture', () => {
      const lines = fixture('section-start.txt');
      const result = numberedMeasuresReader.read(lines);
      expect(result.tasks.map((t) => [t.no, t.path, t.deadlineRaw, t.line, t.lines])).toEqual([
        [null, NET, 'X年11月底前', 3, [3, 4]],
        ['(1)', NET, 'X年8月31日前', 6, [6, 7]],
      ]);
      expect(result.taskRegion).toEqual({ start: 1, end: 7 });
      expect(result.furnitureLines).toEqual([1, 2, 5]);
      expect(unplacedLines(lines, result)).toEqual([]);
    });

    it('read(shared-line.txt) → (3) and (4) split on the line they share', () => {
      const result = numberedMeasuresReader.read(fixture('shared-line.txt'));
      expect(result.tasks.map((t) => [t.no, t.path, t.line, t.lines, t.unitCells[0]!.text])).toEqual([
        ['(3)', [], 1, [1, 2], '市政务服务中心'],
        ['(4)', [], 2, [2, 3], '市“互联网+政务服务”领导小组办公室'],
      ]);
      expect(result.tasks[0]!.unitCells[1]).toEqual({ text: RELEVANT, role: 'responsible' });
    });

    it('read(broken-units.txt) → (21) with "市人力资源社会保障局" joined, then (22)', () => {
      const result = numberedMeasuresReader.read(fixture('broken-units.txt'));
      expect(result.tasks.map((t) => [t.no, t.lines])).toEqual([
        ['(21)', [1, 2, 3]],
        ['(22)', [3, 4]],
      ]);
      expect(result.tasks[0]!.unitCells[1]!.text).toContain('、市人力资源社会保障局、');
      expect(result.tasks[1]!.text).toBe('X年11月30日前,电子证照在政务服务业务办理中得到应用,为减少材料、优化流程提供支撑。');
    });

    it('read(truncated.txt) → (21) kept with the units it has, truncated-row', () => {
      const result = numberedMeasuresReader.read(fixture('truncated.txt'));
      expect(result.tasks).toHaveLength(1);
      expect(result.tasks[0]).toMatchObject({
        no: '(21)',
        deadlineRaw: 'X年11月30日前',
        unitCells: [
          { text: '市政府办公室、市政务服务中心', role: 'lead' },
          { text: '市公安局、市教育体育局、市人力资源', role: 'responsible' },
        ],
        line: 1,
        issues: [{ code: 'truncated-row', line: 1 }],
      });
    });

    it('read(heading-after-units.txt) → (29), then the 进一门 goal and its (1)', () => {
      const lines = fixture('heading-after-units.txt');
      const result = numberedMeasuresReader.read(lines);
      expect(result.tasks.map((t) => [t.no, t.path, t.deadlineRaw, t.lines])).toEqual([
        ['(29)', [], '持续推进', [1, 2]],
        [null, ['“进一门”'], 'X年11月底前', [3, 4, 5]],
        ['(1)', ['“进一门”'], 'X年9月20日前', [7, 8, 9]],
      ]);
      expect(result.furnitureLines).toEqual([6]);
      expect(unplacedLines(lines, result)).toEqual([]);
    });

    it('read(broken-text.txt) → (7) joined mid-word, its paragraph break kept', () => {
      const result = numberedMeasuresReader.read(fixture('broken-text.txt'));
      expect(result.tasks.map((t) => t.no)).toEqual(['(6)', '(7)']);
      expect(result.tasks[1]!.text).toContain('进驻本级综合性政务服务大厅。\n因安全等特殊原因');
      expect(result.tasks[1]!.lines).toEqual([2, 3, 4, 5]);
    });

    it('read(goal-date-inside.txt) → deadline "X年6月底前" from inside the goal', () => {
      const result = numberedMeasuresReader.read(fixture('goal-date-inside.txt'));
      expect(result.tasks.map((t) => [t.no, t.path, t.deadlineRaw, t.line])).toEqual([
        [null, ['“进一窗”'], 'X年6月底前', 2],
      ]);
    });

    it('read(label-after-units.txt) → the goal, then (1); 主要措施 shares the goal\'s last line', () => {
      const lines = fixture('label-after-units.txt');
      const result = numberedMeasuresReader.read(lines);
      expect(result.tasks.map((t) => [t.no, t.lines])).toEqual([
        [null, [2, 3, 4]],
        ['(1)', [5, 6]],
      ]);
      expect(result.tasks[1]!.text).toBe('X年9月10日前,开展公共服务事项1个工作日专项行动。');
      expect(unplacedLines(lines, result)).toEqual([]);
    });

    it('read(list-end.txt) → (9) only; "二、工作要求" and after are outside the region', () => {
      const result = numberedMeasuresReader.read(fixture('list-end.txt'));
      expect(result.tasks.map((t) => t.no)).toEqual(['(9)']);
      expect(result.taskRegion).toEqual({ start: 1, end: 2 });
      expect(result.furnitureLines).toEqual([]);
    });
  });

  describe('odd shapes', () => {
    it('read(a measure with no parenthetical before the next) → kept with malformed-row, neighbours intact', () => {
      const result = numberedMeasuresReader.read([
        '一、任务分工',
        '(1)X年8月31日前,做甲。',
        '(牵头单位:市编办,责任单位:市财政局)',
        '(2)X年9月1日前,做乙。',
        '(3)X年9月2日前,做丙。',
        '(牵头单位:市政务服务中心,责任单位:市有关单位)',
      ]);
      expect(result.tasks.map((t) => [t.no, t.text, t.unitsRaw, t.lines, t.issues.map((i) => i.code)])).toEqual([
        ['(1)', 'X年8月31日前,做甲。', '牵头单位:市编办,责任单位:市财政局', [2, 3], []],
        ['(2)', 'X年9月1日前,做乙。', '', [4], ['malformed-row']],
        ['(3)', 'X年9月2日前,做丙。', '牵头单位:市政务服务中心,责任单位:市有关单位', [5, 6], []],
      ]);
      expect(result.tasks[1]!.deadlineRaw).toBe('X年9月1日前');
    });

    it('read(a measure cut off before its parenthetical) → kept with truncated-row', () => {
      const result = numberedMeasuresReader.read(fixture('shared-line.txt').slice(0, 2).concat('(5)X年9月30日前,利用电子证照'));
      expect(result.tasks.at(-1)).toMatchObject({
        no: '(5)',
        text: 'X年9月30日前,利用电子证照',
        unitCells: [],
        issues: [{ code: 'truncated-row', line: 3 }],
      });
    });

    it('read(a units parenthetical with no text before it) → no task, a malformed-row issue on its line', () => {
      const result = numberedMeasuresReader.read(['一、任务分工', '(牵头单位:市编办,责任单位:市财政局)']);
      expect(result.tasks).toEqual([]);
      expect(result.issues).toMatchObject([{ code: 'malformed-row', line: 2 }]);
    });

    it('read(a section intro without units) → no task; its line is left unplaced for the warning', () => {
      const lines = [
        '一、任务分工',
        '(一)“进一网”。',
        '各级政务服务事项全部纳入。',
        '主要措施:',
        '(1)X年8月31日前,做甲。',
        '(牵头单位:市编办,责任单位:市财政局)',
        '(2)X年9月1日前,做乙。(牵头单位:市编办,责任单位:市财政局)',
      ];
      const result = numberedMeasuresReader.read(lines);
      expect(result.tasks.map((t) => t.no)).toEqual(['(1)', '(2)']);
      expect(unplacedLines(lines, result)).toEqual([3]);
    });
  });
});
