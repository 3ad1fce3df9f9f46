import type { TrustLang } from './trust-messages.ts';

// Apart from trust-messages.ts because the filter bar's chips need these words on the first view,
// and the rest of the trust strings (alias report, legends, 其他 list) load with their views.
/** The words src/analysis/describe-filters.ts builds chart and panel titles from ("期限已过的任务 · 汕尾市"). */
export function filterWords(lang: TrustLang) {
  return lang === 'en'
    ? {
      status: { passed: 'deadline passed', due90: 'due within 90 days', later: 'due later', ongoing: 'ongoing', yearUnknown: 'year unknown' },
      role: { lead: 'lead', responsible: 'responsible', support: 'support' },
      statusPhrase: 'Tasks: {list}', duePhrase: 'due {from}–{to}', searchPhrase: 'containing "{q}"', more: '+{n}', separator: ', ',
    }
    : {
      status: { passed: '期限已过', due90: '90 天内到期', later: '90 天后到期', ongoing: '长期推进', yearUnknown: '年份不详' },
      role: { lead: '牵头', responsible: '责任', support: '配合' },
      statusPhrase: '{list}的任务', duePhrase: '完成时限 {from}—{to}', searchPhrase: '含“{q}”', more: '等 {n} 项', separator: '、',
    };
}
