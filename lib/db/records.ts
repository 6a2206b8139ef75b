// The library's writes of records and proposals, and the whole-library reads and writes of backups. Each is one
// transaction: a request happens completely or not at all. The rules (what a change may set, how an import merges,
// what conflicts) stay with the caller (lib/service/records.ts) and come in as plain functions.
import type { PageCorrections } from '../corrections';
import type { FigureRecord, Proposal, ReportText, Snippet } from '../model';
import type { Deletion, ReportLensDb } from './schema';

export async function recordsByIds(db: ReportLensDb, ids: string[]): Promise<FigureRecord[]> {
  return (await db.records.bulkGet(ids)).filter((r): r is FigureRecord => !!r);
}

export async function addRecord(db: ReportLensDb, record: FigureRecord): Promise<void> {
  await db.records.add(record);
}

export async function addProposal(db: ReportLensDb, proposal: Proposal): Promise<void> {
  await db.proposals.add(proposal);
}

/** Reads the record, lets `change` build its next state (it may throw to change nothing), and stores it. */
export function changeRecord(
  db: ReportLensDb,
  id: string,
  change: (stored: FigureRecord | undefined) => FigureRecord,
): Promise<FigureRecord> {
  return db.transaction('rw', db.records, async () => {
    const next = change(await db.records.get(id));
    await db.records.put(next);
    return next;
  });
}

/** Reads the proposal, lets `change` build its next state (it may throw to change nothing), and stores it. */
export function changeProposal(
  db: ReportLensDb,
  id: string,
  change: (stored: Proposal | undefined) => Proposal,
): Promise<Proposal> {
  return db.transaction('rw', db.proposals, async () => {
    const next = change(await db.proposals.get(id));
    await db.proposals.put(next);
    return next;
  });
}

/**
 * Deletes the records with these ids and answers the rows that were there (for undo). Starter-pack rows are
 * remembered in `deletions`, so that the next pack update does not bring them back.
 */
export function deleteRecordsRemembered(db: ReportLensDb, ids: string[], now: number): Promise<FigureRecord[]> {
  return db.transaction('rw', db.records, db.deletions, async () => {
    const rows = (await db.records.bulkGet(ids)).filter((r): r is FigureRecord => !!r);
    await db.records.bulkDelete(rows.map((r) => r.id));
    await db.deletions.bulkPut(rows.filter((r) => r.origin === 'pack').map((r) => ({ id: r.id, deletedAt: now })));
    return rows;
  });
}

/** The same for proposals. */
export function deleteProposalsRemembered(db: ReportLensDb, ids: string[], now: number): Promise<Proposal[]> {
  return db.transaction('rw', db.proposals, db.deletions, async () => {
    const rows = (await db.proposals.bulkGet(ids)).filter((p): p is Proposal => !!p);
    await db.proposals.bulkDelete(rows.map((p) => p.id));
    await db.deletions.bulkPut(rows.filter((p) => p.origin === 'pack').map((p) => ({ id: p.id, deletedAt: now })));
    return rows;
  });
}

/** Puts back the records whose id is not stored (and forgets their deletion); answers how many. */
export function restoreMissingRecords(db: ReportLensDb, rows: FigureRecord[]): Promise<number> {
  return db.transaction('rw', db.records, db.deletions, async () => {
    const present = await db.records.bulkGet(rows.map((r) => r.id));
    const missing = rows.filter((_, i) => !present[i]);
    await db.records.bulkPut(missing);
    await db.deletions.bulkDelete(missing.map((r) => r.id));
    return missing.length;
  });
}

/** Puts back the proposals whose id is not stored (and forgets their deletion); answers how many. */
export function restoreMissingProposals(db: ReportLensDb, rows: Proposal[]): Promise<number> {
  return db.transaction('rw', db.proposals, db.deletions, async () => {
    const present = await db.proposals.bulkGet(rows.map((p) => p.id));
    const missing = rows.filter((_, i) => !present[i]);
    await db.proposals.bulkPut(missing);
    await db.deletions.bulkDelete(missing.map((p) => p.id));
    return missing.length;
  });
}

/** What `planImport` sees of the stored library: rows with the incoming ids, and records from the same pages. */
export interface StoredForImport {
  recordsById: FigureRecord[];
  recordsFromSamePages: FigureRecord[];
  proposalsById: Proposal[];
}

/**
 * An import of validated rows in one transaction: reads what `plan` needs to merge them (rows with the same ids;
 * for records with a new id, the stored records of their pages, where a duplicate under another id would be), and
 * writes what it decides.
 */
export function mergeImport<R>(
  db: ReportLensDb,
  records: FigureRecord[],
  proposals: Proposal[],
  plan: (stored: StoredForImport) => { records: FigureRecord[]; proposals: Proposal[]; result: R },
): Promise<R> {
  return db.transaction('rw', db.records, db.proposals, async () => {
    const [storedById, storedProposals] = await Promise.all([
      db.records.bulkGet(records.map((r) => r.id)),
      db.proposals.bulkGet(proposals.map((p) => p.id)),
    ]);
    const urls = [...new Set(records.filter((_, i) => !storedById[i]).map((r) => r.source.url))];
    const out = plan({
      recordsById: storedById.filter((r): r is FigureRecord => !!r),
      recordsFromSamePages: await recordsWithUrls(db, urls),
      proposalsById: storedProposals.filter((p): p is Proposal => !!p),
    });
    await db.records.bulkPut(out.records);
    await db.proposals.bulkPut(out.proposals);
    return out.result;
  });
}

/**
 * Stored records from these pages. A few hundred pages: one keyed lookup each on the source.url index. More (a big
 * file of new rows): one pass over the table is cheaper than thousands of lookups (and than `anyOf`, which walks
 * the index with a cursor and was measured quadratic in fake-indexeddb).
 */
async function recordsWithUrls(db: ReportLensDb, urls: string[]): Promise<FigureRecord[]> {
  if (urls.length === 0) return [];
  if (urls.length <= 500) {
    return (await Promise.all(urls.map((url) => db.records.where('source.url').equals(url).toArray()))).flat();
  }
  const wanted = new Set(urls);
  return db.records.filter((r) => wanted.has(r.source.url)).toArray();
}

/** What `plan` sees when records read from a page are saved. */
export interface StoredForPage {
  /** Stored records whose source is the page. */
  samePage: FigureRecord[];
  /** Per incoming record: the stored row with its id, if any. */
  sameId: Array<FigureRecord | undefined>;
  /** Per incoming record: stored records of the same fact (region, indicator, year and kind). */
  sameFact: FigureRecord[][];
}

/**
 * Saves records read from one page in one transaction: `plan` picks the new rows to add and the stored rows to
 * update (e.g. to name a conflict) from what is stored.
 */
export function addRecordsFromPage<R>(
  db: ReportLensDb,
  pageUrl: string,
  records: FigureRecord[],
  plan: (stored: StoredForPage) => { add: FigureRecord[]; update: FigureRecord[]; result: R },
): Promise<R> {
  return db.transaction('rw', db.records, async () => {
    const [samePage, sameId, sameFact] = await Promise.all([
      db.records.where('source.url').equals(pageUrl).toArray(),
      db.records.bulkGet(records.map((r) => r.id)),
      Promise.all(
        records.map((r) =>
          db.records
            .where('[region+indicator+year]')
            .equals([r.region, r.indicator, r.year])
            .filter((other) => other.kind === r.kind)
            .toArray(),
        ),
      ),
    ]);
    const { add, update, result } = plan({ samePage, sameId, sameFact });
    await db.records.bulkAdd(add);
    await db.records.bulkPut(update);
    return result;
  });
}

/** Every record and proposal, read in one transaction (a consistent export). */
export function allRecordsAndProposals(db: ReportLensDb): Promise<[FigureRecord[], Proposal[]]> {
  return db.transaction('r', db.records, db.proposals, () =>
    Promise.all([db.records.toArray(), db.proposals.toArray()]),
  );
}

/** Every table of the library. */
export interface LibraryTables {
  records: FigureRecord[];
  proposals: Proposal[];
  reports: ReportText[];
  snippets: Snippet[];
  deletions: Deletion[];
  corrections: PageCorrections[];
}

/** Every table, read in one transaction (a consistent backup). */
export function readLibrary(db: ReportLensDb): Promise<LibraryTables> {
  return db.transaction(
    'r',
    [db.records, db.proposals, db.reports, db.snippets, db.deletions, db.corrections],
    async () => {
      const [records, proposals, reports, snippets, deletions, corrections] = await Promise.all([
        db.records.toArray(),
        db.proposals.toArray(),
        db.reports.toArray(),
        db.snippets.toArray(),
        db.deletions.toArray(),
        db.corrections.toArray(),
      ]);
      return { records, proposals, reports, snippets, deletions, corrections };
    },
  );
}

/**
 * Replaces the library with these tables in one transaction. A table left out (`deletions`, `corrections`: an older
 * backup has none) keeps what is stored.
 */
export function replaceLibrary(
  db: ReportLensDb,
  tables: Omit<LibraryTables, 'deletions' | 'corrections'> & Partial<Pick<LibraryTables, 'deletions' | 'corrections'>>,
): Promise<void> {
  return db.transaction(
    'rw',
    [db.records, db.proposals, db.reports, db.snippets, db.deletions, db.corrections],
    async () => {
      await Promise.all([db.records.clear(), db.proposals.clear(), db.reports.clear(), db.snippets.clear()]);
      await db.records.bulkPut(tables.records);
      await db.proposals.bulkPut(tables.proposals);
      await db.reports.bulkPut(tables.reports);
      await db.snippets.bulkPut(tables.snippets);
      if (tables.deletions) {
        await db.deletions.clear();
        await db.deletions.bulkPut(tables.deletions);
      }
      if (tables.corrections) {
        await db.corrections.clear();
        await db.corrections.bulkPut(tables.corrections);
      }
    },
  );
}
