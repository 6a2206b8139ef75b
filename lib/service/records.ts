// Handlers for records and proposals (lib/api/records.ts). Every write is one Dexie transaction: a request either
// happens completely or not at all — an invalid file, a full disk or a worker stopped halfway leave the database
// exactly as it was.
import type {
  ImportCounts,
  ImportOutcome,
  ProposalChanges,
  RecordChanges,
  RecordsApi,
  RestoreOutcome,
} from '../api/records';
import type { DbAccess } from '../db/open';
import { listProposals, listRecords, recordFacets } from '../db/queries';
import {
  addProposal,
  addRecord,
  addRecordsFromPage,
  allRecordsAndProposals,
  changeProposal,
  changeRecord,
  deleteProposalsRemembered,
  deleteRecordsRemembered,
  mergeImport,
  readLibrary,
  recordsByIds,
  replaceLibrary,
  restoreMissingProposals,
  restoreMissingRecords,
} from '../db/records';
import type { ReportLensDb } from '../db/schema';
import { makeBackup, parseBackup } from '../io/backup';
import { checkProposal, checkRecord, makePack } from '../io/export';
import { recordContentKey } from '../io/keys';
import { sizeProblem } from '../io/limits';
import { type ImportMergeResult, mergeImportedProposals, mergeImportedRecords } from '../io/merge';
import type { ImportProblem } from '../io/problems';
import { statementToRecord } from '../io/statements';
import { type DomainHandlers, RequestError } from '../messages';
import type { FigureRecord, Proposal } from '../model';
import { disagree } from '../pack/conflicts';
import { parsePack } from '../pack/format';
import { type BackedUpSettings, readBackedUpSettings, type StorageItems } from '../storage-items';
import { refusedFile } from './refusals';
import { foldText } from '../text/fold';
import { siteListWriter } from './sites';
import { mirrorAllPages } from './snippets';

function invalid(what: string, problems: ImportProblem[]): never {
  const list = problems.map((p) => (p.path ? `${p.path} ${p.message}` : p.message)).join('; ');
  throw new RequestError('invalid-request', `${what}: ${list}`);
}

/** Fields a user may set; anything else in a request is ignored (ids, origin and times are the library's). */
const EDITABLE = [
  'region',
  'year',
  'indicator',
  'kind',
  'value',
  'valueMax',
  'unit',
  'qualifier',
  'text',
  'extraQualifier',
  'measure',
  'note',
  'estimate',
  'source',
] as const;

function applyChanges(base: FigureRecord, changes: RecordChanges): FigureRecord {
  const next: Record<string, unknown> = { ...base };
  for (const key of EDITABLE) {
    if (!(key in changes)) continue;
    const value = changes[key];
    // An emptied field is removed, so a record never carries '' or null where the model says "absent".
    if (value === undefined || value === '' || (value === null && key !== 'qualifier')) delete next[key];
    else next[key] = key === 'source' ? { ...(value as object) } : value;
  }
  if (typeof next.region === 'string') next.region = next.region.trim();
  if (next.unit === undefined) next.unit = '';
  return next as unknown as FigureRecord;
}

const PROPOSAL_EDITABLE = ['region', 'year', 'author', 'role', 'title', 'summary', 'topics', 'source'] as const;

function applyProposalChanges(base: Proposal, changes: ProposalChanges): Proposal {
  const next: Record<string, unknown> = { ...base };
  for (const key of PROPOSAL_EDITABLE) {
    if (!(key in changes)) continue;
    const value = changes[key];
    if (value === undefined || value === null || value === '') delete next[key];
    else next[key] = value;
  }
  if (Array.isArray(next.topics)) {
    // Topics are matched folded to simplified (DESIGN: one multi-entry index serves both scripts).
    next.topics = [...new Set((next.topics as unknown[]).map((t) => foldText(String(t).trim())).filter(Boolean))];
  }
  if (next.role === undefined) next.role = '';
  return next as unknown as Proposal;
}

function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

function counts(result: ImportMergeResult<unknown>): ImportCounts {
  const { added, updated, unchanged, kept, duplicates } = result;
  return { added, updated, unchanged, kept, duplicates };
}

/** Merges validated rows into the database; the caller has checked them. */
export function mergeIntoDb(db: ReportLensDb, records: FigureRecord[], proposals: Proposal[]) {
  return mergeImport(db, records, proposals, (stored) => {
    const recordMerge = mergeImportedRecords(stored.recordsById, stored.recordsFromSamePages, records);
    const proposalMerge = mergeImportedProposals(stored.proposalsById, proposals);
    return {
      records: recordMerge.put,
      proposals: proposalMerge.put,
      result: { records: counts(recordMerge), proposals: counts(proposalMerge) },
    };
  });
}

/**
 * A page that states a figure differently from a stored record of the same fact is a second source that disagrees:
 * both sides name each other in `conflictsWith` (lib/pack/conflicts.ts decides what disagrees), so the library
 * shows them together. `fresh` is changed in place; the stored records it touches are returned for writing (their
 * edit flag is untouched: marking a conflict is not the user's edit). `sameFact[i]` holds the stored records of
 * `fresh[i]`'s fact.
 */
function markConflictsWithStored(fresh: FigureRecord[], sameFact: FigureRecord[][]): FigureRecord[] {
  const touched = new Map<string, FigureRecord>();
  fresh.forEach((record, i) => {
    for (const stored of sameFact[i]) {
      const other = touched.get(stored.id) ?? stored;
      if (!disagree(other, record)) continue;
      record.conflictsWith = [...new Set([...(record.conflictsWith ?? []), other.id])].sort();
      touched.set(other.id, {
        ...other,
        conflictsWith: [...new Set([...(other.conflictsWith ?? []), record.id])].sort(),
      });
    }
  });
  return [...touched.values()];
}

/** Settings outside the database that backups carry (lib/storage-items.ts); absent in tests that do not care. */
export type BackupItems = Pick<StorageItems, 'disabledSites' | 'popupRegion' | 'packLoadedFor' | 'snippetPages'>;

export function recordHandlers({ withDb, write }: DbAccess, items?: BackupItems): DomainHandlers<RecordsApi> {
  const writeSites = items ? siteListWriter(items.disabledSites) : null;
  return {
    listRecords: (filter) => {
      return withDb((db) => listRecords(db, filter ?? {}));
    },

    getRecords: async (request) => {
      return { records: await withDb((db) => recordsByIds(db, request.ids)) };
    },

    recordFacets: () => withDb((db) => recordFacets(db)),

    addRecord: async (request) => {
      const base: FigureRecord = {
        id: newId('user'),
        region: '',
        year: 0,
        indicator: 'gdp_growth',
        kind: 'target',
        unit: '',
        source: { url: '' },
        origin: 'user',
        updatedAt: Date.now(),
      };
      const record = applyChanges(base, request.record as RecordChanges);
      const problems = checkRecord(record);
      if (problems.length) invalid('The record cannot be saved', problems);
      await write((db) => addRecord(db, record));
      return { record };
    },

    updateRecord: async (request) => {
      const { id, changes } = request;
      const record = await write((db) =>
        changeRecord(db, id, (stored) => {
          if (!stored) throw new RequestError('not-found', `No record with id "${id}" (it may have been deleted).`);
          const next = applyChanges(stored, changes as RecordChanges);
          next.userEdited = true;
          next.updatedAt = Date.now();
          const problems = checkRecord(next);
          if (problems.length) invalid('The change cannot be saved', problems);
          return next;
        }),
      );
      return { record };
    },

    deleteRecords: async (request) => {
      // A deleted pack record is remembered, so that the next pack update does not bring it back.
      const deleted = await write((db) => deleteRecordsRemembered(db, request.ids, Date.now()));
      return { deleted };
    },

    restoreRecords: async (request) => {
      // The rows as deleteRecords answered them, checked by the router as pack rows.
      const restored = await write((db) => restoreMissingRecords(db, request.records as FigureRecord[]));
      return { restored };
    },

    listProposals: (filter) => {
      const f = { ...(filter ?? {}) };
      if (f.topic) f.topic = foldText(f.topic.trim());
      return withDb((db) => listProposals(db, f));
    },

    addProposal: async (request) => {
      const base: Proposal = {
        id: newId('user-proposal'),
        region: '',
        year: 0,
        author: '',
        role: '',
        title: '',
        topics: [],
        source: { url: '' },
        origin: 'user',
        updatedAt: Date.now(),
      };
      const proposal = applyProposalChanges(base, request.proposal as ProposalChanges);
      const problems = checkProposal(proposal);
      if (problems.length) invalid('The proposal cannot be saved', problems);
      await write((db) => addProposal(db, proposal));
      return { proposal };
    },

    updateProposal: async (request) => {
      const { id, changes } = request;
      const proposal = await write((db) =>
        changeProposal(db, id, (stored) => {
          if (!stored) throw new RequestError('not-found', `No proposal with id "${id}" (it may have been deleted).`);
          const next = applyProposalChanges(stored, changes as ProposalChanges);
          // Proposals have no edit flag: an edited proposal becomes the user's, which the pack never replaces.
          next.origin = 'user';
          next.updatedAt = Date.now();
          const problems = checkProposal(next);
          if (problems.length) invalid('The change cannot be saved', problems);
          return next;
        }),
      );
      return { proposal };
    },

    deleteProposals: async (request) => {
      const deleted = await write((db) => deleteProposalsRemembered(db, request.ids, Date.now()));
      return { deleted };
    },

    restoreProposals: async (request) => {
      const restored = await write((db) => restoreMissingProposals(db, request.proposals as Proposal[]));
      return { restored };
    },

    saveStatements: async (request) => {
      const { statements, source } = request;
      const now = Date.now();
      const records = statements.map((s) => statementToRecord(s, source, now));
      return write((db) =>
        addRecordsFromPage(db, source.url, records, ({ samePage, sameId, sameFact }) => {
          // A statement already saved (same id, or the same figure from this page) is skipped.
          const known = new Set(samePage.map(recordContentKey));
          const fresh: FigureRecord[] = [];
          const freshFacts: FigureRecord[][] = [];
          records.forEach((r, i) => {
            const key = recordContentKey(r);
            if (sameId[i] || known.has(key)) return;
            known.add(key);
            fresh.push(r);
            freshFacts.push(sameFact[i]);
          });
          const touched = markConflictsWithStored(fresh, freshFacts);
          return {
            add: fresh,
            update: touched,
            result: { saved: fresh.length, skipped: records.length - fresh.length, ids: fresh.map((r) => r.id) },
          };
        }),
      );
    },

    exportAll: () =>
      withDb(async (db) => {
        const [records, proposals] = await allRecordsAndProposals(db);
        return makePack(records, proposals);
      }),

    importPack: async (request): Promise<ImportOutcome> => {
      const { text } = request;
      const tooBig = sizeProblem(text.length);
      if (tooBig) throw refusedFile([{ path: '', message: tooBig }], 'too-large');
      const parsed = parsePack(text);
      if (!parsed.ok) throw refusedFile(parsed.problems);
      // A storage failure throws a StorageError (code 'storage') whose sentence says what is left (lib/db/storage.ts).
      return write((db) => mergeIntoDb(db, parsed.pack.records, parsed.pack.proposals));
    },

    backupAll: () =>
      withDb(async (db) => {
        const tables = await readLibrary(db);
        // A conflict may name a record deleted since; the file leaves such names out (see withoutDanglingConflicts).
        const pack = makePack(tables.records, []);
        const settings: BackedUpSettings = items ? await readBackedUpSettings(items) : { disabledSites: [] };
        return makeBackup({ ...tables, records: pack.records, settings });
      }),

    restoreBackup: async (request): Promise<RestoreOutcome> => {
      const { text } = request;
      const tooBig = sizeProblem(text.length);
      if (tooBig) throw refusedFile([{ path: '', message: tooBig }], 'too-large');
      const parsed = parseBackup(text);
      if (!parsed.ok) throw refusedFile(parsed.problems);
      const { backup } = parsed;
      // An older backup has no deletions or corrections: then what this library holds of them is kept.
      await write((db) => replaceLibrary(db, backup));
      // The snippets changed wholesale: the pages-with-snippets mirror is rebuilt from them (it is derived data, so
      // the file does not carry it), and restored snippets show at once.
      await withDb((db) => mirrorAllPages(db, items?.snippetPages));
      if (items) await restoreSettings(items, backup.settings, writeSites);
      return { counts: backup.counts };
    },
  };
}

/**
 * The settings a backup carries come back with it; one the file does not hold (an older backup) is left as it is.
 * The pack flag comes back with the records it describes: a backup made before a pack update then has the newer
 * pack loaded over it at the next start (the user's own rows are kept, lib/pack/merge.ts).
 */
async function restoreSettings(
  items: BackupItems,
  settings: BackedUpSettings | undefined,
  writeSites: ReturnType<typeof siteListWriter> | null,
): Promise<void> {
  const sites = settings?.disabledSites;
  if (writeSites && sites) {
    await writeSites((set) => {
      set.clear();
      for (const host of sites) set.add(host);
    });
  }
  if (settings?.popupRegion !== undefined) await items.popupRegion.setValue(settings.popupRegion);
  if (settings?.packLoadedFor !== undefined) await items.packLoadedFor.setValue(settings.packLoadedFor);
}
