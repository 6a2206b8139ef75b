// Loading the starter pack into the database, on install and on every update of the extension.
//
// Idempotent: pack ids come from content (lib/pack/ids.ts), so a second load replaces rows in place. What the user
// owns is never touched (lib/pack/merge.ts): a record they edited, anything saved from a page, added by hand or
// imported. Pack rows the new pack no longer has (a figure corrected or withdrawn upstream) are removed unless the
// user edited them. Everything happens in one transaction: a worker stopped halfway leaves the previous state,
// and the next start (or update) loads again.
import type { DbAccess } from '../db/open';
import type { Proposal } from '../model';
import { type Pack, parsePack } from '../pack/format';
import { mergePackRecords } from '../pack/merge';

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

/** A stored proposal may be replaced by the pack's when it came from the pack (editing makes it the user's). */
function replaceableProposal(p: Proposal): boolean {
  return p.origin === 'pack';
}

export function installStarterPack(access: DbAccess, pack: Pack): Promise<PackInstallResult> {
  return access.withDb((db) =>
    db.transaction('rw', db.records, db.proposals, db.deletions, async () => {
      const [sameIds, storedPack, deletions] = await Promise.all([
        db.records.bulkGet(pack.records.map((r) => r.id)),
        db.records.where('origin').equals('pack').toArray(),
        db.deletions.toCollection().primaryKeys(),
      ]);
      const existing = new Map(storedPack.map((r) => [r.id, r]));
      for (const r of sameIds) if (r) existing.set(r.id, r);
      // A pack row the user deleted stays deleted (unless it is stored again, e.g. restored from a backup).
      const deletedIds = new Set(deletions as string[]);
      const wanted = pack.records.filter((r) => existing.has(r.id) || !deletedIds.has(r.id));
      const { put, kept, stale } = mergePackRecords([...existing.values()], wanted);
      await db.records.bulkPut(put);
      await db.records.bulkDelete(stale);

      const storedProposals = await db.proposals.bulkGet(pack.proposals.map((p) => p.id));
      const stored = new Map<string, Proposal>();
      for (const p of storedProposals) if (p) stored.set(p.id, p);
      const incoming = new Set<string>();
      const putProposals: Proposal[] = [];
      let proposalsKept = 0;
      let deletedProposals = 0;
      for (const p of pack.proposals) {
        if (incoming.has(p.id)) continue;
        incoming.add(p.id);
        const current = stored.get(p.id);
        if (!current && deletedIds.has(p.id)) {
          deletedProposals++;
          continue;
        }
        if (current && !replaceableProposal(current)) proposalsKept++;
        else putProposals.push({ ...p, origin: 'pack' });
      }
      await db.proposals.bulkPut(putProposals);
      // Stored pack proposals the new pack dropped: found through the year index's full range is a scan, but the
      // proposals table is small next to records and this runs once per update.
      const staleProposals = (await db.proposals.filter((p) => replaceableProposal(p) && !incoming.has(p.id)).primaryKeys()) as string[];
      await db.proposals.bulkDelete(staleProposals);

      return {
        deleted: pack.records.length - wanted.length + deletedProposals,
        records: put.length,
        kept,
        removed: stale.length,
        proposals: putProposals.length,
        proposalsKept,
        proposalsRemoved: staleProposals.length,
      };
    }),
  );
}

/**
 * Reads the starter pack shipped with the extension (`load` returns its parsed JSON) and installs it. The pack is
 * validated first: a broken build must not reach the database.
 */
export async function installShippedPack(access: DbAccess, load: () => Promise<unknown>): Promise<PackInstallResult> {
  const parsed = parsePack(await load());
  if (!parsed.ok) {
    throw new Error(`The shipped starter pack is invalid: ${parsed.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  }
  return installStarterPack(access, parsed.pack);
}

/** Where the background notes which extension version last loaded the pack completely. */
export const PACK_LOADED_KEY = 'starterPackLoadedFor';

export interface KeyValueStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Loads the shipped pack when this version has not loaded it yet — on install and update, and again at the next
 * browser start if a load failed or the worker was stopped halfway (the install event does not come twice) — or
 * when the records table is empty (the browser dropped the database).
 * Returns null when the pack was already loaded.
 */
export async function ensureShippedPack(
  access: DbAccess,
  store: KeyValueStore,
  version: string,
  load: () => Promise<unknown>,
  options: { force?: boolean } = {},
): Promise<PackInstallResult | null> {
  if (!options.force && (await store.get(PACK_LOADED_KEY))[PACK_LOADED_KEY] === version) {
    // Loaded once, but the browser may have dropped the database since (a full disk does that): an empty records
    // table means load again.
    const stored = await access.withDb((db) => db.records.count());
    if (stored > 0) return null;
  }
  const result = await installShippedPack(access, load);
  await store.set({ [PACK_LOADED_KEY]: version });
  return result;
}
