// "What changed" between two reports' targets: added, dropped, raised, lowered, unchanged.

import type { FigureRecord, Indicator } from '../model';
import { type TargetChange, targetChange } from './change';
import { byPreference, isDisputed, sortIndicators } from './figures';

export interface TargetDiffEntry {
  region: string;
  indicator: Indicator;
  /** Set when the targets name a measure (年末 …); targets of different measures are different lines. */
  measure?: string;
  /** The preferred target of year A, or null when year A has none (added). */
  from: FigureRecord | null;
  /** The preferred target of year B, or null when year B has none (dropped). */
  to: FigureRecord | null;
  /** Null for added and dropped lines. */
  change: TargetChange | null;
  /** Sources disagree on either side: `from` / `to` are only the preferred records. */
  disputed: boolean;
}

export interface TargetDiff {
  added: TargetDiffEntry[];
  dropped: TargetDiffEntry[];
  /** The number went up (by the midpoints of ranges; see `targetChange`). */
  raised: TargetDiffEntry[];
  lowered: TargetDiffEntry[];
  /** Same number (the qualifier may still have changed: see `change.qualifierChanged`), or the same words. */
  unchanged: TargetDiffEntry[];
  /** Present in both years but not comparable by number: words on one side, or units that do not scale. */
  changed: TargetDiffEntry[];
}

/**
 * Compares the targets of two reports. Pass each year's records (results are ignored); lines are matched by region,
 * indicator and measure, so a diff may span several regions. Each list is in indicator order.
 */
export function diffTargets(recordsYearA: readonly FigureRecord[], recordsYearB: readonly FigureRecord[]): TargetDiff {
  const a = groupTargets(recordsYearA);
  const b = groupTargets(recordsYearB);
  const diff: TargetDiff = { added: [], dropped: [], raised: [], lowered: [], unchanged: [], changed: [] };
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const entries = keys.map((key) => {
    const fromGroup = a.get(key) ?? [];
    const toGroup = b.get(key) ?? [];
    const sample = (fromGroup[0] ?? toGroup[0])!;
    const entry: TargetDiffEntry = {
      region: sample.region,
      indicator: sample.indicator,
      ...(sample.measure ? { measure: sample.measure } : {}),
      from: fromGroup[0] ?? null,
      to: toGroup[0] ?? null,
      change: fromGroup[0] && toGroup[0] ? targetChange(fromGroup[0], toGroup[0]) : null,
      disputed: isDisputed(fromGroup) || isDisputed(toGroup),
    };
    return entry;
  });
  const order = sortIndicators([...new Set(entries.map((e) => e.indicator))]);
  entries.sort(
    (x, y) =>
      order.indexOf(x.indicator) - order.indexOf(y.indicator) ||
      x.region.localeCompare(y.region, 'zh') ||
      (x.measure ?? '').localeCompare(y.measure ?? ''),
  );
  for (const e of entries) {
    if (!e.from) diff.added.push(e);
    else if (!e.to) diff.dropped.push(e);
    else if (e.change?.change === 'raised') diff.raised.push(e);
    else if (e.change?.change === 'lowered') diff.lowered.push(e);
    else if (e.change?.change === 'unchanged') diff.unchanged.push(e);
    else diff.changed.push(e);
  }
  return diff;
}

function groupTargets(records: readonly FigureRecord[]): Map<string, FigureRecord[]> {
  const groups = new Map<string, FigureRecord[]>();
  for (const r of records) {
    if (r.kind !== 'target') continue;
    const key = `${r.region}\u0000${r.indicator}\u0000${r.measure ?? ''}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  for (const [key, list] of groups) groups.set(key, byPreference(list));
  return groups;
}
