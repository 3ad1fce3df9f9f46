import type { UnitAliasEntry } from '../model/unit-aliases.ts';

/**
 * A unit is its name within its region: 汕尾市's and 东莞市's 市政务服务数据管理局 are two bodies.
 * A name that starts with a province-level or national prefix (省…, 国家…, 广东省…) is one body
 * in every plan that names it, so its region is null.
 */
export interface UnitIdentity {
  /** null: one body across regions. */
  region: string | null;
  /** The name after the built-in normalisation and the alias table. */
  name: string;
}

const PROVINCES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西',
  '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古',
  '广西', '西藏', '宁夏', '新疆', '香港', '澳门',
];

// 省政务服务数据管理局, 国家税务总局…, 中央…, 国务院…, 广东省…, 内蒙古自治区…; 省直有关单位 is collective and handled by its flag
const ACROSS_REGIONS = new RegExp(`^(?:省|国家|中央|国务院|全国|(?:${PROVINCES.join('|')})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区))`);

/** Key separator between region and name in unit keys and in `unit=` URL values. */
export const UNIT_KEY_SEPARATOR = '/';

/** The built-in safe normalisation: half-width brackets → full-width (as Chinese text prints them), spaces of any width removed. */
export function normaliseUnitName(name: string): string {
  return name.replace(/\(/g, '（').replace(/\)/g, '）').replace(/[\s\u3000]+/g, '');
}

/** True when the name stands for a body that is the same in every region (省/国家/中央/国务院/province-named). */
export function isAcrossRegions(name: string): boolean {
  return ACROSS_REGIONS.test(name);
}

/** Looks up canonical names: region → normalised variant → canonical. Build with buildAliasLookup. */
export type AliasLookup = ReadonlyMap<string | null, ReadonlyMap<string, string>>;

export const NO_ALIASES: AliasLookup = new Map();

/** Indexes valid alias entries; a variant named twice in one region keeps the first entry's canonical. */
export function buildAliasLookup(entries: readonly UnitAliasEntry[]): AliasLookup {
  const lookup = new Map<string | null, Map<string, string>>();
  for (const entry of entries) {
    let byVariant = lookup.get(entry.region);
    if (byVariant === undefined) {
      byVariant = new Map();
      lookup.set(entry.region, byVariant);
    }
    const canonical = normaliseUnitName(entry.canonical);
    for (const variant of entry.variants) {
      const key = normaliseUnitName(variant);
      if (key !== canonical && !byVariant.has(key)) byVariant.set(key, canonical);
    }
  }
  return lookup;
}

/** The identity of a unit as printed in a dataset of `region`: normalised, aliased (region's entries first, then region-free ones), across-region names get region null. */
export function unitIdentity(region: string, printed: string, aliases: AliasLookup = NO_ALIASES): UnitIdentity {
  const normalised = normaliseUnitName(printed);
  const name = aliases.get(region)?.get(normalised) ?? aliases.get(null)?.get(normalised) ?? normalised;
  return { region: isAcrossRegions(name) ? null : region, name };
}

/** The unit's key, used in filters and URLs: "region/name", or the bare name for an across-region unit. */
export function unitKey(identity: UnitIdentity): string {
  return identity.region === null ? identity.name : `${identity.region}${UNIT_KEY_SEPARATOR}${identity.name}`;
}

/** How a unit is shown: the name alone when one region is in view (or the unit is one body everywhere), else "name（region）". */
export function unitLabel(identity: UnitIdentity, manyRegions: boolean): string {
  return identity.region === null || !manyRegions ? identity.name : `${identity.name}（${identity.region}）`;
}
