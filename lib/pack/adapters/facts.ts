// The fact-list shape shared by indicator-facts.json and provincial-report-facts.json: one agreed reading of a
// figure with the sources that state it. Shape: { meta, facts: [{ region, region_level, year, indicator, kind,
// value, value_high, unit, qualifier, extra_qualifier?, estimate, qualitative, note, sources: [{ url, title,
// published, source_type, quote, via?, qualifier_as_stated? }] }] }.
// Every source becomes its own record, so each record keeps exactly the words its source used.

import type { FigureRecord } from '../../model';
import {
  countDrop,
  DROP,
  type DropCounts,
  measureFromNote,
  num,
  readQualifier,
  str,
  toSourceType,
  toUnit,
  verbatim,
  viaToUrl,
} from '../normalize';
import { type AdapterContext, type AdapterResult, finishRecord, listOf } from './common';

export function adaptFactList(data: unknown, file: string, ctx: AdapterContext): AdapterResult<FigureRecord> {
  const dropped: DropCounts = {};
  const items: FigureRecord[] = [];
  for (const rawFact of listOf(data, 'facts', file)) {
    const fact = rawFact as Record<string, unknown>;
    const sources = Array.isArray(fact?.sources) ? (fact.sources as Record<string, unknown>[]) : null;
    if (!sources || sources.length === 0) {
      countDrop(dropped, DROP.malformed);
      continue;
    }
    const value = num(fact.value);
    const qualitative = str(fact.qualitative);
    const note = str(fact.note);
    // A number with words beside it (0 with 持平) keeps the words in the note; words alone are the record's text.
    const fullNote = value !== undefined && qualitative ? [qualitative, note].filter(Boolean).join('; ') : note;
    const indicator = typeof fact.indicator === 'string' ? fact.indicator : '';
    for (const s of sources) {
      // A source whose own qualifier differs from the agreed one is recorded as it was stated: that is a conflict
      // for the reader to see, not something to smooth over.
      const stated = 'qualifier_as_stated' in s ? s.qualifier_as_stated : fact.qualifier;
      const reading = readQualifier(stated, fact.extra_qualifier);
      const via = str(s.via);
      const pageUrl = str(s.url);
      // provincial-report-facts: where the stored report text came from another host than the report's own URL,
      // the file leaves url null and names the repository file that holds the text; that file is the source.
      const url = pageUrl ?? viaToUrl(via);
      const record = finishRecord(
        {
          region: fact.region,
          year: fact.year,
          indicator: fact.indicator,
          kind: fact.kind,
          value,
          valueMax: num(fact.value_high),
          unit: toUnit(fact.unit, ctx.fold),
          qualifier: reading.qualifier,
          text: value === undefined ? inWords(qualitative, verbatim(s.quote)) : undefined,
          extraQualifier: reading.extraQualifier,
          measure: measureFromNote(note, indicator),
          note: fullNote,
          estimate: fact.estimate === true || reading.estimate,
          source: {
            url: url ?? '',
            title: str(s.title),
            quote: verbatim(s.quote),
            publishedAt: str(s.published),
            type: pageUrl ? toSourceType(s.source_type) : 'official_via_repo',
            via,
          },
        },
        ctx,
        dropped,
      );
      if (record) items.push(record);
    }
  }
  return { items, dropped };
}

/**
 * The words a qualitative record shows. The gatherers sometimes summarised in English ("no GDP growth target set
 * for 2020"); users read the report's own words then, the source's quote.
 */
export function inWords(qualitative: string | undefined, quote: string | undefined): string | undefined {
  if (!qualitative || /\p{Script=Han}/u.test(qualitative)) return qualitative;
  return quote ?? qualitative;
}
