import { MAX_PAGE_STATEMENTS, MAX_READ_TEXT, MAX_TOPIC_TEXT, type PageApi } from '../api/page';
import { proposalTopics, proposalsWithTopics, recordsForPairs } from '../db/compare-queries';
import type { DbAccess } from '../db/open';
import type { ReportLensDb } from '../db/schema';
import { compareStatements, createTopicMatcher, proposalsForTopics, type TopicMatcher } from '../match';
import type { DomainHandlers } from '../messages';
import type { Indicator, Proposal } from '../model';
import { readReport } from '../reader';
import { foldText } from '../text/fold';

export function pageHandlers({ withDb }: DbAccess): DomainHandlers<PageApi> {
  // The matcher is rebuilt only when the set of topics changes (a worker that slept rebuilds it once).
  let cached: { key: string; matcher: TopicMatcher } | undefined;
  async function topicMatcher(db: ReportLensDb): Promise<TopicMatcher> {
    const topics = await proposalTopics(db);
    const key = `${topics.length}:${topics.join('\u0001')}`;
    if (!cached || cached.key !== key) cached = { key, matcher: createTopicMatcher(topics, foldText) };
    return cached.matcher;
  }

  return {
    readReport: (request) => {
      const result = readReport({
        text: request.text.slice(0, MAX_READ_TEXT),
        title: request.title,
        url: request.url,
        publishedAt: request.publishedAt ?? null,
        override: request.override,
      });
      return { ...result, statements: result.statements.slice(0, MAX_PAGE_STATEMENTS) };
    },

    comparePage: ({ statements, text }, context) => {
      return withDb(async (db) => {
        const pairs = new Map<string, [string, Indicator]>();
        for (const s of statements) pairs.set(`${s.region}\u0001${s.indicator}`, [s.region, s.indicator]);
        const records = await recordsForPairs(db, [...pairs.values()]);
        const comparisons = compareStatements(statements, records);

        const topics = text ? (await topicMatcher(db)).find(text.slice(0, MAX_TOPIC_TEXT)) : [];
        const terms = [...new Set(topics.flatMap((m) => m.terms))];
        const proposals: Record<string, Proposal[]> = {};
        if (terms.length) {
          const candidates = await proposalsWithTopics(db, terms);
          for (const m of topics) proposals[m.term] ??= proposalsForTopics(candidates, m.terms);
        }
        const reply = { comparisons, topics, proposals };
        // A content script's answer carries nothing of other sites the user saved (docs/security.md).
        return context?.fromContentScript ? redactForPage(reply, context.senderUrl) : reply;
      });
    },
  };
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

/** Public shipped data (an unedited starter-pack record) says nothing about the user; everything else may. */
function isPublic(item: { origin?: string; userEdited?: boolean }): boolean {
  return item.origin === 'pack' && !item.userEdited;
}

/**
 * What a card on `pageUrl` really needs of a stored record or proposal: the figure and whether it agrees. A record
 * the user saved from another site keeps none of its source (URL, title, quote, date, via), note or time of saving,
 * so the page's own scripts could not learn where else the user has been even if they could read the card.
 */
export function redactForPage<T>(value: T, pageUrl: string | undefined): T {
  const pageHost = hostOf(pageUrl);
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) out[k] = walk(x);
    const source = o.source as { url?: unknown; type?: unknown } | undefined;
    if (source && typeof source === 'object' && 'origin' in o) {
      const sameSite =
        pageHost !== null && hostOf(typeof source.url === 'string' ? source.url : undefined) === pageHost;
      if (!sameSite && !isPublic(o)) {
        out.source = { url: '', ...(typeof source.type === 'string' ? { type: source.type } : {}) };
        delete out.note;
        out.updatedAt = 0;
      }
    }
    return out;
  };
  return walk(value) as T;
}
