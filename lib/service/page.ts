import { MAX_TOPIC_TEXT, type PageApi } from '../api/page';
import type { DbAccess } from '../db/open';
import type { ReportLensDb } from '../db/schema';
import { compareStatements, createTopicMatcher, proposalsForTopics, type TopicMatcher } from '../match';
import { type DomainHandlers, RequestError } from '../messages';
import type { FigureRecord, Indicator, Proposal } from '../model';
import { foldText } from '../text/fold';

/** The records a page's statements need: every year of each (region, indicator) pair, through the compound index. */
async function recordsFor(db: ReportLensDb, pairs: Array<[string, Indicator]>): Promise<FigureRecord[]> {
  const lists = await Promise.all(
    pairs.map(([region, indicator]) =>
      db.records.where('[region+indicator+year]').between([region, indicator, -Infinity], [region, indicator, Infinity]).toArray(),
    ),
  );
  return lists.flat();
}

export function pageHandlers({ withDb }: DbAccess): DomainHandlers<PageApi> {
  // The matcher is rebuilt only when the set of topics changes (a worker that slept rebuilds it once).
  let cached: { key: string; matcher: TopicMatcher } | undefined;
  async function topicMatcher(db: ReportLensDb): Promise<TopicMatcher> {
    const topics = (await db.proposals.orderBy('topics').uniqueKeys()) as string[];
    const key = `${topics.length}:${topics.join('\u0001')}`;
    if (!cached || cached.key !== key) cached = { key, matcher: createTopicMatcher(topics, foldText) };
    return cached.matcher;
  }

  return {
    comparePage: ({ statements, text }) => {
      if (!Array.isArray(statements)) throw new RequestError('invalid-request', 'comparePage expects a list of statements.');
      return withDb(async (db) => {
        const pairs = new Map<string, [string, Indicator]>();
        for (const s of statements) pairs.set(`${s.region}\u0001${s.indicator}`, [s.region, s.indicator]);
        const records = await recordsFor(db, [...pairs.values()]);
        const comparisons = compareStatements(statements, records);

        const topics = text ? (await topicMatcher(db)).find(text.slice(0, MAX_TOPIC_TEXT)) : [];
        const terms = [...new Set(topics.flatMap((m) => m.terms))];
        const proposals: Record<string, Proposal[]> = {};
        if (terms.length) {
          const candidates = await db.proposals.where('topics').anyOf(terms).distinct().toArray();
          for (const m of topics) proposals[m.term] ??= proposalsForTopics(candidates, m.terms);
        }
        return { comparisons, topics, proposals };
      });
    },
  };
}
