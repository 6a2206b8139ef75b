export type RegionLevel =
  | 'municipality'
  | 'province'
  | 'autonomous_region'
  | 'SAR'
  | 'sub_provincial_city'
  | 'prefecture_city'
  | 'new_area'
  | 'cooperation_zone'
  | string;

/** One gazetteer row (generated from shared/data/regions.json). */
export interface RegionEntry {
  /** Canonical simplified short name: the `region` of every statement. */
  name: string;
  nameTc: string;
  fullName: string;
  fullNameTc: string;
  level: RegionLevel;
  en: string;
  /** One-character abbreviations (京, 沪 …): matched only inside compounds, never alone in running text. */
  abbr: string[];
  aliases: string[];
  /** Provincial-level parent of a city, or null. */
  parent: string | null;
}
