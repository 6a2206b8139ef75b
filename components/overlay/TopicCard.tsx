import { isWebUrl } from '@/lib/io/web-url';
import type { Proposal } from '@/lib/model';
import { t } from '../i18n';

/** Proposals (政协委员提案, 人大代表建议 …) stored for a topic mentioned on the page. */
export function TopicCard({ term, proposals }: { term: string; proposals: Proposal[] }) {
  return (
    <div class="rl-card-body" data-topic={term}>
      <header class="rl-card-head">
        <span class="rl-card-title" tabIndex={-1}>
          {t('cardProposals', term)}
        </span>
      </header>
      {proposals.length === 0 ? (
        <p class="rl-muted">{t('cardNoProposals')}</p>
      ) : (
        <ul class="rl-proposals">
          {proposals.slice(0, 8).map((p) => (
            <li key={p.id}>
              <div>
                <strong>{p.title}</strong>
              </div>
              <div class="rl-muted">
                {p.author} · {p.role} · {p.year}{' '}
                {isWebUrl(p.source.url) ? (
                  <a href={p.source.url} target="_blank" rel="noreferrer noopener">
                    {t('cardSource')}
                  </a>
                ) : (
                  p.source.title
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
