import type { Comparator, Indicator } from '../model/schema.ts';
import { categoriseMetric } from '../model/indicator-categories.ts';
import { parseDeadline } from './deadline.ts';
import { squeezeSpace, toHalfWidth } from './text.ts';

/** Unit words a target value may carry, longest first so 个工作日 wins over 个. */
const UNITS = [
  '个工作日', '个百分点', '工作日', '百分点', '小时', '分钟', '人次', '镇街',
  '%', '‰', '个', '项', '台', '次', '张', '家', '人', '户', '件', '天', '套', '条', '份', '所', '处', '场', '元', '类', '名',
] as const;
const PERCENT_UNITS = new Set(['%', '‰', '个百分点', '百分点']);
const TIME_UNITS = new Set(['个工作日', '工作日', '天', '小时', '分钟']);

/** Comparator words before a value, longest first ("不低于" before "低于"). */
const COMPARATOR_WORDS: readonly (readonly [string, Comparator])[] = [
  ['不低于', '≥'], ['不少于', '≥'], ['不小于', '≥'], ['至少', '≥'],
  ['不超过', '≤'], ['不高于', '≤'], ['不多于', '≤'], ['不大于', '≤'],
  ['超过', '>'], ['高于', '>'], ['多于', '>'], ['大于', '>'], ['超', '>'],
  ['低于', '<'], ['少于', '<'], ['小于', '<'],
];

/** Words between a metric and its value, stripped from the end of the metric. */
const LINKING_WORDS = [
  '需要达到', '需达到', '要达到', '应达到', '达到', '需达', '达', '不低于', '不少于', '不小于', '至少', '不超过',
  '不高于', '不多于', '不大于', '超过', '高于', '多于', '大于', '超', '低于', '少于', '小于', '保持', '均为',
  '均', '为', '在', '于', '力争', '确保', '累计', '共', '各', '需', '要', '应', '将', '已',
];
/** Verbs before a counted object ("上线200个…服务"): the metric is then the object after the value. */
const ACTION_VERBS = [
  '上线', '完成', '形成', '布设', '签发', '制发', '新增', '选取', '丰富', '推出', '建成', '建设', '设置', '设立',
  '梳理', '覆盖到', '延伸到', '开展', '实现', '推动', '增加', '培育', '打造', '发放', '接入', '开通',
];
/** Verbs right after a percentage ("100%使用电子印章"): the metric is "<object><verb>率". */
const RATE_VERBS = [
  '全覆盖', '覆盖', '使用', '接入', '应用', '对接', '签发', '设立', '开通', '录入', '上线', '办理', '归集', '共享',
];
const LEADING_WORDS = [
  '进一步', '并将', '实现', '推动', '推进', '确保', '力争', '提高', '提升', '全市', '全省', '全面', '将', '使', '每个',
  '所有', '同时', '其中', '开展', '有',
];
const SUBJECT_ENDS = ['部门', '单位', '镇街', '大厅', '中心', '各级', '全市', '市级', '市本级'];
const METRIC_SUFFIX = /(率|度|量|数|比例|占比|比重|性|时限|时间|用户|减少|压减|压缩|降低|缩减)$/;
const SCOPE_ONLY = /^(?:[市县区镇街村乡级本、和]|县区|区县|镇街)+$/;

const SENTENCE_END = '。！？!?';
const CLAUSE_END = '，,；;。！？!?:';
const RULE_END = '，,；;。！？!?';
const OPEN = '（(【[';
const CLOSE = '）)】]';

const DATE_IN_TEXT =
  /(?:\d{4}|X)年(?:年底|年末|底|末|[上下]半年|第?[一二三四1-4]季度|\d{1,2}月(?:\d{1,2}[日号])?(?:底|末)?)?前?/g;
const DATE_FOLLOWERS = ['实现', '完成', '全面', '基本', '上线', '推动', '力争', '建成', '前'];

interface Candidate {
  start: number;
  end: number;
  value: number;
  unit: string;
  comparator: Comparator | null;
  suffix: string;
}

/**
 * Finds the quantitative targets in a task's text (a number with a unit: 100%, 200个, 5.4万)
 * and names, compares, dates and categorises each; dates, numbering, document and hotline
 * numbers and ratios are skipped. Never throws; returns [] when there is none.
 */
export function parseIndicators(text: string): Indicator[] {
  const s = squeezeSpace(toHalfWidth(String(text ?? '')));
  const found: Indicator[] = [];
  const sentenceOf: number[] = [];
  let prevEnd = 0;
  for (const c of findCandidates(s)) {
    const sentenceStart = lastIndexOfAny(s, SENTENCE_END, c.start) + 1;
    const sentence = s.slice(sentenceStart, indexOfAny(s, SENTENCE_END, c.end));
    const clauseStart = Math.max(boundaryBefore(s, c.start), prevEnd, sentenceStart);
    const pre = s.slice(clauseStart, c.start);
    const post = s.slice(c.end, boundaryAfter(s, c.end));
    prevEnd = c.end;

    const previous = found.length > 0 && sentenceOf[sentenceOf.length - 1] === sentenceStart ? found[found.length - 1] : undefined;
    const comparator = comparatorOf(pre) ?? c.comparator ?? '=';
    let metric = metricOf(pre, post, c.unit);
    if (metric === '' || SCOPE_ONLY.test(metric)) {
      const scope = metric.includes('、') ? '' : metric;
      const before = previousClauseMetric(s, sentenceStart, clauseStart);
      metric = previous ? scope + previous.metric : (before ?? metric);
    }
    if (metric === '') metric = clean(pre + post) || '目标值';

    // A bracketed aside restating a target ("（用证量10万次为一年的用证量…）", seeds/000…, line 85)
    if (insideBrackets(s, c.start) && found.some((f) => f.value === c.value && f.unit === c.unit && (f.metric.includes(metric) || metric.includes(f.metric)))) {
      continue;
    }
    found.push({
      metric,
      category: categoriseMetric(metric, sentence),
      comparator,
      value: c.value,
      unit: c.unit,
      due: dueOf(s, sentenceStart, c.start),
    });
    sentenceOf.push(sentenceStart);
  }
  return found;
}

function findCandidates(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.matchAll(/\d+(?:\.\d+)?/g)) {
    const start = m.index;
    let pos = start + m[0].length;
    const before = s[start - 1] ?? '';
    const next = s[pos] ?? '';
    // 第3批, 〔2023〕66号, 7×24小时, "1+6+5", 10:1, dates and 12345 carry no target
    if ('第〔[【×*+:'.includes(before) && before !== '') continue;
    if ('年月日号时〕]×*+:.'.includes(next) && next !== '') continue;
    let multiplier = 1;
    if (next === '万' || next === '亿') {
      multiplier = next === '万' ? 10_000 : 100_000_000;
      pos++;
    }
    let comparator: Comparator | null = null;
    if (s[pos] === '余' || s[pos] === '多') {
      comparator = '>';
      pos++;
    }
    const unit = UNITS.find((u) => s.startsWith(u, pos)) ?? '';
    if (unit === '' && multiplier === 1) continue;
    // "“引进、落地、建设、竣工验收”4个阶段" counts the quoted list (seeds/001…, line 560)
    if ('”」’'.includes(before) && before !== '') continue;
    pos += unit.length;
    let suffix = '';
    for (const [word, cmp] of [['以上', '≥'], ['以下', '≤'], ['以内', '≤'], ['内', '≤']] as const) {
      if (s.startsWith(word, pos)) {
        suffix = word;
        comparator = cmp;
        pos += word.length;
        break;
      }
    }
    const clause = s.slice(lastIndexOfAny(s, RULE_END, start) + 1, indexOfAny(s, RULE_END, pos));
    // a staffing rule such as "按10:1比例配备" or "人员配比不低于1:1" is not a target
    if (/\d:\d/.test(clause)) continue;
    // a condition ("退件占比达10%的，该名人员暂停收件", seeds/002…, line 84)
    if (s[pos] === '的' && (pos + 1 >= s.length || CLAUSE_END.includes(s[pos + 1] ?? ''))) continue;
    // a definition ("1个工作日内办结的即办行政许可事项", seeds/000…, line 166)
    if (suffix === '内' && /^[^，,；;。]{0,6}?的/.test(s.slice(pos))) continue;
    const value = Math.round(Number(m[0]) * multiplier * 1e6) / 1e6;
    if (!Number.isFinite(value)) continue;
    out.push({ start, end: pos, value, unit, comparator, suffix });
  }
  return out;
}

/** The comparator word that ends at most four characters before the value, if any. */
function comparatorOf(pre: string): Comparator | null {
  let best: { end: number; length: number; cmp: Comparator } | null = null;
  for (const [word, cmp] of COMPARATOR_WORDS) {
    const at = pre.lastIndexOf(word);
    if (at < 0) continue;
    const end = at + word.length;
    if (!best || end > best.end || (end === best.end && word.length > best.length)) best = { end, length: word.length, cmp };
  }
  return best && pre.length - best.end <= 4 ? best.cmp : null;
}

/** Names what a value measures from the clause text before and after it. */
function metricOf(pre: string, post: string, unit: string): string {
  const cleaned = clean(pre).replace(/(?:力争|确保|要|需)(?=减少|压减|压缩|降低|缩减|提高|提升)/g, '');
  const linked = stripTrailing(cleaned, LINKING_WORDS);
  const stripped = stripTrailing(cleaned, [...LINKING_WORDS, ...ACTION_VERBS]);
  const acted = ACTION_VERBS.some((v) => stripped.verb.includes(v));
  const core = stripLeading(stripped.text);
  const after = clean(post).replace(/^(?:以上|以下|的)/, '');

  if (TIME_UNITS.has(unit)) {
    const verb = RATE_VERBS.concat(['上传', '办结', '反馈', '答复', '完成']).find((v) => after.startsWith(v)) ?? '';
    const subject = shorten(stripLeading(linked.text));
    return subject === '' ? '' : subject + verb + (/(时限|时间)$/.test(subject) ? '' : '时限');
  }
  const noun = nounOf(after);
  if (PERCENT_UNITS.has(unit) && !acted) {
    if (after.startsWith('作为') && after.length > 2) return `${nounOf(after.slice(2))}占比`;
    const withObject = /^与(.+?)(对接|联通|互通)/.exec(after);
    if (withObject?.[1] && withObject[2]) return `${withObject[1]}${withObject[2]}率`;
    const verb = RATE_VERBS.find((v) => after.startsWith(v));
    if (verb) {
      const object = nounOf(after.slice(verb.length));
      const v = verb === '全覆盖' ? '覆盖' : verb;
      if (object !== '') return /率$/.test(object) ? object : `${object}${v}率`;
      const at = core.indexOf('在');
      const subject = shorten(at > 1 ? core.slice(0, at) : core);
      return `${isSubjectPhrase(subject) ? '' : subject}${v}率`;
    }
  }
  if (core !== '' && !acted && METRIC_SUFFIX.test(core)) return shorten(core);
  if (noun !== '') {
    if (noun.length <= 2) {
      let subject = acted ? core + lastActionVerb(stripped.verb) : core;
      const at = subject.lastIndexOf('实现');
      if (at >= 0) subject = subject.slice(at + 2);
      subject = shorten(subject);
      return isSubjectPhrase(subject) ? noun : subject + noun;
    }
    // "2021年底前完成50%应用场景" (seeds/000…, line 72): the share of scenarios completed
    if (PERCENT_UNITS.has(unit) && acted) return `${noun}${lastActionVerb(stripped.verb)}率`;
    return noun;
  }
  return shorten(core);
}

/** The noun phrase that starts a clause tail: up to 并/同时, without a trailing verb or 工作/清单/等. */
function nounOf(after: string): string {
  const head = after.split(/并|同时|以及|，|,/)[0] ?? '';
  const n = stripTrailing(head.replace(/^(?:的|实现)/, ''), ACTION_VERBS).text.replace(/(?:工作|清单|等)$/, '');
  return n === '' ? head : n;
}

function lastActionVerb(verbs: string): string {
  let best = '';
  let bestAt = -1;
  for (const v of ACTION_VERBS) {
    const at = verbs.lastIndexOf(v);
    if (at > bestAt) {
      best = v;
      bestAt = at;
    }
  }
  return best;
}

/** The metric at the end of the previous clause of the sentence ("进驻…大厅比例,市、县(区)不低于70%"). */
function previousClauseMetric(s: string, sentenceStart: number, clauseStart: number): string | null {
  if (clauseStart - 1 <= sentenceStart) return null;
  const end = clauseStart - 1;
  const start = Math.max(sentenceStart, lastIndexOfAny(s, CLAUSE_END, end) + 1);
  const text = stripLeading(clean(s.slice(start, end + 1).replace(/[，,；;:]$/, '')));
  return METRIC_SUFFIX.test(text) ? shorten(text) : null;
}

/** Cuts a long metric to its head: after the last 的 or the last unit-like subject ("各进驻部门“好差评”数据质检通过率"). */
function shorten(metric: string): string {
  let m = metric;
  const de = m.lastIndexOf('的');
  if (de >= 0 && m.length - de - 1 >= 5) m = m.slice(de + 1);
  let cut = -1;
  for (const word of SUBJECT_ENDS) {
    const at = m.lastIndexOf(word);
    if (at >= 0 && m.length - (at + word.length) >= 4) cut = Math.max(cut, at + word.length);
  }
  if (cut > 0) m = m.slice(cut);
  return stripLeading(m.replace(/^[、，,和及与]+/, ''));
}

/** True for a list of units ("市各有关单位、各镇街") rather than a thing measured. */
function isSubjectPhrase(text: string): boolean {
  if (text === '') return true;
  return text
    .split(/[、和及]/)
    .every((part) => part === '' || /^各|单位$|部门$|镇街$|街道$|社区$|村居$|政府$/.test(part));
}

/** Removes asides in brackets, quote marks and date phrases, and trims punctuation. */
function clean(text: string): string {
  let t = text;
  for (let i = 0; i < 3; i++) t = t.replace(/（[^（）]*）|\([^()]*\)|【[^【】]*】|\[[^[\]]*\]/g, '');
  t = t.replace(/[“”‘’「」《》"']/g, '').replace(DATE_IN_TEXT, '');
  return t.replace(/^[、，,；;：:。）)]+|[、，,；;：:（(]+$/g, '');
}

function stripTrailing(text: string, words: readonly string[]): { text: string; verb: string } {
  let t = text;
  let verb = '';
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of words) {
      if (t.endsWith(w) && t.length > 0) {
        t = t.slice(0, -w.length);
        verb = w + verb;
        changed = true;
        break;
      }
    }
  }
  return { text: t, verb };
}

function stripLeading(text: string): string {
  let t = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of LEADING_WORDS) {
      if (t.startsWith(w) && t.length > w.length) {
        t = t.slice(w.length);
        changed = true;
        break;
      }
    }
  }
  return t;
}

/** The date of the last deadline phrase before the value in its sentence, when its year is known. */
function dueOf(s: string, sentenceStart: number, valueStart: number): string | null {
  const head = s.slice(sentenceStart, valueStart);
  let due: string | null = null;
  for (const m of head.matchAll(DATE_IN_TEXT)) {
    const after = head.slice(m.index + m[0].length);
    const deadlineLike =
      /[前底末]$/.test(m[0]) || after === '' || '，,'.includes(after[0] ?? '') || DATE_FOLLOWERS.some((w) => after.startsWith(w));
    if (!deadlineLike || insideBrackets(s, sentenceStart + m.index)) continue;
    due = parseDeadline(m[0], { published: null }).deadline.due;
  }
  return due;
}

function insideBrackets(s: string, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = s[i] ?? '';
    if (CLOSE.includes(c)) depth++;
    else if (OPEN.includes(c)) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** Start of the clause holding `at`: after the last separator, or after an unclosed bracket. */
function boundaryBefore(s: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = s[i] ?? '';
    if (CLOSE.includes(c)) depth++;
    else if (OPEN.includes(c)) {
      if (depth === 0) return i + 1;
      depth--;
    } else if (depth === 0 && CLAUSE_END.includes(c)) return i + 1;
  }
  return 0;
}

/** End of the clause after `at`: the next separator (、 included) or an unopened closing bracket. */
function boundaryAfter(s: string, at: number): number {
  let depth = 0;
  for (let i = at; i < s.length; i++) {
    const c = s[i] ?? '';
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && (CLAUSE_END.includes(c) || c === '、')) return i;
  }
  return s.length;
}

function lastIndexOfAny(s: string, chars: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (chars.includes(s[i] ?? '\u0000')) return i;
  return -1;
}

function indexOfAny(s: string, chars: string, from: number): number {
  for (let i = from; i < s.length; i++) if (chars.includes(s[i] ?? '\u0000')) return i;
  return s.length;
}
