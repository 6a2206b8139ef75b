// Adapters for proposals by deputies and members, in the two shapes the shared data has:
// - ../shared/data/proposals-seed.json (the seed article, doc 091): [{ proposer, role, type, year, region, title,
//   topics, quote, source: { title, outlet, published } }] — the article has no known address.
// - ../shared/corpus/proposals.json (and its superset ../shared/data/proposals-corpus.json): [{ doc, proposer,
//   role, type, year, quote, quote_offset }] — the page is named by its corpus number (index.json gives its URL).

import type { Proposal } from '../../model';
import { stableId } from '../ids';
import { countDrop, DROP, type DropCounts, str, verbatim } from '../normalize';
import { NATIONAL } from '../../regions/national';
import { type AdapterContext, type AdapterResult, compact } from './common';

function finishProposal(p: Omit<Proposal, 'id' | 'origin' | 'updatedAt'>): Proposal {
  return compact({
    id: stableId('prop', [p.region, p.year, p.author, p.title, p.source.url, p.source.quote]),
    ...p,
    source: compact(p.source),
    origin: 'pack' as const,
    updatedAt: 0,
  });
}

/** Topic terms folded to simplified, trimmed, without repeats, in their original order. */
function foldTopics(raw: unknown, fold: (s: string) => string): string[] {
  if (!Array.isArray(raw)) return [];
  const out: string[] = [];
  for (const t of raw) {
    const topic = typeof t === 'string' ? fold(t.trim()) : '';
    if (topic && !out.includes(topic)) out.push(topic);
  }
  return out;
}

export function adaptSeedProposals(data: unknown, ctx: AdapterContext): AdapterResult<Proposal> {
  if (!Array.isArray(data)) throw new Error('proposals-seed.json: expected a list of proposals');
  const dropped: DropCounts = {};
  const items: Proposal[] = [];
  for (const raw of data) {
    const e = raw as Record<string, unknown>;
    const region = typeof e?.region === 'string' ? ctx.regions.resolve(e.region) : null;
    const author = str(e?.proposer);
    const title = str(e?.title);
    if (typeof e?.year !== 'number') {
      countDrop(dropped, DROP.proposalNoYear);
      continue;
    }
    if (!region || !author || !title) {
      countDrop(dropped, DROP.malformed);
      continue;
    }
    const src = (e.source ?? {}) as Record<string, unknown>;
    items.push(
      finishProposal({
        region,
        year: e.year,
        author,
        role: str(e.role) ?? '',
        title,
        topics: foldTopics(e.topics, ctx.fold),
        source: {
          // The seed article's address is unknown (see README: proposals may have an empty url when the article is
          // identified by outlet, title and date instead).
          url: '',
          title: [str(src.outlet), str(src.title)].filter(Boolean).join('：') || undefined,
          quote: verbatim(e.quote),
          publishedAt: str(src.published),
          type: 'news',
        },
      }),
    );
  }
  return { items, dropped };
}

/** Kinds of corpus entry that count proposals rather than state one. */
const NOT_A_PROPOSAL = new Set(['提案统计']);

export function adaptCorpusProposals(data: unknown, ctx: AdapterContext): AdapterResult<Proposal> {
  if (!Array.isArray(data)) throw new Error('proposals.json: expected a list of proposals');
  const dropped: DropCounts = {};
  const items: Proposal[] = [];
  for (const raw of data) {
    const e = raw as Record<string, unknown>;
    if (NOT_A_PROPOSAL.has(String(e?.type))) {
      countDrop(dropped, DROP.proposalNotAProposal);
      continue;
    }
    if (typeof e?.year !== 'number') {
      countDrop(dropped, DROP.proposalNoYear);
      continue;
    }
    const doc = typeof e.doc === 'number' ? ctx.docs?.get(e.doc) : undefined;
    // The corpus index marks spam-injected and spliced pages as suspect; their proposals are not trusted.
    if (doc?.suspect) {
      countDrop(dropped, DROP.proposalSuspectPage);
      continue;
    }
    const author = str(e.proposer);
    const quote = verbatim(e.quote);
    const url = str(doc?.url);
    if (!author || !quote) {
      countDrop(dropped, DROP.malformed);
      continue;
    }
    if (!url) {
      countDrop(dropped, DROP.proposalNoUrl);
      continue;
    }
    const role = str(e.role) ?? '';
    items.push(
      finishProposal({
        region: regionOf(role, doc?.regions, ctx),
        year: e.year,
        author,
        role,
        // A proposal's own title where the quote gives one in 《》, else the quote itself: nothing is paraphrased.
        title: /《([^》]+)》/.exec(quote)?.[1] ?? quote,
        topics: foldTopics(e.topics, ctx.fold),
        source: {
          url,
          title: str(doc?.title),
          quote,
          publishedAt: str(doc?.published),
          type: 'news',
        },
      }),
    );
  }
  return { items, dropped };
}

/** National deputies and members (全国人大代表, 全国政协委员) belong to 全国; otherwise the page's first region. */
function regionOf(role: string, pageRegions: string[] | undefined, ctx: AdapterContext): string {
  if (/全[国國]/.test(role) || /民主党派|党中央/.test(role)) return NATIONAL;
  for (const r of pageRegions ?? []) {
    const name = ctx.regions.resolve(r);
    if (name) return name;
  }
  return NATIONAL;
}
