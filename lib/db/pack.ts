// The starter pack's load (lib/service/pack-install.ts) and coverage: the reads and the chunked writes. Which
// stored row the pack may replace is the caller's rule (lib/pack/merge.ts), handed in.
import type { FigureRecord, Proposal } from '../model';
import type { Deletion, ReportLensDb } from './schema';

/**
 * What is stored now, in one read transaction: the pack's own rows, the user's rows that carry one of `packIds`
 * (kept, edited), and the ids the user deleted. Only keys are read of the user's other rows, so a first install
 * into an empty database reads next to nothing.
 */
export function readPackState(
  db: ReportLensDb,
  packIds: Set<string>,
): Promise<{ existing: Map<string, FigureRecord>; deletedIds: Set<string> }> {
  return db.transaction('r', db.records, db.deletions, async () => {
    const [storedPack, otherKeys, deletions] = await Promise.all([
      db.records.where('origin').equals('pack').toArray(),
      db.records.where('origin').anyOf(['page', 'user', 'import']).primaryKeys(),
      db.deletions.toCollection().primaryKeys(),
    ]);
    const rows = new Map(storedPack.map((r) => [r.id, r]));
    const userOwned = await db.records.bulkGet((otherKeys as string[]).filter((id) => packIds.has(id)));
    for (const r of userOwned) if (r) rows.set(r.id, r);
    return { existing: rows, deletedIds: new Set(deletions as string[]) };
  });
}

/**
 * Writes one chunk of pack records in its own transaction. The rows in `recheck` were stored when the load began;
 * they are read again here with their deletion marks, and `pick` decides from that which rows of the chunk to write.
 */
export function writePackChunk<R>(
  db: ReportLensDb,
  recheck: string[],
  pick: (
    stored: Array<FigureRecord | undefined>,
    deletions: Array<Deletion | undefined>,
  ) => { rows: FigureRecord[]; result: R },
): Promise<R> {
  return db.transaction('rw', db.records, db.deletions, async () => {
    const [stored, deletions] = recheck.length
      ? await Promise.all([db.records.bulkGet(recheck), db.deletions.bulkGet(recheck)])
      : [[], []];
    const { rows, result } = pick(stored, deletions);
    await db.records.bulkPut(rows);
    return result;
  });
}

/** What the last step of a load decides. */
export interface PackFinish {
  /** Stored records to delete (earlier pack rows the new pack dropped). */
  deleteRecords: string[];
  /** Proposals to write. */
  putProposals: Proposal[];
}

/**
 * The last step of a load, in one transaction: `decide` sees the stored rows of `staleIds` and of the pack's
 * proposals and says what to delete and write; then every stored proposal `isStaleProposal` picks is deleted (a
 * scan, but the proposals table is small next to records and this runs once per update). Answers `decide`'s
 * result with the number of proposals removed.
 */
export function finishPackLoad<R>(
  db: ReportLensDb,
  staleIds: string[],
  proposalIds: string[],
  decide: (
    staleRows: Array<FigureRecord | undefined>,
    storedProposals: Array<Proposal | undefined>,
  ) => PackFinish & { result: R },
  isStaleProposal: (p: Proposal) => boolean,
): Promise<{ result: R; proposalsRemoved: number }> {
  return db.transaction('rw', db.records, db.proposals, db.deletions, async () => {
    const [staleRows, storedProposals] = await Promise.all([
      db.records.bulkGet(staleIds),
      db.proposals.bulkGet(proposalIds),
    ]);
    const { deleteRecords, putProposals, result } = decide(staleRows, storedProposals);
    await db.records.bulkDelete(deleteRecords);
    await db.proposals.bulkPut(putProposals);
    const staleProposals = (await db.proposals.filter(isStaleProposal).primaryKeys()) as string[];
    await db.proposals.bulkDelete(staleProposals);
    return { result, proposalsRemoved: staleProposals.length };
  });
}

export function countRecords(db: ReportLensDb): Promise<number> {
  return db.records.count();
}

/** The four fields the coverage table needs of every record, read with a cursor: no full row is kept in memory. */
export async function recordCells(
  db: ReportLensDb,
): Promise<Array<Pick<FigureRecord, 'region' | 'year' | 'indicator' | 'kind'>>> {
  const rows: Array<Pick<FigureRecord, 'region' | 'year' | 'indicator' | 'kind'>> = [];
  await db.records.each((r) => {
    rows.push({ region: r.region, year: r.year, indicator: r.indicator, kind: r.kind });
  });
  return rows;
}
