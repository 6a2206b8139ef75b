// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readLocation } from '@/components/LibraryApp';

describe('the library page address', () => {
  it.each([
    ['?region=北京', '北京'],
    ['?region=北京市', '北京'],
    ['?region=廣東省', '广东'],
    ['?region=%E4%B8%8A%E6%B5%B7', '上海'],
    ['?region=全國', '全国'],
  ])('%s opens the year comparison of %s', (search, region) => {
    expect(readLocation(search)).toEqual({ tab: 'compare', region });
  });

  it('opens a region’s records with tab=records, and reads view= as tab=', () => {
    expect(readLocation('?tab=records&region=北京市')).toEqual({ tab: 'records', region: '北京' });
    expect(readLocation('?region=全国&view=compare')).toEqual({ tab: 'compare', region: '全国' });
  });

  it('keeps an unknown name as typed (it may be a region the gazetteer lacks)', () => {
    expect(readLocation('?region=雄安新区').region).toBe('雄安新区');
  });

  it('opens a tab by name, and Records for anything else', () => {
    expect(readLocation('?tab=proposals')).toEqual({ tab: 'proposals', region: undefined });
    expect(readLocation('?tab=nonsense').tab).toBe('records');
    expect(readLocation('').tab).toBe('records');
  });
});
