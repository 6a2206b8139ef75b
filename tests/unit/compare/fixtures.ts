// Small builders for records and statements: each test states the fields that matter to it.
import type { FigureRecord, Statement } from '@/lib/model';

let n = 0;

export function rec(fields: Partial<FigureRecord> & Pick<FigureRecord, 'year' | 'kind'>): FigureRecord {
  n += 1;
  return {
    id: fields.id ?? `r${String(n).padStart(4, '0')}`,
    region: '北京',
    indicator: 'gdp_growth',
    value: 5,
    unit: '%',
    qualifier: null,
    source: { url: `https://example.test/${fields.year}-${fields.kind}-${n}`, type: 'official' },
    origin: 'pack',
    updatedAt: 1,
    ...fields,
  };
}

export function stmt(fields: Partial<Statement> & Pick<Statement, 'year' | 'kind' | 'value'>): Statement {
  return {
    region: '北京',
    indicator: 'gdp_growth',
    unit: '%',
    qualifier: null,
    quote: '',
    start: 0,
    end: 0,
    ...fields,
  };
}
