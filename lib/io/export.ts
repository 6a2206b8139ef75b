// Writing the library out as a pack (records and proposals) that any Report Lens reads back with parsePack.
import type { FigureRecord, Proposal } from '../model';
import { PACK_FORMAT, PACK_VERSION, type Pack, proposalProblems, recordProblems } from '../pack/format';
import { compareRegions } from '../regions/national';
import type { ImportProblem } from './problems';

/**
 * A record may name a conflicting record the user has since deleted; a file must not (the validator refuses
 * names it cannot find), so such names are left out of what is written. Nothing stored changes.
 */
export function withoutDanglingConflicts(records: readonly FigureRecord[]): FigureRecord[] {
  const ids = new Set(records.map((r) => r.id));
  return records.map((r) => {
    if (!r.conflictsWith?.some((id) => !ids.has(id) || id === r.id)) return r;
    const kept = r.conflictsWith.filter((id) => ids.has(id) && id !== r.id);
    const { conflictsWith: _dropped, ...rest } = r;
    return kept.length ? { ...rest, conflictsWith: kept } : rest;
  });
}

export function makePack(
  records: readonly FigureRecord[],
  proposals: readonly Proposal[],
  now: Date = new Date(),
): Pack {
  const clean = withoutDanglingConflicts(records);
  const regions = [...new Set(clean.map((r) => r.region))].sort(compareRegions);
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    createdAt: now.toISOString(),
    header: {
      description: 'Exported from Report Lens',
      counts: { records: clean.length, proposals: proposals.length },
      dropped: {},
      regions,
    },
    records: clean,
    proposals: [...proposals],
  };
}

/** Checks one record against the pack's schema and rules (the same messages an import would give). */
export function checkRecord(record: FigureRecord): ImportProblem[] {
  return recordProblems(record);
}

export function checkProposal(proposal: Proposal): ImportProblem[] {
  return proposalProblems(proposal);
}
