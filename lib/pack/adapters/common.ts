// What every adapter shares: the context it is given, the draft it fills, and the one function that turns a draft
// into a pack record (stable id, origin, empty fields removed) after the checks every figure must pass.

import type { FigureRecord, Indicator, Qualifier, Source, StatementKind } from '../../model';
import { stableId } from '../ids';
import { countDrop, DROP, type DropCounts, toIndicator, toKind } from '../normalize';
import type { RegionIndex } from '../regions';

/** A page of the shared corpus (../shared/corpus/index.json), used to name the pages some files cite by number. */
export interface CorpusDoc {
  id: number;
  url?: string | null;
  title?: string | null;
  published?: string | null;
  regions?: string[];
  suspect?: boolean;
}

export interface AdapterContext {
  regions: RegionIndex;
  /** Traditional → simplified folding for names and topics (the build passes OpenCC; tests may pass identity). */
  fold: (text: string) => string;
  /** Corpus pages by id, for files that cite pages by number; optional. */
  docs?: ReadonlyMap<number, CorpusDoc>;
}

export interface AdapterResult<T> {
  items: T[];
  dropped: DropCounts;
}

export interface RecordDraft {
  region: unknown;
  year: unknown;
  indicator: unknown;
  kind: unknown;
  value?: number;
  valueMax?: number;
  unit: string;
  qualifier: Qualifier | null;
  text?: string;
  extraQualifier?: string;
  measure?: string;
  note?: string;
  estimate?: boolean;
  source: Source;
}

export const identity = (s: string): string => s;

/** Drops undefined fields so that equal records serialise identically (and key order stays the draft's). */
export function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** Fills in id and origin, or counts the reason the draft cannot become a record and returns null. */
export function finishRecord(d: RecordDraft, ctx: AdapterContext, dropped: DropCounts): FigureRecord | null {
  const region =
    typeof d.region === 'string' ? (ctx.regions.resolve(ctx.fold(d.region)) ?? ctx.regions.resolve(d.region)) : null;
  if (!region) return drop(dropped, DROP.unknownRegion);
  const indicator: Indicator | null = toIndicator(d.indicator, ctx.fold);
  if (!indicator) return drop(dropped, DROP.unknownIndicator);
  const kind: StatementKind | null = toKind(d.kind);
  const year = d.year;
  if (!kind || typeof year !== 'number' || !Number.isInteger(year)) return drop(dropped, DROP.malformed);
  if (!d.source.url) return drop(dropped, DROP.noUrl);
  const qualitative = d.value === undefined;
  if (qualitative && !d.text) return drop(dropped, DROP.noValue);
  const valueMax = !qualitative && d.valueMax !== undefined && d.valueMax !== d.value ? d.valueMax : undefined;
  const record: FigureRecord = {
    id: stableId('rec', [
      region,
      year,
      indicator,
      kind,
      d.source.url,
      d.value,
      valueMax,
      d.qualifier,
      qualitative ? d.text : '',
    ]),
    region,
    year,
    indicator,
    kind,
    value: d.value,
    valueMax,
    unit: qualitative ? '' : d.unit,
    qualifier: d.qualifier,
    text: qualitative ? forUser(d.text) : undefined,
    extraQualifier: d.extraQualifier,
    measure: d.measure,
    note: userNote(d.note),
    estimate: d.estimate ? true : undefined,
    source: compact({ ...d.source, title: forUser(d.source.title) }),
    origin: 'pack',
    updatedAt: 0,
  };
  return compact(record);
}

/** The gatherers' English working notes in brackets ("(mirror, pinyin-garbled)", "(no number)") are not for users. */
function forUser(text: string | undefined): string | undefined {
  const clean = text
    ?.replace(/\s*[(（][^()（）]*[A-Za-z]{3,}[^()（）]*[)）]/g, '')
    // "解放日报 copy: 上海市…开幕", "香港商報 copy on mirror domain: …": the outlet, then the title.
    .replace(/\s+copy(?: on [a-z ]+)?:\s*/, '：')
    .trim();
  return clean || undefined;
}

/** A note is shown to users only when it is written for them: in Chinese, without English working words. */
function userNote(note: string | undefined): string | undefined {
  const parts = (note ?? '')
    .split(/;\s*/)
    .map(forUser)
    .filter((p): p is string => !!p && !/[A-Za-z]{3,}/.test(p));
  return parts.length ? parts.join('; ') : undefined;
}

function drop(dropped: DropCounts, reason: string): null {
  countDrop(dropped, reason);
  return null;
}

/** Reads `{ key: [...] }` from a parsed file or fails with a message naming the file and the key. */
export function listOf(data: unknown, key: string, file: string): unknown[] {
  const list = (data as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list)) throw new Error(`${file}: expected an object with a "${key}" list`);
  return list;
}

/** The corpus page with this address, if the corpus holds it (for a title and date the entry itself lacks). */
export function findDoc(ctx: AdapterContext, url: string): CorpusDoc | undefined {
  if (!ctx.docs) return undefined;
  for (const doc of ctx.docs.values()) if (doc.url === url) return doc;
  return undefined;
}
