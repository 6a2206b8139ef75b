import Dexie, { type EntityTable } from 'dexie';
import type { FigureRecord, Proposal, ReportText, Snippet } from '../model';

export const DB_NAME = 'report-lens';

/**
 * Version history (never edit a shipped version; add a new one with an upgrade function and a migration test):
 * 1 — records, proposals, reports, snippets.
 */
export class ReportLensDb extends Dexie {
  records!: EntityTable<FigureRecord, 'id'>;
  proposals!: EntityTable<Proposal, 'id'>;
  reports!: EntityTable<ReportText, 'id'>;
  snippets!: EntityTable<Snippet, 'id'>;

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
  }
}
