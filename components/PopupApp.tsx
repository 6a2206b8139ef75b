import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { formatFigure } from '@/lib/compare';
import type { PageInfo } from '@/lib/api/page';
import { request, requestTab } from '@/lib/messages';
import type { FigureRecord } from '@/lib/model';
import { popupRegionItem } from '@/lib/storage-items';
import { ComparisonView } from './compare/ComparisonView';
import { fullViewPath, initialRegion, libraryRegionPath, type PopupParams, readPopupParams } from './compare/helpers';
import { indicatorName, t, type UiLanguage } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { pageFigureRecords } from './compare/pageFigures';
import { PageSnippets } from './snippets/PageSnippets';

interface PageTab {
  id: number;
  url?: string;
}

/**
 * The tab the popup is about. Opened from the toolbar, that is the active tab of the current window. Opened as a
 * page (`chrome-extension://ID/popup.html`, as the end-to-end tests and "open in a tab" do) the popup has no tab of
 * its own: pass `?tab=<tabId>` (and `&url=<its address>` for this page's snippets and records: without the `tabs`
 * permission or a toolbar click's activeTab, the URL of another tab is hidden); without `?tab`, the active web page
 * of the last focused normal window is used.
 */
async function findPageTab(params: PopupParams): Promise<PageTab | null> {
  try {
    if (params.tabId !== undefined) {
      const tab = await browser.tabs.get(params.tabId);
      return tab.id === undefined ? null : { id: tab.id, url: tab.url };
    }
    const own = browser.runtime.getURL('/');
    const isWeb = (url?: string) => url === undefined || !url.startsWith(own);
    const [current] = await browser.tabs.query({ active: true, currentWindow: true });
    if (current?.id !== undefined && isWeb(current.url)) return { id: current.id, url: current.url };
    const others = await browser.tabs.query({ active: true, lastFocusedWindow: true, windowType: 'normal' });
    const tab = others.find((x) => x.id !== undefined && isWeb(x.url) && /^https?:/i.test(x.url ?? 'http:'));
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  } catch {
    return null;
  }
}

/** Asks the tab's content script what it read; pages without it (chrome://, the web store, PDFs) answer nothing. */
async function askPage(tabId: number): Promise<PageInfo | null> {
  try {
    const reply = await requestTab(tabId, 'pageInfo');
    return reply.ok && reply.data && typeof reply.data === 'object' && 'detection' in reply.data ? reply.data : null;
  } catch {
    return null;
  }
}

/** The region viewed last (a typed storage item, lib/storage-items.ts; backups carry it). */
async function lastRegion(item: ReturnType<typeof popupRegionItem>): Promise<string | null> {
  try {
    const value: unknown = await item.getValue();
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

type Start = { region: string | null; year?: number; tab: PageTab | null; from: string; pageFigures: FigureRecord[] };

export function PopupApp({ search = location.search, language = 'auto' }: { search?: string; language?: UiLanguage }) {
  const [start, setStart] = useState<Start | null>(null);
  const [region, setRegion] = useState<string | null>(null);
  const [regionItem] = useState(() => popupRegionItem(storage));

  useEffect(() => {
    let live = true;
    (async () => {
      const params = readPopupParams(search);
      const tab = await findPageTab(params);
      const [page, last, regions] = await Promise.all([
        tab ? askPage(tab.id) : Promise.resolve(null),
        lastRegion(regionItem),
        request('regionsWithRecords').then((r) => (r.ok ? r.data.regions : null)),
      ]);
      const picked = initialRegion({ params, page, lastRegion: last, regions });
      if (!live) return;
      // The toolbar's click grants activeTab, which shows us the tab's URL; a popup opened as a page learns it from
      // `?url=`.
      const url = tab?.url ?? params.url;
      const pageFigures = pageFigureRecords(page?.figures, url);
      setStart({
        region: picked.region,
        year: picked.year,
        tab: tab ? { ...tab, url } : null,
        from: picked.from,
        pageFigures,
      });
      setRegion(picked.region);
    })();
    return () => {
      live = false;
    };
  }, [search]);

  const remember = (next: string) => {
    setRegion(next);
    regionItem.setValue(next).catch(() => undefined);
  };

  const pageUrl = start?.tab?.url && /^https?:/i.test(start.tab.url) ? start.tab.url : null;

  return (
    <div class="rl-popup" style={{ width: '760px', maxWidth: '800px' }} data-from={start?.from ?? ''}>
      <header class="rl-header">
        <h1>{t('extName')}</h1>
        {region && (
          <a
            class="rl-button"
            data-testid="open-full-view"
            href={browser.runtime.getURL(fullViewPath(region, start?.year) as never)}
            target="_blank"
            rel="noreferrer"
          >
            {t('popupOpenFullView')}
          </a>
        )}
        <a class="rl-button" href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          {t('popupOpenLibrary')}
        </a>
        <LanguageSwitch current={language} />
      </header>
      <main>
        {!start && <p class="rl-muted">{t('loading')}</p>}
        {start && (
          <>
            {start.from === 'page' && region === start.region && (
              <p class="rl-muted" data-testid="popup-origin">
                {t('popupFromPage', start.region ?? '', start.year ?? '?')}
              </p>
            )}
            <ComparisonView
              region={start.region}
              year={start.year}
              onRegionChange={remember}
              pageFigures={start.pageFigures}
            />
            {pageUrl && (
              <section
                class="rl-popup-page"
                aria-labelledby="rl-page-h"
                style={{ borderTop: '1px solid var(--rl-line)', marginTop: '14px', paddingTop: '10px' }}
              >
                <h2 id="rl-page-h" style={{ fontSize: '14px', margin: '0 0 6px' }}>
                  {t('popupThisPage')}
                </h2>
                <PageRecords url={pageUrl} />
                <PageSnippets url={pageUrl} />
              </section>
            )}
          </>
        )}
      </main>
    </div>
  );
}

/** The records saved from this page, each linking to its region in the library. */
function PageRecords({ url }: { url: string }) {
  const [records, setRecords] = useState<FigureRecord[] | null>(null);
  useEffect(() => {
    let live = true;
    request('recordsForPage', { url }).then((reply) => {
      if (live) setRecords(reply.ok ? reply.data.records : []);
    });
    return () => {
      live = false;
    };
  }, [url]);
  if (!records) return null;
  return (
    <div data-testid="page-records" style={{ marginBottom: '10px' }}>
      <h3 style={{ fontSize: '13px', margin: '0 0 4px' }}>{t('popupPageRecords', records.length)}</h3>
      {records.length === 0 ? (
        <p class="rl-muted">{t('popupNoPageRecords')}</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '18px' }}>
          {records.slice(0, 30).map((r) => (
            <li key={r.id}>
              <a href={browser.runtime.getURL(libraryRegionPath(r.region) as never)} target="_blank" rel="noreferrer">
                {r.region}
              </a>{' '}
              {r.year} {indicatorName(r.indicator, r.region)} {r.kind === 'target' ? t('kindTarget') : t('kindResult')}{' '}
              <strong>{formatFigure(r)}</strong>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
