// Loading the pack into a database that may already hold it (install, then every update). Idempotent because pack
// ids come from content: the same figure has the same id in every build, so a reload replaces rows in place.
// What the user owns is never touched: a record they edited (userEdited) or one that did not come from the pack
// (saved from a page, added by hand, imported) keeps its row even when a pack row has the same id.

import type { FigureRecord } from '../model';
import { compact } from './adapters/common';

export interface PackMergeResult {
  /** Rows to write (bulkPut): new pack rows and pack rows that replace earlier pack rows. */
  put: FigureRecord[];
  /** Incoming rows not written because the stored row with that id belongs to the user. */
  kept: number;
  /**
   * Ids of stored, unedited pack rows the incoming pack no longer has (a figure corrected or withdrawn upstream).
   * The caller decides whether to delete them; the merge itself never deletes.
   */
  stale: string[];
}

/** True when a stored row may be replaced by a pack row: it came from the pack and the user has not edited it. */
export function isReplaceable(stored: FigureRecord): boolean {
  return stored.origin === 'pack' && stored.userEdited !== true;
}

/**
 * Pure: decides what a pack load writes. `existing` need only hold the stored rows whose ids occur in `incoming`
 * (plus, for `stale`, the stored pack rows); `incoming` repeats are written once (the first wins).
 */
export function mergePackRecords(
  existing: readonly FigureRecord[],
  incoming: readonly FigureRecord[],
): PackMergeResult {
  const stored = new Map(existing.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const put: FigureRecord[] = [];
  let kept = 0;
  for (const row of incoming) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const current = stored.get(row.id);
    if (current && !isReplaceable(current)) {
      kept++;
      continue;
    }
    // A pack row is always written as a pack row, whatever the file says.
    put.push({ ...row, origin: 'pack', userEdited: undefined });
  }
  const stale = existing.filter((r) => isReplaceable(r) && !seen.has(r.id)).map((r) => r.id);
  return { put: put.map(compact), kept, stale };
}
