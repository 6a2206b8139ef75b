// How a user's import merges with what is stored. Different from the starter pack's load (lib/pack/merge.ts), which
// only ever replaces its own unedited rows: an imported file is the user's own data (an export from another
// browser, a colleague's file, a backup), so its rows keep the origin, edit flag and time they carry, and the
// newer of two versions of one row wins — except that a stored row the user edited is never replaced by an
// unedited copy.
import type { FigureRecord, Proposal } from '../model';
import { recordContentKey } from './keys';

export interface ImportMergeResult<T> {
  put: T[];
  added: number;
  updated: number;
  /** Identical to the stored row (same id): nothing to write. */
  unchanged: number;
  /** Stored row kept because it is newer or the user's edit. */
  kept: number;
  /** A new id whose content a stored record already says (same fact, figure and page): merged into it. */
  duplicates: number;
}

type Row = { id: string; updatedAt: number; userEdited?: boolean };

/** Deep equality of plain JSON data; absent and `undefined` fields count as the same. */
export function sameRow(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameRow((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function mergeRows<T extends Row>(
  stored: ReadonlyMap<string, T>,
  incoming: readonly T[],
  isDuplicate: (row: T) => boolean,
): ImportMergeResult<T> {
  const result: ImportMergeResult<T> = { put: [], added: 0, updated: 0, unchanged: 0, kept: 0, duplicates: 0 };
  const seen = new Set<string>();
  for (const row of incoming) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const current = stored.get(row.id);
    if (!current) {
      if (isDuplicate(row)) result.duplicates++;
      else {
        result.put.push(row);
        result.added++;
      }
    } else if (sameRow(current, row)) {
      result.unchanged++;
    } else if ((current.userEdited && !row.userEdited) || current.updatedAt > row.updatedAt) {
      result.kept++;
    } else {
      result.put.push(row);
      result.updated++;
    }
  }
  return result;
}

/**
 * `stored`: the stored records with the incoming ids; `storedSameSource`: stored records sharing a source url
 * with an incoming row (for the content-key merge).
 */
export function mergeImportedRecords(
  stored: readonly FigureRecord[],
  storedSameSource: readonly FigureRecord[],
  incoming: readonly FigureRecord[],
): ImportMergeResult<FigureRecord> {
  const keys = new Set(storedSameSource.map(recordContentKey));
  return mergeRows(new Map(stored.map((r) => [r.id, r])), incoming, (r) => keys.has(recordContentKey(r)));
}

export function mergeImportedProposals(
  stored: readonly Proposal[],
  incoming: readonly Proposal[],
): ImportMergeResult<Proposal> {
  return mergeRows(new Map(stored.map((p) => [p.id, p])), incoming, () => false);
}
