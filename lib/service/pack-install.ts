// Loading the starter pack into the database, on install and on every update of the extension.
//
// Idempotent: pack ids come from content (lib/pack/ids.ts), so a second load replaces rows in place. What the user
// owns is never touched (lib/pack/merge.ts): a record they edited, anything saved from a page, added by hand or
// imported, and a pack row they deleted stays deleted. Pack rows the new pack no longer has (a figure corrected or
// withdrawn upstream) are removed unless the user edited them.
//
// The pack holds thousands of records, so they are written in chunks, each its own short transaction, with a pause
// between them: the library stays responsive (its reads are not queued behind one long write) and can show the
// progress. Each chunk checks again, inside its transaction, that the rows it replaces are still the pack's — a
// record the user edits or deletes while the pack loads stays as the user left it. A worker stopped halfway leaves
// some rows written; the "loaded" flag is set only at the end, so the next start loads again (idempotent).
import type { DbAccess } from '../db/open';
import { countRecords, finishPackLoad, readPackState, writePackChunk } from '../db/pack';
import type { FigureRecord, Proposal } from '../model';
import { type Pack, parsePack } from '../pack/format';
import { isReplaceable, mergePackRecords } from '../pack/merge';
import type { PackLoadStats, StorageItems } from '../storage-items';

export type { PackLoadStats };

export interface PackInstallResult {
  /** Pack rows (records and proposals) not loaded because the user deleted them earlier. */
  deleted: number;
  /** Pack records written (new or refreshed). */
  records: number;
  /** Pack records not written because the stored row is the user's. */
  kept: number;
  /** Earlier pack records the new pack no longer has, removed. */
  removed: number;
  proposals: number;
  proposalsKept: number;
  proposalsRemoved: number;
}

/** Where a load is: records written so far out of those to write. */
export interface PackProgress {
  phase: 'reading' | 'writing' | 'done';
  done: number;
  total: number;
}

export interface InstallOptions {
  /** Records per write transaction (default 500). */
  chunkSize?: number;
  onProgress?: (progress: PackProgress) => void;
  /** What to await between chunks (default: a macrotask, so other work on the database and the page can run). */
  pause?: () => Promise<void>;
}

export const DEFAULT_CHUNK = 500;
const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A stored proposal may be replaced by the pack's when it came from the pack (editing makes it the user's). */
function replaceableProposal(p: Proposal): boolean {
  return p.origin === 'pack';
}

export async function installStarterPack(
  access: DbAccess,
  pack: Pack,
  options: InstallOptions = {},
): Promise<PackInstallResult> {
  const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
  const pause = options.pause ?? macrotask;
  const report = options.onProgress ?? (() => {});
  report({ phase: 'reading', done: 0, total: pack.records.length });

  // 1. What is stored now: the pack's rows, the user's rows that carry a pack id (kept, edited), the deletions.
  //    Only keys are read for the user's rows, so a first install into an empty database reads next to nothing.
  const packIds = new Set(pack.records.map((r) => r.id));
  const { existing, deletedIds } = await access.withDb((db) => readPackState(db, packIds));
  // A pack row the user deleted stays deleted (unless it is stored again, e.g. restored from a backup).
  const wanted = pack.records.filter((r) => existing.has(r.id) || !deletedIds.has(r.id));
  const { put, kept: keptAtStart, stale } = mergePackRecords([...existing.values()], wanted);

  // 2. Write in chunks. A row that was stored when the load began is checked again inside the chunk's transaction
  //    (the user may have edited or deleted it meanwhile); a new row cannot have been touched by the user yet.
  let written = 0;
  let kept = keptAtStart;
  let deletedMeanwhile = 0;
  report({ phase: 'writing', done: 0, total: put.length });
  for (let i = 0; i < put.length; i += chunkSize) {
    const chunk = put.slice(i, i + chunkSize);
    const recheck = chunk.filter((r) => existing.has(r.id)).map((r) => r.id);
    const outcome = await access.withDb((db) =>
      writePackChunk(db, recheck, (stored, deletions) => {
        const userRows = new Set(recheck.filter((_, k) => stored[k] && !isReplaceable(stored[k] as FigureRecord)));
        const userDeleted = new Set(recheck.filter((_, k) => !stored[k] && deletions[k]));
        const rows = chunk.filter((r) => !userRows.has(r.id) && !userDeleted.has(r.id));
        return { rows, result: { written: rows.length, userRows: userRows.size, userDeleted: userDeleted.size } };
      }),
    );
    written += outcome.written;
    kept += outcome.userRows;
    deletedMeanwhile += outcome.userDeleted;
    report({ phase: 'writing', done: Math.min(i + chunk.length, put.length), total: put.length });
    if (i + chunkSize < put.length) await pause();
  }

  // 3. Earlier pack rows the new pack dropped, and the proposals (a few dozen: one transaction).
  const incoming = new Set(pack.proposals.map((p) => p.id));
  const { result: finished, proposalsRemoved } = await access.withDb((db) =>
    finishPackLoad(
      db,
      stale,
      pack.proposals.map((p) => p.id),
      (staleRows, storedProposals) => {
        const removable = staleRows.filter((r): r is FigureRecord => !!r && isReplaceable(r)).map((r) => r.id);
        const stored = new Map<string, Proposal>();
        for (const p of storedProposals) if (p) stored.set(p.id, p);
        const seen = new Set<string>();
        const putProposals: Proposal[] = [];
        let proposalsKept = 0;
        let deletedProposals = 0;
        for (const p of pack.proposals) {
          if (seen.has(p.id)) continue;
          seen.add(p.id);
          const current = stored.get(p.id);
          if (!current && deletedIds.has(p.id)) {
            deletedProposals++;
            continue;
          }
          if (current && !replaceableProposal(current)) proposalsKept++;
          else putProposals.push({ ...p, origin: 'pack' });
        }
        return {
          deleteRecords: removable,
          putProposals,
          result: { removed: removable.length, proposals: putProposals.length, proposalsKept, deletedProposals },
        };
      },
      // Stored pack proposals the new pack dropped.
      (p) => replaceableProposal(p) && !incoming.has(p.id),
    ),
  );
  const result: PackInstallResult = {
    deleted: pack.records.length - wanted.length + deletedMeanwhile + finished.deletedProposals,
    records: written,
    kept,
    removed: finished.removed,
    proposals: finished.proposals,
    proposalsKept: finished.proposalsKept,
    proposalsRemoved,
  };
  report({ phase: 'done', done: put.length, total: put.length });
  return result;
}

/**
 * Reads the starter pack shipped with the extension (`load` returns its parsed JSON) and installs it. The pack is
 * validated first: a broken build must not reach the database.
 */
export async function installShippedPack(
  access: DbAccess,
  load: () => Promise<unknown>,
  options: InstallOptions = {},
): Promise<PackInstallResult> {
  const parsed = parsePack(await load());
  if (!parsed.ok) {
    throw new Error(
      `The shipped starter pack is invalid: ${parsed.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
    );
  }
  return installStarterPack(access, parsed.pack, options);
}

/** Where the background notes which version loaded the pack completely, and how that load went. */
export type PackFlags = Pick<StorageItems, 'packLoadedFor' | 'packLoadStats'>;

/**
 * Loads the shipped pack when this version has not loaded it yet — on install and update, and again at the next
 * browser start if a load failed or the worker was stopped halfway (the install event does not come twice) — or
 * when the records table is empty (the browser dropped the database).
 * Returns null when the pack was already loaded.
 */
export async function ensureShippedPack(
  access: DbAccess,
  flags: PackFlags,
  version: string,
  load: () => Promise<unknown>,
  options: { force?: boolean } & InstallOptions = {},
): Promise<PackInstallResult | null> {
  if (!options.force && (await flags.packLoadedFor.getValue()) === version) {
    // Loaded once, but the browser may have dropped the database since (a full disk does that): an empty records
    // table means load again.
    const stored = await access.withDb(countRecords);
    if (stored > 0) return null;
  }
  const started = Date.now();
  const marks: Partial<Record<PackProgress['phase'], number>> = {};
  const onProgress = (p: PackProgress) => {
    if (p.phase === 'reading' || (p.phase === 'writing' && p.done === 0) || p.phase === 'done')
      marks[p.phase] = Date.now() - started;
    options.onProgress?.(p);
  };
  const result = await installShippedPack(access, load, { ...options, onProgress });
  // How long the load took (fetch, validation and writes), for diagnostics and the browser benchmark.
  const stats: PackLoadStats = {
    ms: Date.now() - started,
    records: result.records,
    at: started,
    phases: { parsed: marks.reading ?? 0, read: marks.writing ?? 0, written: marks.done ?? 0 },
  };
  await flags.packLoadStats.setValue(stats);
  await flags.packLoadedFor.setValue(version);
  return result;
}

/** What the library shows about the pack: loading (with progress), loaded, or failed — kept by the background. */
export interface PackStatus {
  state: 'idle' | 'loading' | 'loaded' | 'failed';
  done: number;
  total: number;
  error?: string;
}

/** The background's record of the current load, updated from `onProgress` and read by the `getPackStatus` message. */
export class PackStatusTracker {
  private status: PackStatus = { state: 'idle', done: 0, total: 0 };

  get(): PackStatus {
    return { ...this.status };
  }

  progress(p: PackProgress): void {
    this.status =
      p.phase === 'done'
        ? { state: 'loaded', done: p.total, total: p.total }
        : { state: 'loading', done: p.done, total: p.total };
  }

  failed(error: unknown): void {
    this.status = { ...this.status, state: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}
