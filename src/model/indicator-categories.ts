/**
 * The one fixed list of indicator categories. A category groups targets that measure the
 * same thing in different cities, so 全程网办率 85% in one city and 网上可办率 100% in
 * another sit side by side. `zh` is what the data's `indicators[].category` holds.
 *
 * Order matters: categoriseMetric takes the first category with a keyword in the metric
 * (then in the sentence), so narrow categories come before broad ones — 电子印章 before
 * 电子证照 ("加盖电子印章的证照占比"), 服务评价 before 窗口 ("窗口电子评价器"),
 * 系统与平台接入 before 事项与指南 ("国垂省垂事项与一体化平台对接").
 */
export interface IndicatorCategory {
  id: string;
  zh: string;
  en: string;
  description: string;
  keywords: readonly string[];
}

export const OTHER_CATEGORY: IndicatorCategory = {
  id: 'other',
  zh: '其他',
  en: 'Other',
  description: 'Targets that fit none of the categories above.',
  keywords: [],
};

export const INDICATOR_CATEGORIES: readonly IndicatorCategory[] = [
  {
    id: 'network',
    zh: '网络覆盖',
    en: 'Network coverage',
    description: 'Reach of the government extranet and private networks to offices and terminals.',
    keywords: ['电子政务外网', '政务外网', '外网', '专网', '网络覆盖'],
  },
  {
    id: 'e-seal',
    zh: '电子印章与签名',
    en: 'E-seals and e-signatures',
    description: 'Issuing and using electronic seals and signatures.',
    keywords: ['电子印章', '电子签名', '电子签章', '签章', '印章'],
  },
  {
    id: 'e-licence',
    zh: '电子证照',
    en: 'E-licences',
    description: 'Issuing electronic licences and certificates and using them instead of paper.',
    keywords: ['电子证照', '证照', '用证', '亮证'],
  },
  {
    id: 'evaluation',
    zh: '服务评价',
    en: 'Service evaluation',
    description: '“好差评” ratings: coverage, data quality, complaint rectification.',
    keywords: ['好差评', '差评', '好评', '评价', '整改', '满意度'],
  },
  {
    id: 'efficiency',
    zh: '审批效率',
    en: 'Approval speed',
    description: 'Instant approval, time limits, fewer trips, parallel and automatic approval.',
    keywords: ['秒批', '即办', '时限', '跑动', '跑腿', '工作日', '并联审批', '办结', '提速', '压缩', '承诺'],
  },
  {
    id: 'one-stop',
    zh: '通办与一件事',
    en: 'Cross-area services and one-thing packages',
    description: 'Items handled anywhere (通办) and bundled “一件事” services.',
    keywords: ['通办', '一件事', '跨域', '一照通行', '套餐', '联办'],
  },
  {
    id: 'self-service',
    zh: '自助终端',
    en: 'Self-service terminals',
    description: 'Self-service machines deployed and the items they handle.',
    keywords: ['自助终端', '自助机', '粤智助', '一体机'],
  },
  {
    id: 'materials',
    zh: '材料精简',
    en: 'Fewer documents',
    description: 'Fewer supporting documents, certificates and forms to fill in.',
    keywords: ['证明材料', '材料', '证明', '免填写', '免提交', '减证'],
  },
  {
    id: 'online',
    zh: '网上办理',
    en: 'Online services',
    description: 'Share of items that can be or are fully handled online or on mobile.',
    keywords: ['全程网办', '网上可办', '网办', '网上办', '一网通办', '移动端', '掌上', '指尖', '高频服务', '在线'],
  },
  {
    id: 'data-sharing',
    zh: '数据共享',
    en: 'Data sharing',
    description: 'Data catalogued, linked, collected and shared between departments.',
    keywords: ['挂接', '共享', '数据汇聚', '归集', '数据资源', '数据'],
  },
  {
    id: 'supervision',
    zh: '监管',
    en: 'Supervision',
    description: 'Supervision items claimed, inspection lists, enforcement and credit data.',
    keywords: ['监管', '认领', '执法', '检查', '信用'],
  },
  {
    id: 'halls',
    zh: '窗口与大厅',
    en: 'Windows and service halls',
    description: 'Service halls and centres: comprehensive windows, items moved in, on-site help.',
    keywords: ['综窗', '窗口', '大厅', '政务服务中心', '党群服务中心', '便民服务', '进驻', '一窗', '帮办', '代办'],
  },
  {
    id: 'platform',
    zh: '系统与平台接入',
    en: 'Systems and platform integration',
    description: 'Business systems connected to the integrated platform, unified login.',
    keywords: ['一体化政务服务平台', '接入', '对接', '平台', '系统', '统一身份认证', '单点登录'],
  },
  {
    id: 'items',
    zh: '事项与指南',
    en: 'Service items and guides',
    description: 'Service item lists, guides, standard forms and their completeness.',
    keywords: ['办事指南', '指南', '事项清单', '目录', '表单', '事项'],
  },
  {
    id: 'users',
    zh: '用户与推广',
    en: 'Users and uptake',
    description: 'Registered and active users, application scenarios promoted.',
    keywords: ['注册用户', '用户', '活跃', '市民卡', '推广', '宣传'],
  },
  OTHER_CATEGORY,
];

/**
 * Returns the zh label of the category a target belongs to: the first category with a
 * keyword in the metric, else in its sentence (context), else 其他.
 */
export function categoriseMetric(metric: string, context: string): string {
  return (firstMatch(String(metric)) ?? firstMatch(String(context)) ?? OTHER_CATEGORY).zh;
}

function firstMatch(text: string): IndicatorCategory | undefined {
  if (text === '') return undefined;
  return INDICATOR_CATEGORIES.find((c) => c.keywords.some((k) => text.includes(k)));
}
