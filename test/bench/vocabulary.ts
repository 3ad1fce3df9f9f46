/**
 * Word pools the synthetic generator draws from, modelled on the seeds (seeds/000…–004…):
 * section labels, task phrases, department names, collective names and deadline wordings.
 */

/** Syllables for invented place names (two are joined: 港口, 海丰 …). */
export const PLACE_SYLLABLES = [
  '港', '口', '海', '丰', '东', '莞', '湛', '江', '汕', '尾', '中', '山', '佛', '顺', '德', '南', '沙', '清', '远',
  '梅', '州', '河', '源', '韶', '关', '云', '浮', '阳', '茂', '名', '肇', '庆', '惠', '珠', '潮', '揭', '西', '北',
  '平', '安', '新', '兴', '龙', '华', '宝', '福', '田', '罗', '湖', '坪', '增', '城', '从', '化', '番', '禺', '白',
] as const;

/** Level-1 section labels ("一、…" with the numbering removed). */
export const SECTIONS = [
  '政务服务信息化支撑能力攻坚', '加强政务服务体系建设标准化', '纵深推进基层服务效能提升', '推进政务服务便利化',
  '全面提升一体化政务服务平台服务能力', '深化“放管服”改革', '优化营商环境', '推进数据资源共享开放',
  '加强事中事后监管', '提升政务服务中心服务水平', '推动“一网统管”建设', '强化组织保障',
  '推进“跨域通办”', '完善“好差评”制度', '推行电子证照应用', '深化工程建设项目审批制度改革',
] as const;

/** Level-2 section labels ("(一)…"). */
export const SUBSECTIONS = [
  '规范政务服务事项管理', '优化办事流程', '推进事项网上办理', '加强窗口建设', '提升自助服务能力',
  '推动数据共享', '健全评价机制', '压缩审批时限', '精简证明材料', '拓展移动端服务', '强化平台支撑',
  '落实容缺受理制度', '推进“一件事”主题服务', '加强队伍建设', '完善考核督查',
] as const;

/** Verb phrases that open a task body. */
export const ACTIONS = [
  '拓展', '推动', '推进', '完善', '加强', '深化', '落实', '建立健全', '全面推行', '持续优化', '规范', '提升',
  '加快建设', '统筹推进', '组织开展', '探索实施',
] as const;

/** Objects of the opening phrase. */
export const OBJECTS = [
  '电子政务外网覆盖面', '部门专网迁移', '政务数据汇聚共享应用', '统一身份认证体系', '电子证照签发及应用',
  '“免填写”覆盖面', '“粤省事”“粤商通”“粤政易”推广应用', '政务服务事项基本目录标准化', '政务服务窗口业务办理',
  '“跨域通办”业务范围', '容缺受理、告知承诺制和限时办结制', '党群服务中心政务服务窗口建设', '村级服务统筹力执行力',
  '综合性政务服务大厅制度', '高频事项专栏', '事中事后监管信息与政务服务深度融合', '自助终端布设', '“好差评”闭环管理',
  '工程建设项目审批系统对接', '政务服务“一网通办”', '办事指南标准化', '证明事项清理', '帮办代办服务',
] as const;

/** Sentences that follow the opening phrase; joined two or three at a time for realistic length. */
export const DETAILS = [
  '按照省、市统一部署，夯实“一网通办”“一网统管”网络基础',
  '市各有关单位、各镇街结合本单位权责清单和政务信息系统建设情况，完成数据资源目录编制和数据挂接工作',
  '实现政府工作人员“一个账号、政务通办”',
  '依托省“跨域通办”事项管理中枢和业务支撑系统，实现高频事项更加易办、好办',
  '规范事项从新增到撤销的全生命周期管理，持续开展事项动态化管理',
  '建立事项日常巡检机制，及时纠正办事指南要素缺失、错误等问题',
  '严格落实“三集中、三到位”管理要求，落实部门业务综合授权的“首席事务代表”制度',
  '实现企业和群众办事“一证通用、一次登录、全网通办”',
  '配齐基层大厅自助终端，全面推进网上政务服务平台在基层应用',
  '整合市场监管相关数据资源，加强对市场环境的大数据监测分析和预测预警',
  '开展基层平台使用、网上办事、实施清单编制等业务培训',
  '确定进驻单位和事项，完成窗口人员选派和培训',
  '推动线上线下深度融合，提升企业和群众办事体验',
  '加强督促检查，定期通报工作进展情况',
  '除法律法规另有规定外，一律不得要求申请人重复提交材料',
] as const;

/** Department stems; a level prefix (市/县/区) is put in front, so names repeat across regions as in the seeds. */
export const DEPARTMENTS = [
  '政务服务数据管理局', '公安局', '财政局', '教育局', '民政局', '人力资源社会保障局', '自然资源局', '生态环境局',
  '住房城乡建设局', '交通运输局', '水务局', '农业农村局', '商务局', '文化广电旅游体育局', '卫生健康局',
  '退役军人事务局', '应急管理局', '审计局', '市场监督管理局', '统计局', '医疗保障局', '城市管理和综合执法局',
  '林业局', '司法局', '发展和改革局', '工业和信息化局', '科学技术局', '金融工作局', '信访局', '档案局',
  '政府办公室', '编办', '法制办', '税务局', '公积金管理中心', '供电局', '气象局', '邮政管理局', '烟草专卖局',
  '政务服务中心', '营商环境改革办公室', '大数据中心', '“四最”办', '“互联网+政务服务”领导小组办公室',
] as const;

/** Suffixes for local units named after towns and streets. */
export const LOCAL_SUFFIXES = ['镇人民政府', '街道办事处', '镇党群服务中心', '园区管委会', '社区居委会', '村委会'] as const;

/** Collective names (各有关单位 …); those marked defined get a unitGroups entry listing members. */
export const COLLECTIVES = [
  { name: '各有关单位', defined: true },
  { name: '市直有关单位', defined: true },
  { name: '各县(市、区)人民政府', defined: false },
  { name: '各镇街（园区）', defined: true },
  { name: '各社区（村）', defined: false },
  { name: '各级政务服务部门', defined: false },
  { name: '市管各园区管委会', defined: false },
] as const;

/** Units of indicator values and a typical range for each. */
export const INDICATOR_UNITS = [
  { unit: '%', min: 50, max: 100 },
  { unit: '个', min: 1, max: 500 },
  { unit: '项', min: 5, max: 2000 },
  { unit: '个工作日', min: 1, max: 30 },
  { unit: '万人', min: 1, max: 120 },
  { unit: '台', min: 10, max: 800 },
] as const;

export const METRIC_SUFFIXES = ['率', '覆盖率', '数量', '占比', '办结率', '接入数'] as const;

export const COMPARATORS = ['≥', '>', '=', '≤', '<'] as const;
