/**
 * Places with the pinyin used in dataset ids (regions themselves are recognised from the
 * national division list, find-region.ts; a region with no pinyin here gets a "doc-…" id). Guangdong's 21
 * prefecture-level cities come first because every seed so far is from Guangdong; towns are
 * added as documents from them arrive. A place not listed still ingests (see dataset-id.ts).
 */
export const KNOWN_PLACES: ReadonlyArray<{ name: string; pinyin: string; level: 'city' | 'town' }> = [
  { name: '广州市', pinyin: 'guangzhou', level: 'city' },
  { name: '深圳市', pinyin: 'shenzhen', level: 'city' },
  { name: '珠海市', pinyin: 'zhuhai', level: 'city' },
  { name: '汕头市', pinyin: 'shantou', level: 'city' },
  { name: '佛山市', pinyin: 'foshan', level: 'city' },
  { name: '韶关市', pinyin: 'shaoguan', level: 'city' },
  { name: '河源市', pinyin: 'heyuan', level: 'city' },
  { name: '梅州市', pinyin: 'meizhou', level: 'city' },
  { name: '惠州市', pinyin: 'huizhou', level: 'city' },
  { name: '汕尾市', pinyin: 'shanwei', level: 'city' },
  { name: '东莞市', pinyin: 'dongguan', level: 'city' },
  { name: '中山市', pinyin: 'zhongshan', level: 'city' },
  { name: '江门市', pinyin: 'jiangmen', level: 'city' },
  { name: '阳江市', pinyin: 'yangjiang', level: 'city' },
  { name: '湛江市', pinyin: 'zhanjiang', level: 'city' },
  { name: '茂名市', pinyin: 'maoming', level: 'city' },
  { name: '肇庆市', pinyin: 'zhaoqing', level: 'city' },
  { name: '清远市', pinyin: 'qingyuan', level: 'city' },
  { name: '潮州市', pinyin: 'chaozhou', level: 'city' },
  { name: '揭阳市', pinyin: 'jieyang', level: 'city' },
  { name: '云浮市', pinyin: 'yunfu', level: 'city' },
  { name: '港口镇', pinyin: 'gangkou', level: 'town' },
];
