// Handlers for records and proposals (lib/api/records.ts). Every write is one Dexie transaction: a request either
// happens completely or not at all — an invalid file, a full disk or a worker stopped halfway leave the database
// exactly as it was.
import type { ImportCounts, ImportOutcome, ProposalChanges, RecordChanges, RecordsApi, RestoreOutcome } from '../api/records';
import type { DbAccess } from '../db/open';
import { listProposals, listRecords, recordFacets } from '../db/queries';
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
import { refusedFile } from './refusals';
import { foldText } from '../text/fold';
import { mirrorAllPages } from './snippets';
import type { KeyValueStore } from './pack-install';
import { readDisabledSites, siteListWriter } from './sites';

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
export async function mergeIntoDb(db: ReportLensDb, records: FigureRecord[], proposals: Proposal[]) {
  return db.transaction('rw', db.records, db.proposals, async () => {
    const [storedById, storedProposals] = await Promise.all([
      db.records.bulkGet(records.map((r) => r.id)),
      db.proposals.bulkGet(proposals.map((p) => p.id)),
    ]);
    // Only rows with a new id can be a duplicate under another id; their pages' stored records are looked up.
    const urls = [...new Set(records.filter((_, i) => !storedById[i]).map((r) => r.source.url))];
    const storedSameSource = await storedWithUrls(db, urls);
    const recordMerge = mergeImportedRecords(
      storedById.filter((r): r is FigureRecord => !!r),
      storedSameSource,
      records,
    );
    const proposalMerge = mergeImportedProposals(
      storedProposals.filter((p): p is Proposal => !!p),
      proposals,
    );
    await db.records.bulkPut(recordMerge.put);
    await db.proposals.bulkPut(proposalMerge.put);
    return { records: counts(recordMerge), proposals: counts(proposalMerge) };
  });
}

/**
 * Stored records from these pages. A few hundred pages: one keyed lookup each on the source.url index. More (a big
 * file of new rows): one pass over the table is cheaper than thousands of lookups (and than `anyOf`, which walks
 * the index with a cursor and was measured quadratic in fake-indexeddb).
 */
async function storedWithUrls(db: ReportLensDb, urls: string[]): Promise<FigureRecord[]> {
  if (urls.length === 0) return [];
  if (urls.length <= 500) {
    return (await Promise.all(urls.map((url) => db.records.where('source.url').equals(url).toArray()))).flat();
  }
  const wanted = new Set(urls);
  return db.records.filter((r) => wanted.has(r.source.url)).toArray();
}

/**
 * A page that states a figure differently from a stored record of the same fact is a second source that disagrees:
 * both sides name each other in `conflictsWith` (lib/pack/conflicts.ts decides what disagrees), so the library
 * shows them together. `fresh` is changed in place; the stored records it touches are returned for writing (their
 * edit flag is untouched: marking a conflict is not the user's edit).
 */
async function markConflictsWithStored(db: ReportLensDb, fresh: FigureRecord[]): Promise<FigureRecord[]> {
  const touched = new Map<string, FigureRecord>();
  for (const record of fresh) {
    const sameFact = await db.records
      .where('[region+indicator+year]')
      .equals([record.region, record.indicator, record.year])
      .filter((other) => other.kind === record.kind)
      .toArray();
    for (const stored of sameFact) {
      const other = touched.get(stored.id) ?? stored;
      if (!disagree(other, record)) continue;
      record.conflictsWith = [...new Set([...(record.conflictsWith ?? []), other.id])].sort();
      touched.set(other.id, { ...other, conflictsWith: [...new Set([...(other.conflictsWith ?? []), record.id])].sort() });
    }
  }
  return [...touched.values()];
}

export function recordHandlers({ withDb, write }: DbAccess, store?: KeyValueStore): DomainHandlers<RecordsApi> {
  const writeSites = store ? siteListWriter(store) : null;
  return {
    listRecords: (filter) => {
      return withDb((db) => listRecords(db, filter ?? {}));
    },

    getRecords: async (request) => {
      const { ids } = request;
      const rows = await withDb((db) => db.records.bulkGet(ids));
      return { records: rows.filter((r): r is FigureRecord => !!r) };
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
      await write((db) => db.records.add(record));
      return { record };
    },

    updateRecord: async (request) => {
      const { id, changes } = request;
      const record = await write((db) =>
        db.transaction('rw', db.records, async () => {
          const stored = await db.records.get(id);
          if (!stored) throw new RequestError('not-found', `No record with id "${id}" (it may have been deleted).`);
          const next = applyChanges(stored, changes as RecordChanges);
          next.userEdited = true;
          next.updatedAt = Date.now();
          const problems = checkRecord(next);
          if (problems.length) invalid('The change cannot be saved', problems);
          await db.records.put(next);
          return next;
        }),
      );
      return { record };
    },

    deleteRecords: async (request) => {
      const { ids } = request;
      const deleted = await write((db) =>
        db.transaction('rw', db.records, db.deletions, async () => {
          const rows = (await db.records.bulkGet(ids)).filter((r): r is FigureRecord => !!r);
          await db.records.bulkDelete(rows.map((r) => r.id));
          // Remembered so that the next pack update does not bring a deleted pack record back.
          const now = Date.now();
          await db.deletions.bulkPut(rows.filter((r) => r.origin === 'pack').map((r) => ({ id: r.id, deletedAt: now })));
          return rows;
        }),
      );
      return { deleted };
    },

    restoreRecords: async (request) => {
      const records = request.records as FigureRecord[];
      const restored = await write((db) =>
        db.transaction('rw', db.records, db.deletions, async () => {
          const present = await db.records.bulkGet(records.map((r) => r.id));
          const missing = records.filter((_, i) => !present[i]);
          await db.records.bulkPut(missing);
          await db.deletions.bulkDelete(missing.map((r) => r.id));
          return missing.length;
        }),
      );
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
      await write((db) => db.proposals.add(proposal));
      return { proposal };
    },

    updateProposal: async (request) => {
      const { id, changes } = request;
      const proposal = await write((db) =>
        db.transaction('rw', db.proposals, async () => {
          const stored = await db.proposals.get(id);
          if (!stored) throw new RequestError('not-found', `No proposal with id "${id}" (it may have been deleted).`);
          const next = applyProposalChanges(stored, changes as ProposalChanges);
          // Proposals have no edit flag: an edited proposal becomes the user's, which the pack never replaces.
          next.origin = 'user';
          next.updatedAt = Date.now();
          const problems = checkProposal(next);
          if (problems.length) invalid('The change cannot be saved', problems);
          await db.proposals.put(next);
          return next;
        }),
      );
      return { proposal };
    },

    deleteProposals: async (request) => {
      const { ids } = request;
      const deleted = await write((db) =>
        db.transaction('rw', db.proposals, db.deletions, async () => {
          const rows = (await db.proposals.bulkGet(ids)).filter((p): p is Proposal => !!p);
          await db.proposals.bulkDelete(rows.map((p) => p.id));
          const now = Date.now();
          await db.deletions.bulkPut(rows.filter((p) => p.origin === 'pack').map((p) => ({ id: p.id, deletedAt: now })));
          return rows;
        }),
      );
      return { deleted };
    },

    restoreProposals: async (request) => {
      const proposals = request.proposals as Proposal[];
      const restored = await write((db) =>
        db.transaction('rw', db.proposals, db.deletions, async () => {
          const present = await db.proposals.bulkGet(proposals.map((p) => p.id));
          const missing = proposals.filter((_, i) => !present[i]);
          await db.proposals.bulkPut(missing);
          await db.deletions.bulkDelete(missing.map((p) => p.id));
          return missing.length;
        }),
      );
      return { restored };
    },

    saveStatements: async (request) => {
      const { statements, source } = request;
      const now = Date.now();
      const records = statements.map((s) => statementToRecord(s, source, now));
      return write((db) =>
        db.transaction('rw', db.records, async () => {
          const sameSource = await db.records.where('source.url').equals(source.url).toArray();
          const known = new Set(sameSource.map(recordContentKey));
          const present = await db.records.bulkGet(records.map((r) => r.id));
          const fresh: FigureRecord[] = [];
          records.forEach((r, i) => {
            const key = recordContentKey(r);
            if (present[i] || known.has(key)) return;
            known.add(key);
            fresh.push(r);
          });
          const touched = await markConflictsWithStored(db, fresh);
          await db.records.bulkAdd(fresh);
          await db.records.bulkPut(touched);
          return { saved: fresh.length, skipped: records.length - fresh.length, ids: fresh.map((r) => r.id) };
        }),
      );
    },

    exportAll: () =>
      withDb(async (db) => {
        const [records, proposals] = await db.transaction('r', db.records, db.proposals, () =>
          Promise.all([db.records.toArray(), db.proposals.toArray()]),
        );
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
        const tables = await db.transaction('r', [db.records, db.proposals, db.reports, db.snippets, db.deletions, db.corrections], async () => {
          const [records, proposals, reports, snippets, deletions, corrections] = await Promise.all([
            db.records.toArray(),
            db.proposals.toArray(),
            db.reports.toArray(),
            db.snippets.toArray(),
            db.deletions.toArray(),
            db.corrections.toArray(),
          ]);
          return { records, proposals, reports, snippets, deletions, corrections };
        });
        // A conflict may name a record deleted since; the file leaves such names out (see withoutDanglingConflicts).
        const pack = makePack(tables.records, []);
        const disabledSites = store ? await readDisabledSites(store) : [];
        return makeBackup({ ...tables, records: pack.records, settings: { disabledSites } });
      }),

    restoreBackup: async (request): Promise<RestoreOutcome> => {
      const { text } = request;
      const tooBig = sizeProblem(text.length);
      if (tooBig) throw refusedFile([{ path: '', message: tooBig }], 'too-large');
      const parsed = parseBackup(text);
      if (!parsed.ok) throw refusedFile(parsed.problems);
      const { backup } = parsed;
      await write((db) =>
        db.transaction('rw', [db.records, db.proposals, db.reports, db.snippets, db.deletions, db.corrections], async () => {
          await Promise.all([db.records.clear(), db.proposals.clear(), db.reports.clear(), db.snippets.clear()]);
          await db.records.bulkPut(backup.records);
          await db.proposals.bulkPut(backup.proposals);
          await db.reports.bulkPut(backup.reports);
          await db.snippets.bulkPut(backup.snippets);
          // An older backup has no deletions: then what this library remembers is kept.
          if (backup.deletions) {
            await db.deletions.clear();
            await db.deletions.bulkPut(backup.deletions);
          }
          // Likewise the page corrections (schema version 3).
          if (backup.corrections) {
            await db.corrections.clear();
            await db.corrections.bulkPut(backup.corrections);
          }
        }),
      );
      // The snippets changed wholesale: the pages-with-snippets mirror follows, so restored snippets show at once.
      await withDb(mirrorAllPages);
      // Sites switched off come back too (an older backup without settings leaves the list as it is).
      const sites = backup.settings?.disabledSites;
      if (writeSites && sites) {
        await writeSites((set) => {
          set.clear();
          for (const host of sites) set.add(host);
        });
      }
      return { counts: backup.counts };
    },
  };
}
