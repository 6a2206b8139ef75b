import { describe, expect, it } from 'vitest';
import { readLocation } from '@/components/LibraryApp';

describe('the library page address', () => {
  it.each([
    ['?region=北京', '北京'],
    ['?region=北京市', '北京'],
    ['?region=廣東省', '广东'],
    ['?region=%E4%B8%8A%E6%B5%B7', '上海'],
    ['?region=全國', '全国'],
  ])('%s opens the records of %s', (search, region) => {
    expect(readLocation(search)).toEqual({ tab: 'records', region });
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
