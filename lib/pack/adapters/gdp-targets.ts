// Adapter for ../shared/data/gdp-targets.json: GDP growth targets and outturns, one entry per source quote.
// Shape: { meta, conflicts, entries: [{ region, year, kind: target|actual, value_low, value_high, qualifier,
// source_url, quote, source_type, confidence, note? }] }. Percent throughout; value_low == value_high unless a range.

import type { FigureRecord } from '../../model';
import { countDrop, DROP, type DropCounts, num, readQualifier, str, toSourceType, verbatim } from '../normalize';
import { type AdapterContext, type AdapterResult, findDoc, finishRecord, listOf } from './common';

/** Source types this file uses for pages it judged worthless (its meta: spam, machine-written). */
const SPAM_TYPES = new Set(['spam', 'ai_content']);

export function adaptGdpTargets(data: unknown, ctx: AdapterContext): AdapterResult<FigureRecord> {
  const dropped: DropCounts = {};
  const items: FigureRecord[] = [];
  for (const raw of listOf(data, 'entries', 'gdp-targets.json')) {
    const e = raw as Record<string, unknown>;
    if (!e || typeof e !== 'object') {
      countDrop(dropped, DROP.malformed);
      continue;
    }
    if (SPAM_TYPES.has(String(e.source_type))) {
      countDrop(dropped, DROP.spam);
      continue;
    }
    if (e.confidence === 'low') {
      countDrop(dropped, DROP.lowConfidence);
      continue;
    }
    const reading = readQualifier(e.qualifier);
    const low = num(e.value_low);
    const high = num(e.value_high);
    const url = str(e.source_url);
    const docPage = url ? findDoc(ctx, url) : undefined;
    const record = finishRecord(
      {
        region: e.region,
        year: e.year,
        indicator: 'gdp_growth',
        kind: e.kind,
        value: reading.text ? undefined : low,
        valueMax: reading.upperIsStretch ? undefined : high,
        unit: '%',
        qualifier: reading.qualifier,
        text: reading.text,
        extraQualifier: reading.extraQualifier,
        note: str(e.note),
        estimate: reading.estimate,
        source: {
          url: url ?? '',
          title: docPage?.title ?? undefined,
          quote: verbatim(e.quote),
          publishedAt: docPage?.published ?? undefined,
          type: toSourceType(e.source_type),
        },
      },
      ctx,
      dropped,
    );
    if (record) items.push(record);
  }
  return { items, dropped };
}
