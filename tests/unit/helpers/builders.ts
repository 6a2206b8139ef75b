// Builders for the project's data in unit tests: each gives a plausible whole object, and a test states only the
// fields that matter to it. Plain data, no database and no DOM, so pure tests can use them in the node environment.
import { PACK_FORMAT, PACK_VERSION, type Pack } from '@/lib/pack/format';
import type { Figure } from '@/lib/compare/judge';
import { makeBackup } from '@/lib/io/backup';
import type { FigureRecord, Indicator, Proposal, Qualifier, Snippet, Statement } from '@/lib/model';

let made = 0;

/** A stored figure: Beijing's 2024 GDP growth target of 5% 左右, from the starter pack. Without an id, a fresh one. */
export function record(fields: Partial<FigureRecord> = {}): FigureRecord {
  made += 1;
  const id = fields.id ?? `rec-${made}`;
  return {
    id,
    region: '北京',
    year: 2024,
    indicator: 'gdp_growth',
    kind: 'target',
    value: 5,
    unit: '%',
    qualifier: '左右',
    source: { url: `https://example.test/${id}`, quote: '地区生产总值增长5%左右', type: 'news' },
    origin: 'pack',
    updatedAt: 1,
    ...fields,
  };
}

/** What the reader finds on a page: Beijing's 2025 GDP growth target of 5% 左右, with its quote at the text's start. */
export function statement(fields: Partial<Statement> = {}): Statement {
  const quote = fields.quote ?? '地区生产总值增长5%左右';
  const start = fields.start ?? 0;
  return {
    region: '北京',
    year: 2025,
    indicator: 'gdp_growth',
    kind: 'target',
    value: 5,
    unit: '%',
    qualifier: '左右',
    quote,
    start,
    end: start + quote.length,
    ...fields,
  };
}

/** A CPPCC proposal on one topic. Without an id, a fresh one. */
export function proposal(fields: Partial<Proposal> = {}): Proposal {
  made += 1;
  const id = fields.id ?? `prop-${made}`;
  return {
    id,
    region: '全国',
    year: 2025,
    author: '张三',
    role: '全国政协委员',
    title: '关于加快发展新质生产力的提案',
    topics: ['新质生产力'],
    source: { url: `https://example.test/p/${id}`, title: '提案' },
    origin: 'pack',
    updatedAt: 1,
    ...fields,
  };
}

/** A saved snippet of a news page. */
export function snippet(fields: Partial<Snippet> = {}): Snippet {
  const text = fields.text ?? '稳中求进';
  return {
    id: 'snip-1',
    url: 'https://news.example/a.html',
    title: '两会观察',
    text,
    selector: { exact: text, prefix: '', suffix: '' },
    tags: [],
    createdAt: 1,
    ...fields,
  };
}

/** A backup file holding these rows (the other tables empty), as the extension writes one. */
export function backup(tables: Partial<Parameters<typeof makeBackup>[0]> = {}) {
  return makeBackup(
    { records: [], proposals: [], reports: [], snippets: [], ...tables },
    new Date('2026-01-01T00:00:00Z'),
  );
}

/** A pack holding these rows, its header counting them. */
export function pack(records: FigureRecord[], proposals: Proposal[] = []): Pack {
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    createdAt: '2026-03-05',
    header: {
      description: 'test pack',
      counts: { records: records.length, proposals: proposals.length },
      dropped: {},
      regions: [...new Set(records.map((r) => r.region))],
    },
    records,
    proposals,
  };
}

/** A figure in percent, as the comparison judges it: `pct('cpi', 3, '左右')`. */
export const pct = (
  indicator: Indicator,
  value: number,
  qualifier: Qualifier | null = null,
  valueMax?: number,
): Figure => ({
  indicator,
  value,
  valueMax,
  unit: '%',
  qualifier,
});
