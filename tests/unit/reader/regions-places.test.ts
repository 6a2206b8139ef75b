// @vitest-environment node
// The GB/T 2260 gazetteer (family "Regions it does not know"): every prefecture-level and county-level division
// resolves by name in both scripts, keeps a canonical name of its own, and is found in running text only where the
// name cannot be an everyday word.
import { describe, expect, it } from 'vitest';
import {
  findRegion,
  isListed,
  isWithin,
  provinceOf,
  REGIONS,
  regionEntry,
  scanRegions,
} from '../../../lib/regions/index.ts';
import { unpackPlaces } from '../../../lib/regions/places.ts';
import { cleanText } from '../../../lib/text/index.ts';

const scan = (s: string) => scanRegions(cleanText(s).text).map((m) => m.region);

describe('findRegion over the divisions', () => {
  it.each([
    ['平顶山市', '平顶山'],
    ['平頂山市', '平顶山'],
    ['河南省平顶山市', '平顶山'],
    ['信陽', '信阳'],
    ['邯鄲市', '邯郸'],
    ['平涼市', '平凉'],
    ['延边朝鲜族自治州', '延边'],
    ['延邊州', '延边'],
    ['阿拉善盟', '阿拉善'],
    ['大兴安岭地区', '大兴安岭'],
    ['蘭考縣', '兰考'],
    ['义乌市', '义乌'],
    ['長陽土家族自治縣', '长阳'],
    ['准格尔旗', '准格尔旗'],
    ['海澱區', '海淀区'],
    ['乾安县', '乾安'],
    ['濬縣', '浚县'],
  ])('%s → %s', (name, canonical) => {
    expect(findRegion(name)).toBe(canonical);
  });

  it('leaves a name several places share to the hand-made region, or to the city when the text says 市', () => {
    expect(findRegion('吉林')).toBe('吉林');
    expect(findRegion('吉林省')).toBe('吉林');
    expect(findRegion('吉林市')).toBe('吉林市');
    expect(findRegion('海南')).toBe('海南');
    expect(findRegion('海南藏族自治州')).toBe('海南州');
    expect(findRegion('西安')).toBe('西安');
  });

  it('resolves a shared district name only with its city', () => {
    expect(findRegion('和平区')).toBeNull();
    expect(findRegion('沈阳市和平区')).toBe('沈阳和平区');
    expect(findRegion('天津和平区')).toBe('天津和平区');
    expect(findRegion('朝阳区')).toBeNull();
    expect(findRegion('北京市朝阳区')).toBe('北京朝阳区');
    expect(findRegion('朝阳')).toBe('朝阳'); // the prefecture-level city of Liaoning
  });

  it('keeps every canonical name of the hand-made regions', () => {
    for (const r of REGIONS) {
      expect(findRegion(r.name)).toBe(r.name);
      expect(findRegion(r.fullName)).toBe(r.name);
    }
  });

  it('gives every place a canonical name of its own', () => {
    const places = unpackPlaces();
    expect(places.length).toBeGreaterThan(3000);
    const names = new Set(places.map((p) => p.name));
    expect(names.size).toBe(places.length);
    for (const r of REGIONS) expect(names.has(r.name)).toBe(false);
    for (const p of places) expect(findRegion(p.name)).toBe(p.name);
  });
});

describe('places know their parents', () => {
  it('names the province and, for counties, the city', () => {
    expect(regionEntry('平顶山')).toMatchObject({
      level: 'prefecture_city',
      parent: '河南',
      city: null,
      fullName: '平顶山市',
    });
    expect(regionEntry('兰考')).toMatchObject({ level: 'county', parent: '河南', city: '开封' });
    expect(regionEntry('延边')).toMatchObject({ level: 'autonomous_prefecture', parent: '吉林' });
    expect(regionEntry('海淀区')).toMatchObject({ level: 'district', parent: '北京', city: null });
    expect(regionEntry('长阳')).toMatchObject({ level: 'autonomous_county', parent: '湖北', city: '宜昌' });
    expect(provinceOf('兰考')).toBe('河南');
    expect(isWithin('兰考', '开封')).toBe(true);
    expect(isWithin('兰考', '河南')).toBe(true);
    expect(isWithin('兰考', '河北')).toBe(false);
  });

  it('lists only the hand-made regions for pickers and peers', () => {
    expect(REGIONS.length).toBeLessThan(100);
    expect(isListed('郑州')).toBe(true);
    expect(isListed('全国')).toBe(true);
    expect(isListed('平顶山')).toBe(false);
  });
});

describe('scanRegions over the divisions', () => {
  it('finds cities and counties in both scripts', () => {
    expect(scan('河南省信阳市、平凉市、邯郸、兰考县和延边州')).toEqual([
      '河南',
      '信阳',
      '平凉',
      '邯郸',
      '兰考',
      '延边',
    ]);
    expect(scan('河南省信陽市、平涼市、邯鄲、蘭考縣和延邊州')).toEqual([
      '河南',
      '信阳',
      '平凉',
      '邯郸',
      '兰考',
      '延边',
    ]);
  });

  it.each([
    ['幸福安康，长治久安'],
    ['培育新兴产业，合作共赢'],
    ['建设平安中国，江山就是人民'],
    ['坚持和平发展，扩大对外开放'],
    ['东方明珠和长安街'],
    ['使市场在资源配置中起决定性作用，惠民生'],
    ['新华社电，永安里社区'],
    ['拿出真金白银，建设长白山机场'],
    ['阿里巴巴、宁德时代'],
    ['建设美丽江苏'],
    ['全面开展亚运城市行动'],
    ['创建示范县，形成县域经济'],
    ['县级以上城区，辽东山区'],
    ['延安路高架'],
  ])('leaves everyday words alone: %s', (text) => {
    expect(scan(text).filter((r) => !isListed(r))).toEqual([]);
  });

  it('keeps 吉林 for the province unless the text says 吉林市', () => {
    expect(scan('吉林市场主体')).toEqual(['吉林']);
    expect(scan('吉林省吉林市')).toEqual(['吉林', '吉林市']);
    expect(scan('海南州和海南')).toEqual(['海南州', '海南']);
  });

  it('reads a shared full name by the other places the text names, or not at all', () => {
    expect(scan('和平区政府工作报告')).toEqual([]);
    expect(scan('天津市和平区政府工作报告')).toEqual(['天津', '天津和平区']);
    expect(scan('沈阳市召开大会。和平区政府工作报告提出')).toEqual(['沈阳', '沈阳和平区']);
  });

  it('matches a two-character full name only after its city', () => {
    expect(scan('赵县和磁县')).toEqual([]);
    expect(scan('石家庄市赵县、邯郸市磁县')).toEqual(['石家庄', '赵县', '邯郸', '磁县']);
  });
});
