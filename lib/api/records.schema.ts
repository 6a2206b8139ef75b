// The request schemas of lib/api/records.ts, checked by the router (lib/service/router.ts) before a handler runs.
import * as v from 'valibot';
import { SaveStatementsSchema } from '../io/statements';
import { INDICATORS, ORIGINS } from '../model';
import { ProposalSchema, RecordSchema } from '../pack/format';
import { count, fileText, id, ids, nothing, year } from './fields';

const changes = v.looseObject({}, 'should be an object of the fields to set');
const filterFields = {
  region: v.optional(v.string('should be a region name')),
  year: v.optional(year),
  limit: v.optional(count),
  offset: v.optional(count),
};

export const RECORDS_SCHEMAS = {
  listRecords: v.optional(
    v.object(
      {
        ...filterFields,
        indicator: v.optional(
          v.union([v.picklist(INDICATORS), v.pipe(v.string(), v.startsWith('other:'))], 'should be an indicator id'),
        ),
        kind: v.optional(v.picklist(['target', 'result'], 'should be "target" or "result"')),
        origin: v.optional(v.picklist(ORIGINS, 'should be an origin (pack, page, user, import)')),
        sort: v.optional(
          v.picklist(['year-desc', 'year-asc', 'region', 'indicator', 'updated-desc'], 'should be a sort order'),
        ),
      },
      'should be a filter object',
    ),
    {},
  ),
  getRecords: ids,
  recordFacets: nothing,
  addRecord: v.object({ record: changes }, 'should be an object { record }'),
  updateRecord: v.object({ id, changes }, 'should be an object { id, changes }'),
  deleteRecords: ids,
  // The rows deleteRecords answered, checked as rows of a pack.
  restoreRecords: v.object(
    { records: v.array(RecordSchema, 'should be a list of records') },
    'should be an object { records }',
  ),
  listProposals: v.optional(
    v.object({ ...filterFields, topic: v.optional(v.string('should be a topic word')) }, 'should be a filter object'),
    {},
  ),
  addProposal: v.object({ proposal: changes }, 'should be an object { proposal }'),
  updateProposal: v.object({ id, changes }, 'should be an object { id, changes }'),
  deleteProposals: ids,
  restoreProposals: v.object(
    { proposals: v.array(ProposalSchema, 'should be a list of proposals') },
    'should be an object { proposals }',
  ),
  saveStatements: SaveStatementsSchema,
  exportAll: nothing,
  importPack: fileText,
  backupAll: nothing,
  restoreBackup: fileText,
};
