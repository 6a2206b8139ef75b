import Dexie, { type EntityTable } from 'dexie';
import type { PageCorrections } from '../corrections';
import type { FigureRecord, Proposal, ReportText, Snippet } from '../model';

export const DB_NAME = 'report-lens';

/** A starter-pack record the user deleted (version 2): the pack's id and when. */
export interface Deletion {
  id: string;
  deletedAt: number;
}

/**
 * Version history (never edit a shipped version; add a new one with an upgrade function and a migration test):
 * 1 — records, proposals, reports, snippets.
 * 2 — deletions: ids of starter-pack records the user deleted, so a pack update does not bring them back. A new,
 *     empty store: no rows change, so no upgrade function is needed (tests/unit/records/migration.test.ts opens a
 *     version-1 database and finds every row intact).
 * 3 — corrections: what the user corrected on a page (its region and year, wrong readings, edited readings), one
 *     row per page URL. A new, empty store again: no upgrade function (the migration test opens a version-2
 *     database and finds every row intact).
 */
export class ReportLensDb extends Dexie {
  records!: EntityTable<FigureRecord, 'id'>;
  proposals!: EntityTable<Proposal, 'id'>;
  reports!: EntityTable<ReportText, 'id'>;
  snippets!: EntityTable<Snippet, 'id'>;
  deletions!: EntityTable<Deletion, 'id'>;
  corrections!: EntityTable<PageCorrections, 'url'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      // Compound indexes serve the comparison (a region's indicator over the years) and the page match
      // (a region's figures for one year); source.url finds what was saved from a page.
      records: 'id, [region+indicator+year], [region+year], source.url, region, year, indicator, origin, updatedAt',
      // Topics are folded to simplified before they are stored, so one multi-entry index serves both scripts.
      proposals: 'id, [region+year], *topics, year',
      reports: 'id, [region+year]',
      snippets: 'id, url, createdAt, *tags, region, year',
    });
    this.version(2).stores({ deletions: 'id' });
    this.version(3).stores({ corrections: 'url' });
  }
}
