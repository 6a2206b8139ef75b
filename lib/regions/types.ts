export type RegionLevel =
  | 'municipality'
  | 'province'
  | 'autonomous_region'
  | 'SAR'
  | 'sub_provincial_city'
  | 'prefecture_city'
  | 'new_area'
  | 'cooperation_zone'
  // GB/T 2260 divisions beyond the hand-made list (lib/regions/places.ts)
  | 'prefecture'
  | 'autonomous_prefecture'
  | 'league'
  | 'district'
  | 'county'
  | 'county_city'
  | 'autonomous_county'
  | 'banner'
  | 'autonomous_banner'
  | 'forest_area'
  | 'special_district'
  | string;

/** One gazetteer row: the hand-made regions (shared/data/regions.json) and the GB/T 2260 places. */
export interface RegionEntry {
  /** Canonical simplified short name: the `region` of every statement. */
  name: string;
  /** Traditional forms. For GB/T 2260 places these repeat the simplified names: folding (lib/text) reads the
   * traditional spellings, and the few it cannot reach are stored as extra names of the place. */
  nameTc: string;
  fullName: string;
  fullNameTc: string;
  level: RegionLevel;
  en: string;
  /** One-character abbreviations (京, 沪 …): matched only inside compounds, never alone in running text. */
  abbr: string[];
  aliases: string[];
  /** Provincial-level parent of a city, county or district, or null. */
  parent: string | null;
  /** Prefecture-level parent of a county or district (null under a municipality or a province directly);
   * absent for the hand-made regions. */
  city?: string | null;
}
