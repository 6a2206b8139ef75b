// "Back up everything": every table in one JSON file, restored as it was. Records and proposals are checked with
// the pack validator (one set of rules for a figure wherever it comes from); reports and snippets with the
// schemas below. A backup is a different file from a pack on purpose: restoring one replaces the library,
// importing a pack merges into it.
import * as v from 'valibot';
import type { PageCorrections } from '../corrections';
import type { Deletion } from '../db/schema';
import type { FigureRecord, Proposal, ReportText, Snippet } from '../model';
import { PACK_FORMAT, PACK_VERSION, parsePack } from '../pack/format';
import { firstProblems, type ImportProblem } from './problems';
import { isWebUrl } from './web-url';
import { isHost } from '../api/sites';
import type { BackedUpSettings } from '../storage-items';

export const BACKUP_FORMAT = 'report-lens-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  counts: { records: number; proposals: number; reports: number; snippets: number };
  records: FigureRecord[];
  proposals: Proposal[];
  reports: ReportText[];
  snippets: Snippet[];
  /** Starter-pack rows the user deleted (schema version 2); absent in older backups. */
  deletions?: Deletion[];
  /** The user's corrections of pages (schema version 3); absent in older backups. */
  corrections?: PageCorrections[];
  /**
   * Settings outside the database (lib/storage-items.ts): the sites the user switched Report Lens off on, the
   * popup's last region, the extension version whose starter pack the records hold. Absent (each, or all) in older
   * backups; restoring then leaves the current value.
   */
  settings?: BackedUpSettings;
}

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; problems: ImportProblem[] };

const text = v.string('should be text');
const SourceSchema = v.looseObject({ url: text }, 'should be an object with a url');

const ReportSchema = v.looseObject({
  id: v.pipe(text, v.nonEmpty('should not be empty')),
  region: text,
  year: v.number('should be a year'),
  section: text,
  text,
  source: SourceSchema,
  updatedAt: v.number('should be a time'),
});

const SnippetSchema = v.looseObject({
  id: v.pipe(text, v.nonEmpty('should not be empty')),
  url: text,
  title: text,
  text,
  selector: v.looseObject({ exact: text, prefix: text, suffix: text }, 'should be a quote selector'),
  tags: v.array(text, 'should be a list of tags'),
  createdAt: v.number('should be a time'),
});

const CorrectionSchema = v.looseObject({
  url: v.pipe(text, v.nonEmpty('should not be empty')),
  region: v.optional(text),
  year: v.optional(v.number('should be a year')),
  hidden: v.array(text, 'should be a list of readings'),
  edits: v.array(
    v.looseObject({
      key: text,
      region: text,
      year: v.number(),
      indicator: text,
      kind: v.picklist(['target', 'result']),
      value: v.number(),
      unit: text,
    }),
    'should be a list of edited readings',
  ),
  updatedAt: v.number('should be a time'),
});

const ShellSchema = v.looseObject({
  createdAt: text,
  records: v.array(v.unknown(), 'should be a list'),
  proposals: v.array(v.unknown(), 'should be a list'),
  reports: v.array(ReportSchema, 'should be a list of report texts'),
  snippets: v.array(SnippetSchema, 'should be a list of snippets'),
  settings: v.optional(
    v.looseObject({
      disabledSites: v.optional(
        v.array(
          v.pipe(
            text,
            v.check((s: string) => isHost(s), 'should be a host name'),
          ),
          'should be a list of sites',
        ),
      ),
      popupRegion: v.optional(
        v.pipe(text, v.nonEmpty('should not be empty'), v.maxLength(50, 'should be a region name')),
      ),
      packLoadedFor: v.optional(v.pipe(text, v.regex(/^\d+(\.\d+){0,3}$/, 'should be a version such as 1.2.0'))),
    }),
  ),
  deletions: v.optional(
    v.array(
      v.looseObject({ id: v.pipe(text, v.nonEmpty()), deletedAt: v.number() }),
      'should be a list of deleted pack ids',
    ),
  ),
  corrections: v.optional(v.array(CorrectionSchema, 'should be a list of page corrections')),
});

export function makeBackup(
  tables: Pick<Backup, 'records' | 'proposals' | 'reports' | 'snippets' | 'deletions' | 'corrections' | 'settings'>,
  now: Date = new Date(),
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    counts: {
      records: tables.records.length,
      proposals: tables.proposals.length,
      reports: tables.reports.length,
      snippets: tables.snippets.length,
    },
    ...tables,
  };
}

/** Accepts a backup (text or parsed JSON) or lists the first problems, each with where and why. */
export function parseBackup(json: unknown): ParseBackupResult {
  let input = json;
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input);
    } catch (e) {
      return {
        ok: false,
        problems: [{ path: '', message: `The file is not valid JSON (${(e as Error).message}); it may be truncated.` }],
      };
    }
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      problems: [{ path: '', message: 'A backup is a JSON object; this file holds something else.' }],
    };
  }
  const top = input as Record<string, unknown>;
  if (top.format === PACK_FORMAT) {
    return {
      ok: false,
      problems: [
        { path: 'format', message: 'This is a data pack, not a backup: use "Import" to merge it into the library.' },
      ],
    };
  }
  if (top.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      problems: [
        { path: 'format', message: `This is not a Report Lens backup: "format" should be "${BACKUP_FORMAT}".` },
      ],
    };
  }
  if (top.version !== BACKUP_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: 'version',
          message: `Backup version ${String(top.version)} is not supported; this Report Lens reads version ${BACKUP_VERSION}.`,
        },
      ],
    };
  }
  const shell = v.safeParse(ShellSchema, input, { abortEarly: false });
  if (!shell.success) {
    return {
      ok: false,
      problems: firstProblems(
        shell.issues.map((issue) => ({
          path: (issue.path ?? [])
            .map((p, i) => (typeof p.key === 'number' ? `[${p.key}]` : i ? `.${String(p.key)}` : String(p.key)))
            .join(''),
          message: issue.input === undefined ? `is missing (${issue.message})` : issue.message,
        })),
      ),
    };
  }
  const backup = input as unknown as Backup;
  // The figures and proposals follow the pack's rules; checking them as a pack reuses its messages.
  const asPack = parsePack({
    format: PACK_FORMAT,
    version: PACK_VERSION,
    createdAt: backup.createdAt.slice(0, 10),
    header: {
      description: 'backup',
      counts: { records: backup.records.length, proposals: backup.proposals.length },
      dropped: {},
      regions: [],
    },
    records: backup.records,
    proposals: backup.proposals,
  });
  if (!asPack.ok) return { ok: false, problems: asPack.problems };
  const problems: ImportProblem[] = [];
  // Links the library renders come from here: a page address is http(s) or nothing (never javascript: or data:).
  const linkProblem = (path: string, url: unknown, required: boolean) => {
    if (typeof url !== 'string' || (url === '' && !required)) return;
    if (!isWebUrl(url)) problems.push({ path, message: 'should be an http(s) address' });
  };
  for (const [i, r] of backup.records.entries()) linkProblem(`records[${i}].source.url`, r.source?.url, false);
  for (const [i, p] of backup.proposals.entries()) linkProblem(`proposals[${i}].source.url`, p.source?.url, false);
  for (const [i, r] of backup.reports.entries()) linkProblem(`reports[${i}].source.url`, r.source?.url, false);
  for (const [i, s] of backup.snippets.entries()) linkProblem(`snippets[${i}].url`, s.url, true);
  if (problems.length) return { ok: false, problems: firstProblems(problems) };
  for (const table of ['records', 'proposals', 'reports', 'snippets'] as const) {
    const said = (backup.counts as Record<string, unknown> | undefined)?.[table];
    if (said !== backup[table].length) {
      problems.push({
        path: `counts.${table}`,
        message: `says ${String(said)} but the file holds ${backup[table].length}; the file may be truncated or edited.`,
      });
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, backup };
}
