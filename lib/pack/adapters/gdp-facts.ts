// Adapter for ../shared/data/gdp-facts.json: GDP growth and GDP totals read from the corpus pages, one fact with
// one or more sources. Shape: { description, conflicts_and_caveats, facts: [{ region, year, indicator, kind,
// in_requested_range, notes?, sources: [{ doc, url, source_tier, value, value_high, unit, qualifier,
// extra_qualifier, estimate, quote, doc_suspect, label_suspect }] }] }.
// Every source becomes its own record (a record carries exactly one source).

import type { FigureRecord } from '../../model';
import {
  countDrop,
  DROP,
  type DropCounts,
  num,
  readQualifier,
  str,
  toSourceType,
  toUnit,
  verbatim,
} from '../normalize';
import { type AdapterContext, type AdapterResult, finishRecord, listOf } from './common';

export function adaptGdpFacts(data: unknown, ctx: AdapterContext): AdapterResult<FigureRecord> {
  const dropped: DropCounts = {};
  const items: FigureRecord[] = [];
  for (const rawFact of listOf(data, 'facts', 'gdp-facts.json')) {
    const fact = rawFact as Record<string, unknown>;
    const sources = Array.isArray(fact?.sources) ? (fact.sources as Record<string, unknown>[]) : null;
    if (!sources) {
      countDrop(dropped, DROP.malformed);
      continue;
    }
    for (const s of sources) {
      // The file flags a statement it found to be wrong (label_suspect: e.g. a headline with the wrong year) and
      // pages it judged untrustworthy as a whole (doc_suspect: SEO spam, rewritten copies, mislabelled headlines).
      if (s.label_suspect === true) {
        countDrop(dropped, DROP.suspectStatement);
        continue;
      }
      if (s.doc_suspect === true) {
        countDrop(dropped, DROP.suspectPage);
        continue;
      }
      const doc = typeof s.doc === 'number' ? ctx.docs?.get(s.doc) : undefined;
      const reading = readQualifier(s.qualifier, s.extra_qualifier);
      const record = finishRecord(
        {
          region: fact.region,
          year: fact.year,
          indicator: fact.indicator,
          kind: fact.kind,
          value: num(s.value),
          valueMax: num(s.value_high),
          unit: toUnit(s.unit, ctx.fold),
          qualifier: reading.qualifier,
          text: reading.text,
          extraQualifier: reading.extraQualifier,
          estimate: s.estimate === true || reading.estimate,
          source: {
            url: str(s.url) ?? str(doc?.url) ?? '',
            title: str(doc?.title),
            quote: verbatim(s.quote),
            publishedAt: str(doc?.published),
            type: toSourceType(s.source_tier),
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
