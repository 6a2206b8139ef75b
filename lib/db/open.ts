import Dexie from 'dexie';
import { ReportLensDb } from './schema';
import type { Counts } from '../model';
import { countAll } from './queries';
import { judgeAfter, StorageError, storageFailure } from './storage';

/** The browser refused IndexedDB (e.g. a Firefox private window). The UI shows `message` to the user. */
export class DbUnavailableError extends Error {
  readonly code = 'db-unavailable';
  constructor(cause?: unknown) {
    super(
      `The browser does not allow Report Lens to store data here (${describe(cause)}). ` +
        'Private windows and "never remember history" block storage; use a normal window.',
    );
    this.name = 'DbUnavailableError';
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** Errors that mean "IndexedDB cannot be used at all", as opposed to a bug in a query. */
function isUnavailable(error: unknown): boolean {
  if (typeof indexedDB === 'undefined') return true;
  const name = error instanceof Error ? error.name : '';
  return ['MissingAPIError', 'InvalidStateError', 'SecurityError', 'OpenFailedError', 'UnknownError'].includes(name);
}

/**
 * Opens the database on first use and hands the same instance to every caller. A worker that slept may find the
 * connection closed: `withDb` retries such a call once on a fresh connection.
 */
export function createDbAccess(
  factory: () => ReportLensDb = () => new ReportLensDb(),
  options: {
    /** Called when a failed write left the database empty (the browser dropped it): reload the starter pack. */
    onEmptied?: () => Promise<unknown> | unknown;
  } = {},
) {
  let db: ReportLensDb | undefined;

  async function open(): Promise<ReportLensDb> {
    if (typeof indexedDB === 'undefined') throw new DbUnavailableError('indexedDB is not defined');
    if (!db) db = factory();
    if (!db.isOpen()) {
      try {
        await db.open();
      } catch (error) {
        db = undefined;
        throw isUnavailable(error) ? new DbUnavailableError(error) : error;
      }
    }
    return db;
  }

  async function withDb<T>(work: (db: ReportLensDb) => Promise<T>): Promise<T> {
    try {
      return await work(await open());
    } catch (error) {
      if (!(error instanceof Dexie.DatabaseClosedError)) throw error;
      db?.close();
      db = undefined;
      return work(await open());
    }
  }

  /**
   * A write: like withDb, but a storage failure (full disk, quota, a dropped database — however the browser names
   * it) is checked against what was stored before, and comes back as one StorageError that says what is left.
   */
  async function write<T>(work: (db: ReportLensDb) => Promise<T>): Promise<T> {
    const before = await withDb((d) => countAll(d)).catch(() => null);
    try {
      return await withDb(work);
    } catch (error) {
      const kind = storageFailure(error);
      if (!kind) throw error;
      const after = judgeAfter(before, await countsAfterFailure());
      if (after === 'emptied') {
        try {
          await options.onEmptied?.();
        } catch {
          // The sentence already says the pack is being reloaded; the next start retries (pack-install.ts).
        }
      }
      throw new StorageError(kind, after, error);
    }
  }

  /** What is stored, read on a fresh connection (the failed one may be closed or stale); null if it cannot open. */
  async function countsAfterFailure(): Promise<Counts | null> {
    db?.close();
    db = undefined;
    try {
      return await countAll(await open());
    } catch {
      return null;
    }
  }

  return {
    withDb,
    write,
    open,
    close() {
      db?.close();
      db = undefined;
    },
  };
}

export type DbAccess = ReturnType<typeof createDbAccess>;
