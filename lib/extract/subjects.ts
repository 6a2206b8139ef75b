// Indicator subjects: the words a statement's figure belongs to, on matching text (simplified, half-width).
//
// Order matters: one alternation is tried left to right at each position, so longer subjects that contain a
// shorter one (单位国内生产总值能耗 contains 国内生产总值; 研发经费支出相当于全市生产总值的比例 contains 生产总值)
// come first and consume it. "Blocker" subjects (服务业增加值, 城镇居民人均可支配收入 …) are real subjects of
// other indicators: they stop a figure from being given to an earlier standard subject, and yield `other:*`.
import type { Indicator, StandardIndicator } from '../model.ts';

export type SubjectFamily = StandardIndicator | 'gdp' | 'fiscal' | 'share' | 'other';

export interface SubjectRule {
  family: SubjectFamily;
  source: string;
}

const R = (family: SubjectFamily, ...sources: string[]): SubjectRule[] => sources.map((source) => ({ family, source }));

export const SUBJECT_RULES: SubjectRule[] = [
  ...R(
    'energy_intensity',
    '单位(?:国内|地区|全省|全市)?生产总值能耗',
    '单位GDP能耗',
    '万元(?:地区|国内)?生产总值能耗',
    '能耗强度',
  ),
  ...R('carbon_intensity', '单位(?:国内|地区)?生产总值二氧化碳排放量?', '单位GDP二氧化碳排放量?', '碳排放强度'),
  ...R(
    'rd_intensity',
    '(?:全社会)?(?:研发|R&D)经费(?:投入|支出)?(?:相当于|占)(?:全市|全省|全区|地区|国内)?(?:生产总值|GDP)的?(?:比例|比重)',
    '(?:全社会)?(?:研发|R&D)(?:经费)?(?:投入)?强度',
    '研究与试验发展经费(?:投入)?强度',
  ),
  // "…研发经费支出约4600亿元、占地区生产总值比重达3.39%": a share of GDP, R&D when 研发 comes just before.
  ...R('share', '占(?:全市|全省|全区|地区|国内)?(?:生产总值|GDP)的?(?:比例|比重)'),
  ...R(
    'other',
    '(?:农村|城镇|城乡|脱贫地区农村)居民收入',
    '(?:地方)?财政总收入',
    '人均(?:地区|国内)?生产总值',
    '人均GDP',
    '(?:第[一二三]|[一二三]次)产业增加值',
    '[一二三]产增加值',
    '服务业增加值',
    '高技术制造业增加值',
    '制造业增加值',
    '数字经济核心产业增加值',
    '制造业投资',
    '工业投资',
    '基础设施投资',
    '民间投资',
    '房地产开发投资',
    '高技术产业投资',
    '(?:城镇|农村)(?:常住)?居民人均可支配收入',
    '城乡居民人均可支配收入',
    '城镇和农村居民人均可支配收入',
    '城镇登记失业率',
    '一般公共预算支出',
    '海洋生产总值',
    '(?:数字经济)?核心产业增加值',
    '财政支出',
    '税收收入',
    '(?:外贸|货物贸易|货物)?出口',
    '(?:外贸)?进口',
    '实际使用外资',
    '外商直接投资',
    '常住人口城镇化率',
    '城镇化率',
    '社会融资规模',
    '(?:广义)?货币供应量',
    '数字经济',
  ),
  ...R(
    'gdp',
    '(?:国内|地区|全省地区|全市地区|全区地区|全省|全市|全区)?生产总值(?:\\(GDP\\))?',
    'GDP',
    '经济总量',
    '经济增速',
    '经济增长(?:率)?',
    '经济成长率?',
    '地区内生产毛额',
  ),
  ...R(
    'fiscal',
    '(?:地方)?一般公共预算(?:总)?收入',
    '全国(?:一般公共预算|财政)收入',
    '公共财政预算收入',
    '地方财政收入',
  ),
  ...R('retail_sales_growth', '社会消费品零售总额', '社零总额'),
  ...R('fixed_investment_growth', '(?:全社会)?固定资产投资'),
  ...R('foreign_trade_growth', '(?:外贸|货物|货物贸易)?进出口(?:总额|总值)?', '货物贸易(?:总额|总值)?'),
  ...R('industrial_value_added_growth', '(?:规模以上|规上|规模)工业增加值', '工业增加值'),
  ...R('disposable_income_growth', '(?:全体|全省|全市)?居民人均可支配收入', '居民收入'),
  ...R('cpi', '居民消费价格(?:总水平)?(?:指数)?', 'CPI', '消费者物价指数', '消费物价'),
  ...R('urban_unemployment', '城镇调查失业率', '失业率城镇调查', '调查失业率'),
  ...R('new_urban_jobs', '城镇新增就业(?:人数)?', '新增城镇就业(?:人数)?', '新增就业(?:人数)?'),
  ...R('grain_output', '粮食(?:总)?产量?'),
  ...R('deficit_ratio', '(?:财政)?赤字率'),
];

/** The single scanning expression: group k+1 is SUBJECT_RULES[k]. */
export const SUBJECT_RE = new RegExp(SUBJECT_RULES.map((r) => `(${r.source})`).join('|'), 'g');

/** `small`: 万元 and 元 figures (per head, per unit): never a statement here, but they chain (达到8.5万元、增长6.6%). */
export type UnitKind = 'pct' | 'money' | 'people' | 'grain' | 'small';

/**
 * The indicator a figure of this unit kind states for a subject family, or null when the pair is not a
 * statement we report (a fiscal total in 亿元, a grain figure in %).
 */
export function indicatorFor(family: SubjectFamily, unit: UnitKind, subjectText: string): Indicator | null {
  switch (family) {
    case 'gdp':
      return unit === 'pct' ? 'gdp_growth' : unit === 'money' ? 'gdp_total' : null;
    case 'fiscal':
      return unit === 'pct' ? 'fiscal_revenue_growth' : null;
    case 'new_urban_jobs':
      return unit === 'people' ? 'new_urban_jobs' : null;
    case 'grain_output':
      return unit === 'grain' ? 'grain_output' : null;
    case 'foreign_trade_growth':
      return unit === 'pct' ? 'foreign_trade_growth' : unit === 'money' ? `other:${subjectText}` : null;
    case 'share':
      return null;
    case 'other':
      return unit === 'pct' ? `other:${subjectText}增长` : unit === 'money' ? `other:${subjectText}` : null;
    default:
      return unit === 'pct' ? family : null;
  }
}

export interface Subject {
  family: SubjectFamily;
  text: string;
  start: number;
  end: number;
}

/** Every subject in the matching text, left to right (one pass of SUBJECT_RE). */
export function scanSubjects(t: string): Subject[] {
  const out: Subject[] = [];
  SUBJECT_RE.lastIndex = 0;
  for (let m = SUBJECT_RE.exec(t); m; m = SUBJECT_RE.exec(t)) {
    let k = 1;
    while (k < m.length && m[k] === undefined) k++;
    out.push({ family: SUBJECT_RULES[k - 1].family, text: m[0], start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) SUBJECT_RE.lastIndex++;
  }
  return out;
}

/**
 * Words just before a subject that make it a part, a zone or a partner's (海洋生产总值, 跨境电商进出口, 武汉都市圈经济总量,
 * 对东盟进出口, 与中东欧国家进出口额 — trade with some partners, not the region's total).
 */
const PART_BEFORE =
  /(?:新增|海洋|跨境电商|电商|网络|县域|民营经济|民营|外资企业|外资|文旅|旅游|园区|开发区|高新区|口岸|综保区|自贸(?:试验)?区|新区|直管区|示范区|片区|合作区|都市圈|城市圈|经济圈|经济区|城市群|经济带|港口|城区|能源|非[^,;。:]{1,4}|山区海岛县|乡村|对(?!外贸)[^,;。:]{1,16}|(?:与|同|自|向|面向)[^,;。:]{0,16}(?:国家|地区|成员国|经济体|伙伴|市场)(?:和地区)?(?:间|之间)?(?:的)?)$/;
/** A subject right after these is the denominator of a share ("占地区生产总值的", "相当于GDP的"). */
const DENOMINATOR_BEFORE = /(?:占|相当于|之比|与|同|高于|低于|超过)(?:全[国省市区])?$/;
/** Between a subject and its figure: a ratio or a per-unit measure, not the subject's own figure. */
const RATIO_BETWEEN = /比率|比例|比重|占比|占|之比|用水量|水耗|能耗|电耗|用地|排放|密度|贡献率|拉动/;

/** Why a subject cannot own a figure (a part, a denominator, a ratio), or null when it can. */
export function notOwnFigure(
  t: string,
  subject: Subject,
  numberStart: number,
  pct: boolean,
  afterRegion: boolean,
): string | null {
  const before = t.slice(Math.max(0, subject.start - 18), subject.start);
  if (PART_BEFORE.test(before)) return 'a part or partner of the subject';
  // "前海地区生产总值", "南沙地区生产总值": an area named by a place word that is not a region we know.
  if (!afterRegion && subject.text.startsWith('地区') && /[海湾岛港园城镇乡村沙琴山江河湖岭]$/.test(before))
    return 'an area inside the region';
  if (DENOMINATOR_BEFORE.test(before)) return 'the subject is a denominator';
  const between = t.slice(subject.end, numberStart);
  if (RATIO_BETWEEN.test(between)) return 'a ratio to the subject';
  if (pct && /^(?:总量|总值|规模)?的$/.test(between)) return 'a share of the subject';
  return null;
}
