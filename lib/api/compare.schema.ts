// The request schemas of lib/api/compare.ts, checked by the router (lib/service/router.ts) before a handler runs.
import * as v from 'valibot';
import { INDICATORS } from '../model';
import { REPORT_TEXT_LIMIT } from './compare';
import { id, idList, nothing, pageUrl, regionName, year } from './fields';

export const COMPARE_SCHEMAS = {
  regionComparison: v.object(
    { region: regionName, years: v.optional(v.array(year, 'should be a list of years')) },
    'should be an object { region, years? }',
  ),
  peerTargets: v.object(
    {
      year,
      indicator: v.union(
        [v.picklist(INDICATORS), v.pipe(v.string(), v.startsWith('other:'))],
        'should be an indicator id',
      ),
    },
    'should be an object { year, indicator }',
  ),
  regionsWithRecords: nothing,
  recordsForPage: v.object({ url: pageUrl }, 'should be an object { url }'),
  saveReportText: v.object(
    {
      region: regionName,
      year,
      section: v.optional(v.string('should be the name of a part of the report')),
      text: v.pipe(
        v.string('should be the report text'),
        v.check((t) => t.trim() !== '', 'should not be empty'),
        v.maxLength(REPORT_TEXT_LIMIT, `should be at most ${REPORT_TEXT_LIMIT.toLocaleString('en')} characters`),
      ),
      source: v.looseObject(
        { url: v.string('should be the address the text comes from') },
        'should be an object { url } (the page the text comes from)',
      ),
    },
    'should be an object { region, year, text, source }',
  ),
  listReports: v.object({ region: regionName }, 'should be an object { region }'),
  getReports: v.object({ ids: idList }, 'should be an object { ids }'),
  deleteReport: v.object({ id }, 'should be an object { id }'),
};
