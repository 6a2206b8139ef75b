// The request schemas of lib/api/page.ts, checked by the router (lib/service/router.ts) before a handler runs.
import * as v from 'valibot';
import { INDICATORS } from '../model';
import { year } from './fields';

const text = v.string('should be text');

/** The fields of a statement the comparison reads; the rest of what the reader gives travels along unchecked. */
const StatementSchema = v.looseObject(
  {
    region: v.string('should be a region name'),
    year: v.number('should be a year'),
    indicator: v.union(
      [v.picklist(INDICATORS), v.pipe(v.string(), v.startsWith('other:'))],
      'should be an indicator id',
    ),
    kind: v.picklist(['target', 'result'], 'should be "target" or "result"'),
    value: v.number('should be a number'),
    unit: v.string('should be the unit as written'),
  },
  'should be a statement { region, year, indicator, kind, value, unit, … }',
);

export const PAGE_SCHEMAS = {
  readReport: v.object(
    {
      text,
      title: v.optional(text),
      url: v.optional(text),
      publishedAt: v.nullish(text),
      // The page's region and year as the user set them (lib/corrections).
      override: v.optional(
        v.object(
          { region: v.optional(v.pipe(text, v.maxLength(50, 'should be a region name'))), year: v.optional(year) },
          'should be an object { region?, year? }',
        ),
      ),
    },
    'should be an object { text, title?, url?, publishedAt? }',
  ),
  comparePage: v.object(
    { statements: v.array(StatementSchema, 'should be a list of statements'), text: v.optional(text) },
    'should be an object { statements, text? }',
  ),
};
