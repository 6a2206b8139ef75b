// The request schemas of lib/api/corrections.ts, checked by the router (lib/service/router.ts) before a handler runs.
import * as v from 'valibot';
import { INDICATORS } from '../model';
import { pageUrl, year } from './fields';

/** A statement's key on its page (lib/corrections, statementKeys). */
const key = v.pipe(
  v.string('should be a statement key'),
  v.nonEmpty('should be a statement key'),
  v.maxLength(2000, 'should be a statement key'),
);
const finite = v.pipe(v.number('should be a number'), v.finite('should be a finite number'));
const indicator = v.union(
  [v.picklist(INDICATORS), v.pipe(v.string(), v.startsWith('other:'))],
  'should be an indicator id (gdp_growth …) or "other:<中文名>"',
);

const StatementEditSchema = v.object(
  {
    key,
    region: v.pipe(v.string('should be a region name'), v.nonEmpty('should be a region name')),
    year,
    indicator,
    kind: v.picklist(['target', 'result'], 'should be "target" or "result"'),
    value: finite,
    valueMax: v.optional(finite),
    unit: v.string('should be the unit as written'),
    qualifier: v.nullable(v.string('should be a qualifier or null')),
  },
  'should be an edited reading { key, region, year, indicator, kind, value, unit, qualifier }',
);

/** One change, checked whole: a malformed one is refused, never half-applied. */
const CorrectionChangeSchema = v.variant(
  'type',
  [
    v.object({
      type: v.literal('page'),
      region: v.nullable(
        v.pipe(v.string('should be a region name or null'), v.maxLength(50, 'should be a region name')),
      ),
      year: v.nullable(year),
    }),
    v.object({ type: v.literal('hide'), key }),
    v.object({ type: v.literal('unhide-all') }),
    v.object({ type: v.literal('edit'), edit: StatementEditSchema }),
  ],
  'should be a correction of type "page", "hide", "unhide-all" or "edit"',
);

export const CORRECTIONS_SCHEMAS = {
  getCorrections: v.object({ url: pageUrl }, 'should be an object { url }'),
  correctPage: v.object({ url: pageUrl, change: CorrectionChangeSchema }, 'should be an object { url, change }'),
};
