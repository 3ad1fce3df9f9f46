import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LayoutResult, RawTask } from '../../../src/ingest/raw-task.ts';
import { unplacedLines } from '../../../src/ingest/line-accounting.ts';
import { fixtureLines, seedLines } from './read-lines.ts';
import { tabTableReader } from '../../../src/ingest/layouts/tab-table.ts';
import { joinCell, splitTabBlocks } from '../../../src/ingest/layouts/tab-table-cells.ts';
import { tryParseColumnKind, tryParseTabHeader } from '../../../src/ingest/layouts/tab-table-columns.ts';
import { parseUnitGroupNotes, splitUnitList } from '../../../src/ingest/layouts/tab-table-notes.ts';
import { tryParseLeadTitle } from '../../../src/ingest/layouts/lead-title.ts';
import { formatSectionLabel } from '../../../src/ingest/layouts/section-label.ts';

const GANGKOU = '000_55f74f2804de3fe7.txt';
const DONGGUAN = '002_4437daf12a8205b3.txt';

const seed = seedLines;
const fixture = (file: string): string[] => fixtureLines('tab-table', file);

function byLine(result: LayoutResult, line: number): RawTask | undefined {
  return result.tasks.find((t) => t.line === line);
}


describe('ingest/layouts/tab-table', () => {
  describe('tabTableReader.detect', () => {
    it.each([
      ['000_55f74f2804de3fe7.txt', true],
      ['001_6855ae7b1edff54f.txt', false],
      ['002_4437daf12a8205b3.txt', true],
      ['003_3fb2c4f966d65ce6.txt', false],
      ['004_bb7ab30aede82b07.txt', false],
    ])('detect(seeds/%s) is high: %s', (file, mine) => {
      const score = tabTableReader.detect(seed(file));
      if (mine) expect(score).toBeGreaterThanOrEqual(0.9);
      else expect(score).toBeLessThan(0.5);
    });

    it('detect(tab lines without a task header) → 0', () => {
      expect(tabTableReader.detect(['\t姓名', '\t年龄', '\t住址', '', '\t张三', '\t30', '\t北京'])).toBe(0);
    });
  });

  describe('read(seeds/000 港口镇)', () => {
    const lines = seed(GANGKOU);
    const result = tabTableReader.read(lines);

    it('reads 31 tasks numbered "1" … "31" in order', () => {
      expect(result.layout).toBe('tab-table');
      expect(result.tasks).toHaveLength(31);
      expect(result.tasks.map((t) => t.no)).toEqual(Array.from({ length: 31 }, (_, i) => String(i + 1)));
    });

    it('task 1 → whole raw task, title from its lead sentence', () => {
      expect(result.tasks[0]).toEqual({
        no: '1',
        path: ['政务服务信息化支撑能力攻坚'],
        title: '拓展电子政务外网覆盖面',
        text: '拓展电子政务外网覆盖面。电子政务服务外网延伸到各镇街、社区（村居）政府办公场所公共服务领域，实现各镇街、社区（村居）的党群服务中心（政务服务中心）电脑终端电子政务外网100%全覆盖。',
        unitCells: [{ text: '公共服务办、各社区（村）各有关单位', role: null }],
        unitsRaw: '公共服务办、各社区（村）各有关单位',
        deadlineRaw: '2021年6月底前',
        line: 11,
        lines: [11, 12, 13, 14, 15],
        issues: [],
      });
    });

    it('task 2 → section filled down, deadline "2022年12月" + page break + "底前" joined', () => {
      expect(result.tasks[1]).toEqual({
        no: '2',
        path: ['政务服务信息化支撑能力攻坚'],
        title: '推动专网融合',
        text: '推动专网融合。按照省、市统一部署，推动部门专网迁移到电子政务外网，夯实“一网通办”“一网统管”网络基础。',
        unitCells: [{ text: '公共服务办、各有关单位', role: null }],
        unitsRaw: '公共服务办、各有关单位',
        deadlineRaw: '2022年12月底前',
        line: 17,
        lines: [17, 18, 19, 20, 21, 23],
        issues: [],
      });
    });

    it('task 5 → no title (its first sentence holds commas), marker words left in the unit cell', () => {
      const task = result.tasks[4];
      expect(task).toMatchObject({
        no: '5',
        path: ['政务服务信息化支撑能力攻坚'],
        title: null,
        unitCells: [{ text: '公共服务办牵头，各社区（村）各有关单位配合', role: null }],
        deadlineRaw: '2022年12月底前',
        line: 45,
      });
      expect(task?.text.startsWith('统一政务服务移动门户，推进政务服务“指尖办”')).toBe(true);
      expect(task?.text.endsWith('2022年年底前上线400个高频服务及应用。')).toBe(true);
    });

    it('task 9 → second paragraph (a line without a tab) kept after "\\n"', () => {
      expect(result.tasks[8]).toEqual({
        no: '9',
        path: ['政务服务效能提升攻坚'],
        title: '拓展电子印章应用场景',
        text:
          '拓展电子印章应用场景。2021年12月底前，市级自建业务系统出具的受理回执100%使用电子印章。\n' +
          '使用自建业务系统的市各有关单位梳理电子印章应用场景，确定应用场景清单底数，2021年底前完成50%应用场景，2022年年底前完成100%应用场景。',
        unitCells: [{ text: '各有关单位', role: null }],
        unitsRaw: '各有关单位',
        deadlineRaw: '2022年12月底前',
        line: 69,
        lines: [69, 70, 71, 72, 73, 74],
        issues: [],
      });
    });

    it('task 27 → a one-sentence lead paragraph as title, three paragraphs of text', () => {
      expect(result.tasks[26]).toEqual({
        no: '27',
        path: ['服务企业能力攻坚'],
        title: '强化政企服务',
        text:
          '强化政企服务。\n' +
          '依托“粤商通”搭建政企通（企业侧）板块，为企业提供诉求办理、政策推送、政务办事、资讯浏览、金融服务等“一站式”服务。\n' +
          '依托“粤政易”搭建政企通（政府侧）板块，为党员干部提供挂点企业诉求督办、调研日志记录、互动交流等政企沟通服务。',
        unitCells: [{ text: '经济发展和科技统计局、公共服务办牵头，各有关单位配合', role: null }],
        unitsRaw: '经济发展和科技统计局、公共服务办牵头，各有关单位配合',
        deadlineRaw: '2022年12月底前',
        line: 215,
        lines: [215, 216, 217, 218, 219, 220, 221],
        issues: [],
      });
    });

    it('task 28 → number "28 " trimmed, indented unit cell trimmed', () => {
      expect(result.tasks[27]).toMatchObject({
        no: '28',
        title: '推进政府采购项目全流程电子化',
        unitCells: [{ text: '财政分局牵头，各有关单位配合', role: null }],
        deadlineRaw: '2021年12月底前',
        line: 223,
      });
    });

    it('task 31 → last row, "长期推进", path of the last section', () => {
      expect(result.tasks[30]).toEqual({
        no: '31',
        path: ['数字化监管能力提升攻坚'],
        title: '推进大数据监管、风险分类监管',
        text: '推进大数据监管、风险分类监管。加大政府部门涉企信息统一归集公示工作力度，加强经营异常名录和严重违法失信企业名单的管理，加强信息公示、信息共享、协同监管和联合惩戒，建立以企业信用监管为核心的市场监管机制。',
        unitCells: [{ text: '市场监管分局牵头，各有关单位配合', role: null }],
        unitsRaw: '市场监管分局牵头，各有关单位配合',
        deadlineRaw: '长期推进',
        line: 247,
        lines: [247, 248, 249, 250, 251],
        issues: [],
      });
    });

    it('sections → five 攻坚 areas in order, filled down over blank cells', () => {
      const sections = [...new Set(result.tasks.map((t) => t.path.join('/')))];
      expect(sections).toEqual([
        '政务服务信息化支撑能力攻坚',
        '政务服务覆盖面攻坚',
        '政务服务效能提升攻坚',
        '政务服务标准化攻坚',
        '服务企业能力攻坚',
        '数字化监管能力提升攻坚',
      ]);
      expect(result.tasks.map((t) => t.path.length)).toEqual(new Array(31).fill(1));
    });

    it('titles → 30 lead sentences, only task 5 has none', () => {
      expect(result.tasks.filter((t) => t.title === null).map((t) => t.no)).toEqual(['5']);
      expect(result.tasks.map((t) => t.title).slice(14, 16)).toEqual([
        '加强“粤省事”、“粤商通”、“粤政易”推广应用',
        '推进高频事项“秒批”服务',
      ]);
    });

    it('note 一 → unitGroups { 各有关单位: 7 units as printed }', () => {
      expect(result.unitGroups).toEqual({
        各有关单位: [
          '公安分局',
          '税务分局',
          '城管住建和农业农村局',
          '人力资源和社会保障分局',
          '自然资源第一分局',
          '卫生健康分局',
          '市场监管分局',
        ],
      });
    });

    it('region 5–257 → the 8 header rows and the 备注 block are furniture, no line unplaced', () => {
      expect(result.taskRegion).toEqual({ start: 5, end: 257 });
      expect(result.furnitureLines).toEqual([
        5, 6, 7, 8, 9, 39, 40, 41, 42, 43, 76, 77, 78, 79, 80, 107, 108, 109, 110, 111, 139, 140, 141, 142, 143,
        170, 171, 172, 173, 174, 196, 197, 198, 199, 200, 229, 230, 231, 232, 233, 253, 254, 255, 256, 257,
      ]);
      expect(unplacedLines(lines, result)).toEqual([]);
      expect(result.issues).toEqual([]);
      expect(result.tasks.flatMap((t) => t.issues)).toEqual([]);
    });
  });

  describe('read(seeds/002 东莞市)', () => {
    const lines = seed(DONGGUAN);
    const result = tabTableReader.read(lines);

    it('reads 43 tasks, none numbered', () => {
      expect(result.tasks).toHaveLength(43);
      expect(result.tasks.every((t) => t.no === null)).toBe(true);
    });

    it('first row → whole raw task, two path levels, title from 二级任务名称', () => {
      expect(result.tasks[0]).toEqual({
        no: null,
        path: ['加强政务服务体系建设标准化', '健全落实系列标准制度'],
        title: '加快出台系列规范性文件',
        text: '出台《一体化政务服务平台运行管理办法》《东莞市政务服务电子印章使用规范》《东莞市公共数据管理办法》。',
        unitCells: [{ text: '市政务服务数据管理局负责', role: null }],
        unitsRaw: '市政务服务数据管理局负责',
        deadlineRaw: '2022年6月',
        line: 11,
        lines: [11, 12, 13, 14, 15, 16],
        issues: [],
      });
    });

    it('row of line 116 → both path levels filled down, 负责 and 配合 units in one cell', () => {
      expect(byLine(result, 116)).toEqual({
        no: null,
        path: ['纵深推进基层服务效能提升', '提升村级服务统筹力执行力'],
        title: '拓展、规范村级事项',
        text: '加快梳理辖区内村级高频事项清单，协助市政务服务数据管理局形成50个镇级窗口前移事项清单。积极推动通用事项在村级上线应用，并根据自身实际持续拓展个性化事项。开展村级证明事项梳理和优化，将村级证明类事项作为公共服务事项纳入省事项管理系统统一管理，充分运用数字政府改革建设成果，最大限度优化证明流程、缩短办理时间。',
        unitCells: [{ text: '市政务服务数据管理局，各镇街（园区）负责；市民政局、市人力资源社会保障局等有关部门配合', role: null }],
        unitsRaw: '市政务服务数据管理局，各镇街（园区）负责；市民政局、市人力资源社会保障局等有关部门配合',
        deadlineRaw: '2022年12月',
        line: 116,
        lines: [116, 117, 118, 119, 120, 121],
        issues: [],
      });
    });

    it('row of line 200 → section cells reprinted at a page top read as the same path', () => {
      expect(byLine(result, 200)).toMatchObject({
        path: ['打造线上线下一体服务', '加强12345热线与线上线下办事协同联动'],
        title: '开展远程帮办服务',
        unitCells: [{ text: '市政务服务数据管理局，各镇街（园区）负责', role: null }],
        deadlineRaw: '2022年12月',
      });
    });

    it('row split by a page break (284 + 287–291) → one task, no issue', () => {
      expect(byLine(result, 284)).toEqual({
        no: null,
        path: ['提升数字化支撑能力', '提高共享数据质量'],
        title: '提高共享数据质量',
        text: '持续进行数据治理，推进各部门、镇街（园区）开展数据源头治理，建设行业专题库，实现“一数一源”，全面提升数据价值密度和可用性；持续完善基础库建设，探索升级转换标准地址为统一地址，并以统一地址为核心将涉及人、事、物、组织等各类“条”数据封装成“块”，利用“块数据”赋能各类场景应用。加强市镇（园区）两级、市级部门间的数据共享能力，满足市级部门、镇街（园区）对不动产登记、社会保障、户籍管理、市场主体准入准营等重点领域普遍性数据需求。',
        unitCells: [{ text: '市政务服务数据管理局负责，市各有关部门，各镇街（园区）配合', role: null }],
        unitsRaw: '市政务服务数据管理局负责，市各有关部门，各镇街（园区）配合',
        deadlineRaw: '2022年12月',
        line: 284,
        lines: [284, 287, 288, 289, 290, 291],
        issues: [],
      });
    });

    it('last row cut off after its title → kept, flagged truncated-row at 307', () => {
      expect(result.tasks[42]).toEqual({
        no: null,
        path: ['加强政务人员队伍建设', '开展全员能力提升工程'],
        title: '加强对审批人员、镇街管理人员培训',
        text: '',
        unitCells: [],
        unitsRaw: '',
        deadlineRaw: '',
        line: 307,
        lines: [307, 308, 309],
        issues: [expect.objectContaining({ code: 'truncated-row', line: 307 })],
      });
    });

    it('sections → 5 first-level and 16 second-level labels, numbering removed', () => {
      const first = [...new Set(result.tasks.map((t) => t.path[0]))];
      const second = [...new Set(result.tasks.map((t) => t.path[1]))];
      expect(first).toEqual([
        '加强政务服务体系建设标准化',
        '纵深推进基层服务效能提升',
        '打造线上线下一体服务',
        '提升数字化支撑能力',
        '加强政务人员队伍建设',
      ]);
      expect(second).toHaveLength(16);
      expect(second[5]).toBe('提高“莞家政务”自助终端普及度易用度');
      expect(result.tasks.map((t) => t.path.length)).toEqual(new Array(43).fill(2));
    });

    it('tasks per first-level section → 11, 13, 10, 6, 3', () => {
      const counts = new Map<string, number>();
      for (const t of result.tasks) counts.set(t.path[0] ?? '', (counts.get(t.path[0] ?? '') ?? 0) + 1);
      expect([...counts.values()]).toEqual([11, 13, 10, 6, 3]);
    });

    it('deadlines → only "2022年N月" and "长期开展"; only the truncated row lacks one', () => {
      expect(new Set(result.tasks.map((t) => t.deadlineRaw))).toEqual(
        new Set(['2022年3月', '2022年6月', '2022年9月', '2022年12月', '长期开展', '']),
      );
      expect(result.tasks.filter((t) => t.deadlineRaw === '').map((t) => t.line)).toEqual([307]);
    });

    it('region 4–309 → header is furniture, no line unplaced, no unit groups', () => {
      expect(result.taskRegion).toEqual({ start: 4, end: 309 });
      expect(result.furnitureLines).toEqual([4, 5, 6, 7, 8, 9]);
      expect(unplacedLines(lines, result)).toEqual([]);
      expect(result.unitGroups).toEqual({});
      expect(result.tasks.flatMap((t) => t.issues.map((i) => i.code))).toEqual(['truncated-row']);
    });
  });

  describe('fixtures', () => {
    it('page-break-cell.txt → "2022年12月" / blank / "底前" read as "2022年12月底前" (twice)', () => {
      const result = tabTableReader.read(fixture('page-break-cell.txt'));
      expect(result.tasks.map((t) => [t.no, t.deadlineRaw, t.lines.at(-1)])).toEqual([
        ['1', '2021年6月底前', 11],
        ['2', '2022年12月底前', 19],
        ['3', '2021年6月底前，并长期推进', 25],
        ['4', '2021年12月底前', 33],
      ]);
      expect(result.tasks.map((t) => t.path)).toEqual(new Array(4).fill(['政务服务信息化支撑能力攻坚']));
    });

    it('header-repeat-paragraph.txt → repeated header is furniture, paragraphs joined by "\\n"', () => {
      const lines = fixture('header-repeat-paragraph.txt');
      const result = tabTableReader.read(lines);
      expect(result.tasks.map((t) => t.no)).toEqual(['8', '9', '10']);
      expect(result.furnitureLines).toEqual([1, 2, 3, 4, 5, 20, 21, 22, 23, 24]);
      expect(result.tasks[2]?.text).toBe(
        '推动电子证照签发及应用。市级自建业务系统签发的证照100%签发电子证照，政务服务事项业务办理100%使用电子证照。\n' +
          '电子证照系统延伸到25个镇街，各镇街的电子证照年用证量不低于10万次（翠亨除外）。（用证量10万次为一年的用证量，起算时间从电子政务外网延伸到镇街之日起算。）',
      );
      expect(unplacedLines(lines, result)).toEqual([]);
    });

    it('notes-unit-groups.txt → notes are furniture and define 各有关单位', () => {
      const result = tabTableReader.read(fixture('notes-unit-groups.txt'));
      expect(result.tasks.map((t) => t.no)).toEqual(['29', '30', '31']);
      expect(result.taskRegion).toEqual({ start: 1, end: 29 });
      expect(result.furnitureLines).toEqual([1, 2, 3, 4, 5, 25, 26, 27, 28, 29]);
      expect(Object.keys(result.unitGroups)).toEqual(['各有关单位']);
      expect(result.unitGroups['各有关单位']).toHaveLength(7);
      expect(result.tasks[2]?.deadlineRaw).toBe('长期推进');
    });

    it('split-row.txt → a section cell, two blank lines and five cells make one row', () => {
      const lines = fixture('split-row.txt');
      const result = tabTableReader.read(lines);
      expect(result.tasks.map((t) => [t.line, t.path, t.title, t.issues.length])).toEqual([
        [8, ['提升数字化支撑能力', '深化电子证照、电子签章、电子档案等应用'], '深化电子签名和电子印章应用', 0],
        [15, ['提升数字化支撑能力', '深化电子证照、电子签章、电子档案等应用'], '深化电子档案应用', 0],
        [22, ['提升数字化支撑能力', '提高共享数据质量'], '提高共享数据质量', 0],
      ]);
      expect(result.tasks[2]?.lines).toEqual([22, 25, 26, 27, 28, 29]);
      expect(unplacedLines(lines, result)).toEqual([]);
    });

    it('truncated-row.txt → last row kept with what it has, truncated-row', () => {
      const result = tabTableReader.read(fixture('truncated-row.txt'));
      expect(result.tasks).toHaveLength(3);
      expect(result.tasks[2]).toMatchObject({
        path: ['加强政务人员队伍建设', '开展全员能力提升工程'],
        title: '加强对审批人员、镇街管理人员培训',
        text: '',
        unitCells: [],
        deadlineRaw: '',
        line: 22,
        issues: [{ code: 'truncated-row', line: 22 }],
      });
    });

    it('malformed-row.txt → a row of only deadline and unit kept as malformed-row, neighbours intact', () => {
      const lines = fixture('malformed-row.txt');
      const result = tabTableReader.read(lines);
      expect(result.tasks.map((t) => [t.line, t.title, t.issues.map((i) => i.code)])).toEqual([
        [8, '拓展网办深度', []],
        [15, null, ['malformed-row']],
        [18, '加强线下网办辅导', []],
      ]);
      expect(result.tasks[1]).toMatchObject({
        path: ['打造线上线下一体服务', '推动线上网办和线下大厅深度融合'],
        text: '',
        unitCells: [{ text: '市政务服务数据管理局，各镇街（园区）负责', role: null }],
        deadlineRaw: '2022年12月',
        lines: [15, 16],
      });
      expect(result.tasks[2]?.deadlineRaw).toBe('2022年12月');
      expect(unplacedLines(lines, result)).toEqual([]);
    });
  });

  describe('another city: 牵头单位 and 责任单位 columns', () => {
    const lines = [
      '重点任务清单',
      '',
      '\t序号',
      '\t任务名称',
      '\t任务内容',
      '\t牵头单位',
      '\t责任单位',
      '\t时限',
      '',
      '\t1',
      '\t（一）推行一网通办',
      '\t推进X。',
      '\t市政务服务数据管理局',
      '\t各县（市、区）人民政府',
      '\t2023年底',
      '',
      '\t2',
      '\t',
      '\t推进Y。',
      '\t市发展改革局',
      '\t2023年6月',
      '',
      '- 2 -',
      '\t3',
      '\t',
      '\t推进Z。',
      '\t',
      '\t市直有关单位',
      '\t长期开展',
    ];
    const result = tabTableReader.read(lines);

    it('row 1 → lead and responsible unit cells, labelled unitsRaw, title from 任务名称', () => {
      expect(result.tasks[0]).toEqual({
        no: '1',
        path: [],
        title: '（一）推行一网通办',
        text: '推进X。',
        unitCells: [
          { text: '市政务服务数据管理局', role: 'lead' },
          { text: '各县（市、区）人民政府', role: 'responsible' },
        ],
        unitsRaw: '牵头单位：市政务服务数据管理局；责任单位：各县（市、区）人民政府',
        deadlineRaw: '2023年底',
        line: 10,
        lines: [10, 11, 12, 13, 14, 15],
        issues: [],
      });
    });

    it('row 2 with one unit cell → deadline placed by content, malformed-row + ambiguous-unit-column', () => {
      expect(result.tasks[1]).toMatchObject({
        no: '2',
        title: null,
        text: '推进Y。',
        unitCells: [{ text: '市发展改革局', role: 'lead' }],
        deadlineRaw: '2023年6月',
      });
      expect(result.tasks[1]?.issues.map((i) => i.code)).toEqual(['malformed-row', 'ambiguous-unit-column']);
    });

    it('row 3 → blank 牵头单位 cell filled down from the row above; page number is furniture', () => {
      expect(result.tasks[2]?.unitCells).toEqual([
        { text: '市发展改革局', role: 'lead' },
        { text: '市直有关单位', role: 'responsible' },
      ]);
      expect(result.furnitureLines).toContain(23);
      expect(unplacedLines(lines, result)).toEqual([]);
    });
  });
});

describe('ingest/layouts/tab-table-columns', () => {
  it.each([
    ['序号', 'no'],
    ['编号', 'no'],
    ['攻坚领域', 'section'],
    ['工作任务', 'text'],
    ['责任科室', 'units'],
    ['时限要求', 'deadline'],
    ['说明', 'note'],
    ['一级任务名称', 'section'],
    ['二级任务名称', 'title'],
    ['任务名称', 'title'],
    ['具体任务', 'text'],
    ['具体工作内容', 'text'],
    ['任务内容', 'text'],
    ['责任单位', 'units'],
    ['责任部门', 'units'],
    ['牵头单位', 'units'],
    ['配合单位', 'units'],
    ['完成时限', 'deadline'],
    ['完成 时限', 'deadline'],
    ['时限', 'deadline'],
    ['备注', 'note'],
    ['姓名', null],
  ])('tryParseColumnKind("%s") → %s', (header, kind) => {
    expect(tryParseColumnKind(header)).toBe(kind);
  });

  it.each([
    [['序号', '具体任务', '责任单位', '完成时限'], [null, null, null, null]],
    [['序号', '具体任务', '牵头单位', '责任单位', '完成时限'], [null, null, 'lead', 'responsible', null]],
    [['具体任务', '牵头单位', '配合单位'], [null, 'lead', 'support']],
  ])('tryParseTabHeader(%j) → roles %j', (cells, roles) => {
    expect(tryParseTabHeader(cells)?.map((c) => c.role)).toEqual(roles);
  });

  it('tryParseTabHeader: 工作任务 is the section when a specific text column follows it, the text when alone (the field dictionary\'s rule)', () => {
    expect(tryParseTabHeader(['序号', '工作任务', '具体任务', '责任单位', '完成时限'])?.map((c) => c.kind)).toEqual(['no', 'section', 'text', 'units', 'deadline']);
    expect(tryParseTabHeader(['序号', '工作任务', '责任单位', '完成时限'])?.map((c) => c.kind)).toEqual(['no', 'text', 'units', 'deadline']);
  });

  it('tryParseTabHeader(["序号", "姓名", "完成时限"]) → null (no text column)', () => {
    expect(tryParseTabHeader(['序号', '姓名', '完成时限'])).toBeNull();
  });

  it('tryParseTabHeader(["序号", "具体任务", "责任领导", "责任单位"]) → one unknown header, an "unmapped" column (its cells kept in the text)', () => {
    expect(tryParseTabHeader(['序号', '具体任务', '责任领导', '责任单位'])?.map((c) => c.kind)).toEqual([
      'no', 'text', 'unmapped', 'units',
    ]);
  });

  it('tryParseTabHeader(["序号", "具体任务", "姓名", "年龄", "责任单位"]) → null (two unknown headers)', () => {
    expect(tryParseTabHeader(['序号', '具体任务', '姓名', '年龄', '责任单位'])).toBeNull();
  });
});

describe('ingest/layouts/tab-table-cells', () => {
  it('splitTabBlocks → a continuation after a blank line joins the last cell; 备注 ends the table', () => {
    const scan = splitTabBlocks(['\ta', '\t2022年12月', '', '底前', '', '\tb', '', '\t备注：', '一、x', '', 'tail']);
    expect(scan.blocks.map((b) => b.cells.map((c) => c.pieces.map((p) => [p.text, p.line])))).toEqual([
      [[['a', 1]], [['2022年12月', 2], ['底前', 4]]],
      [[['b', 6]]],
    ]);
    expect(scan.noteLines).toEqual([8, 9]);
  });

  it.each([
    [['2022年12月', '底前'], 'flat', '2022年12月底前'],
    [['推进X。', '使用Y。'], 'paragraphs', '推进X。\n使用Y。'],
    [['推进电子', '证照应用。'], 'paragraphs', '推进电子证照应用。'],
    [['超50项。', '（使用…）'], 'paragraphs', '超50项。\n（使用…）'],
    [['  市政务服务数据管理局  '], 'flat', '市政务服务数据管理局'],
  ] as const)('joinCell(%j, %s) → %j', (texts, mode, expected) => {
    const cell = { pieces: texts.map((text, i) => ({ text: text.trim(), line: i + 1 })) };
    expect(joinCell(cell, mode)).toBe(expected);
  });
});

describe('ingest/layouts/tab-table-row', () => {
  it.each([
    ['一、加强政务服务体系建设标准化', '加强政务服务体系建设标准化'],
    ['1．健全落实系列标准制度', '健全落实系列标准制度'],
    ['10．塑造线上线下“莞家”品牌', '塑造线上线下“莞家”品牌'],
    ['(一)“进一网”。', '“进一网”'],
    ['（三）应用支撑', '应用支撑'],
    ['2、优化流程', '优化流程'],
    ['12345热线', '12345热线'],
    ['政务服务信息化支撑能力攻坚', '政务服务信息化支撑能力攻坚'],
  ])('formatSectionLabel("%s") → "%s"', (label, expected) => {
    expect(formatSectionLabel(label)).toBe(expected);
  });

  it.each([
    ['拓展电子政务外网覆盖面。电子政务服务外网延伸到各镇街。', '拓展电子政务外网覆盖面'],
    ['加强“粤省事”、“粤商通”、“粤政易”推广应用。实现全市注册用户超过5.4万。', '加强“粤省事”、“粤商通”、“粤政易”推广应用'],
    ['强化政企服务。\n依托“粤商通”搭建政企通。', '强化政企服务'],
    ['统一政务服务移动门户，推进政务服务“指尖办”。', null],
    ['2021年6月底前；完成。', null],
    ['这是一个非常非常长的首句它超过了三十个字符所以不能被当作任务的简短名称来使用。后文。', null],
    ['没有句号的任务', null],
  ])('tryParseLeadTitle(%j) → %j', (text, expected) => {
    expect(tryParseLeadTitle(text)).toBe(expected);
  });
});

describe('ingest/layouts/tab-table-notes', () => {
  it('parseUnitGroupNotes → only notes that define a collective unit name', () => {
    expect(
      parseUnitGroupNotes([
        '\t备注：',
        '一、各项任务中的各有关单位包括：公安分局、税务分局、自然资源第一分局。',
        '二、分工表中的“市级自建业务系统”指：应接尽接，非专网、B/S（浏览器/服务器）架构。',
        '四、第16项任务中的“秒批”指：通过数据共享实现自动审批。',
      ]),
    ).toEqual({ 各有关单位: ['公安分局', '税务分局', '自然资源第一分局'] });
  });

  it('splitUnitList("A、B（C、D），E；F") → never splits inside brackets', () => {
    expect(splitUnitList('A、B（C、D），E；F')).toEqual(['A', 'B（C、D）', 'E', 'F']);
  });
});
