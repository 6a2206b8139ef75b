// Messages about stored records and proposals: browsing, editing, saving what a page states, and moving the
// library in and out (packs, backups). Handlers: lib/service/records.ts.

import type { Backup } from '../io/backup';
import type { FigureRecord, Proposal, ProposalFilter, RecordFacets, RecordFilter, Statement } from '../model';
import type { Pack } from '../pack/format';

/** What a user may type for a record; id, origin and times are the library's. */
export type RecordDraft = Omit<FigureRecord, 'id' | 'origin' | 'updatedAt' | 'userEdited' | 'conflictsWith'>;
/** A field set to null is removed (qualifier: null means "no qualifier"); a field left out stays as it is. */
export type RecordChanges = { [K in keyof RecordDraft]?: RecordDraft[K] | null };
export type ProposalDraft = Omit<Proposal, 'id' | 'origin' | 'updatedAt'>;
export type ProposalChanges = { [K in keyof ProposalDraft]?: ProposalDraft[K] | null };

export interface ImportCounts {
  added: number;
  updated: number;
  /** Same id, same content: nothing written. */
  unchanged: number;
  /** Stored row kept because it was newer or the user's edit. */
  kept: number;
  /** Merged into a stored record that says the same thing from the same page. */
  duplicates: number;
}

/** What an import of a pack merged (a refused file is an error: 'invalid-file' or 'too-large', nothing changed). */
export interface ImportOutcome {
  records: ImportCounts;
  proposals: ImportCounts;
}

/** What a restore put back (a refused file is an error, as for an import). */
export interface RestoreOutcome {
  counts: Backup['counts'];
}

export interface RecordsApi {
  listRecords: { request: RecordFilter; response: { records: FigureRecord[]; total: number } };
  /** Records by id (a conflict's other side, which may be outside the current filter). */
  getRecords: { request: { ids: string[] }; response: { records: FigureRecord[] } };
  /** The distinct regions, years and indicators stored, for filter pickers. */
  recordFacets: { request: undefined; response: RecordFacets };
  addRecord: { request: { record: RecordChanges }; response: { record: FigureRecord } };
  /** Marks the record userEdited (pack updates never overwrite it); its origin stays. */
  updateRecord: { request: { id: string; changes: RecordChanges }; response: { record: FigureRecord } };
  /** Answers the deleted rows, so the page can offer Undo with restoreRecords. */
  deleteRecords: { request: { ids: string[] }; response: { deleted: FigureRecord[] } };
  /** Puts deleted rows back (rows whose id exists again are left alone). */
  restoreRecords: { request: { records: FigureRecord[] }; response: { restored: number } };

  listProposals: { request: ProposalFilter; response: { proposals: Proposal[]; total: number } };
  addProposal: { request: { proposal: ProposalChanges }; response: { proposal: Proposal } };
  /** An edited proposal becomes the user's (origin 'user'), so pack updates leave it alone. */
  updateProposal: { request: { id: string; changes: ProposalChanges }; response: { proposal: Proposal } };
  deleteProposals: { request: { ids: string[] }; response: { deleted: Proposal[] } };
  restoreProposals: { request: { proposals: Proposal[] }; response: { restored: number } };

  /**
   * Saves statements read on a page (one, or all of the page's) as records with origin 'page'; a statement already
   * stored (same region, year, indicator, kind, value and source url) is skipped.
   */
  saveStatements: {
    request: { statements: Statement[]; source: { url: string; title?: string } };
    response: { saved: number; skipped: number; ids: string[] };
  };

  /** Records and proposals as a pack (lib/pack/format.ts), ready to save as JSON (or as CSV, in the page). */
  exportAll: { request: undefined; response: Pack };
  /** Merges a pack file's text (a JSON pack; the page turns CSV into one) in one transaction. */
  importPack: { request: { text: string }; response: ImportOutcome };
  /** Every table, for "Back up everything". */
  backupAll: { request: undefined; response: Backup };
  /** Replaces every table with a backup's, in one transaction. */
  restoreBackup: { request: { text: string }; response: RestoreOutcome };
}
