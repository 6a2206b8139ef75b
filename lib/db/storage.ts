// Storage failures: a full disk, a quota, a database the browser dropped. Whatever the browser calls it, the user
// is told the truth in one sentence after checking what is still there (a full disk once emptied the
// library while the UI said "Nothing was changed").
import type { Counts } from '../model';

export type StorageFailureKind = 'full' | 'failed' | 'lost';

const FULL = new Set(['QuotaExceededError']);
// Chromium reports a write that failed on a full disk as an AbortError (inside Dexie's BulkError) or UnknownError.
const FAILED = new Set(['AbortError', 'UnknownError', 'DataError', 'ReadOnlyError', 'TransactionInactiveError']);
// The connection or the database itself went away under the write.
const LOST = new Set(['DatabaseClosedError', 'InvalidStateError', 'NotFoundError', 'VersionError']);

function errorName(error: unknown): string {
  return error && typeof error === 'object' && typeof (error as { name?: unknown }).name === 'string'
    ? (error as { name: string }).name
    : '';
}

/** The errors inside an error: Dexie's `inner`, a BulkError's `failures`/`failuresByPos`, `cause`. */
function innerErrors(error: unknown): unknown[] {
  if (!error || typeof error !== 'object') return [];
  const e = error as { inner?: unknown; cause?: unknown; failures?: unknown; failuresByPos?: unknown };
  const out: unknown[] = [];
  if (e.inner) out.push(e.inner);
  if (e.cause) out.push(e.cause);
  if (Array.isArray(e.failures)) out.push(...e.failures);
  if (e.failuresByPos && typeof e.failuresByPos === 'object') out.push(...Object.values(e.failuresByPos as object));
  return out;
}

/** Which kind of storage failure `error` is (looking through Dexie's wrappers), or null for any other error. */
export function storageFailure(error: unknown, depth = 0): StorageFailureKind | null {
  if (depth > 5) return null;
  const name = errorName(error);
  const inner = innerErrors(error).map((e) => storageFailure(e, depth + 1));
  if (FULL.has(name) || inner.includes('full')) return 'full';
  if (LOST.has(name) || inner.includes('lost')) return 'lost';
  if (FAILED.has(name) || name === 'BulkError' || name === 'ModifyError' || inner.includes('failed')) {
    return name === 'BulkError' || name === 'ModifyError' ? (inner.find((k) => k) ?? null) : 'failed';
  }
  return null;
}

export type AfterFailure = 'intact' | 'changed' | 'emptied';

/** Compares what is stored after a failed write with what was stored before it. */
export function judgeAfter(before: Counts | null, after: Counts | null): AfterFailure {
  if (!after) return 'emptied';
  const total = after.records + after.proposals + after.reports + after.snippets;
  if (before && (Object.keys(before) as Array<keyof Counts>).every((k) => before[k] === after[k])) return 'intact';
  const had = before ? before.records + before.proposals + before.reports + before.snippets : 1;
  if (total === 0 && had > 0) return 'emptied';
  return 'changed';
}

const CAUSE: Record<StorageFailureKind, string> = {
  full: 'the browser has no storage space left for Report Lens',
  failed: 'the browser could not write to its storage (the disk may be full)',
  lost: 'the browser closed or lost Report Lens’s database',
};

/** The one sentence the user reads, true to what the check after the failure found. */
export function failureSentence(kind: StorageFailureKind, after: AfterFailure): string {
  const cause = CAUSE[kind];
  switch (after) {
    case 'intact':
      return `Not saved: ${cause}; nothing was changed and your library is as it was — free some disk space and try again.`;
    case 'emptied':
      return `Not saved, and ${cause} and emptied the library: the starter pack is being loaded again, and your own records come back from your last backup file (Library → Transfer → Restore).`;
    default:
      return `Not saved: ${cause}, and part of the library may be missing — restore your last backup file (Library → Transfer → Restore) after freeing some disk space.`;
  }
}

/** A storage failure as the message router reports it (code 'storage'), with what the check found. */
export class StorageError extends Error {
  readonly code = 'storage';
  constructor(
    readonly kind: StorageFailureKind,
    readonly after: AfterFailure,
    readonly original?: unknown,
  ) {
    super(failureSentence(kind, after));
    this.name = 'StorageError';
  }
}
