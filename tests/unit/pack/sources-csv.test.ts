// @vitest-environment node
// A starter-pack record read from an official text carries the hand-gathered page that states the same figure in
// `sources`; a CSV export must bring them back on import (else re-importing one's own export would drop them).
import { describe, expect, it } from 'vitest';
import { parseRecordsCsv, recordsToCsv } from '@/lib/io/csv';
import { record } from '../helpers/builders';

const joined = record({
  id: 'rec-joined',
  year: 2025,
  source: {
    url: 'https://example.gov.cn/bj-2025',
    title: '政府工作报告',
    quote: '地区生产总值增长5%左右',
    type: 'official',
  },
  sources: [{ url: 'https://example.org/news', title: '新闻', quote: '北京今年GDP目标5%左右', type: 'news' }],
});

describe('CSV and further sources', () => {
  it('writes them as a JSON list and reads them back unchanged', () => {
    const parsed = parseRecordsCsv(recordsToCsv([joined, { ...joined, id: 'rec-alone', sources: undefined }]));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.records[0].sources).toEqual(joined.sources);
    expect(parsed.records[1].sources).toBeUndefined();
  });

  it('refuses a sources cell that is not a list of sources with a url', () => {
    const csv = recordsToCsv([joined]).replace(/"\[\{""url"".*?\}\]"/, '"not json"');
    const parsed = parseRecordsCsv(csv);
    expect(parsed.ok).toBe(false);
  });
});
