// Hostile pages in Debian Chromium: what a web page's own scripts try against the extension, and what a
// user keeps. Pages are built here (served through Playwright's routing), never copied from real sites.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChromiumSession,
  launchChromium,
  openPopup,
  readReportLensUi,
  type StaticServer,
  sendExtensionMessage,
  sleep,
  startStaticServer,
  ui,
  uiEval,
  marksSettled,
} from './harness';
import { longestTasks, MAIN_THREAD_PROBE, settleMarks, traceMainThread } from './main-thread';

let server: StaticServer;
let chrome: ChromiumSession;
let extensionPage: Page;

beforeAll(async () => {
  server = await startStaticServer();
  chrome = await launchChromium();
  extensionPage = await openPopup(chrome.context, chrome.extensionId);
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

const send = <T = { ok: boolean; data?: unknown }>(type: string, data?: unknown) =>
  sendExtensionMessage<T>(extensionPage, type, data);

/** Serves `html` at a fresh path of the test origin and opens it. */
async function openHtml(name: string, html: string): Promise<Page> {
  const url = `${server.origin}/hostile/${name}-${Math.random().toString(36).slice(2)}.html`;
  await chrome.context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  const page = await chrome.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** A report-looking article of our own words: a national report with a few targets and results. */
function reportHtml(extraHead = '', extraBody = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>政府工作报告：今年经济增长预期目标5%左右</title>
<meta property="article:published_time" content="2025-03-05">${extraHead}</head><body><article><h1>政府工作报告要点</h1>
<p>今年发展主要预期目标是：国内生产总值增长5%左右，城镇新增就业1200万人以上，城镇调查失业率5.5%左右。</p>
<p>过去一年，国内生产总值增长5%，城镇新增就业1256万人，居民消费价格上涨0.2%。</p>
<p>居民消费价格涨幅2%左右，粮食产量1.4万亿斤左右。</p></article>${extraBody}</body></html>`;
}

const settled = marksSettled;

describe('a page that tries to read the user’s records', () => {
  it('cannot open cards or reach the shadow root, and a real card holds nothing of other sites', async () => {
    // A figure the user saved from another site earlier: its URL, title and quote are the user's browsing history.
    const saved = await send('saveStatements', {
      statements: [
        {
          region: '全国',
          year: 2024,
          indicator: 'gdp_growth',
          kind: 'result',
          value: 5,
          unit: '%',
          quote: '私密引文甲',
          start: 0,
          end: 6,
        },
      ],
      source: { url: 'https://private-elsewhere.example/secret-path', title: '私密标题乙' },
    });
    expect(saved.ok).toBe(true);

    const page = await openHtml('reader', reportHtml());
    await settled(page);
    const stolen = await page.evaluate(async () => {
      const host = document.querySelector('report-lens-ui');
      for (const mark of Array.from(document.querySelectorAll<HTMLElement>('report-lens-mark, report-lens-topic'))) {
        mark.click();
        mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }
      (host as HTMLElement | null)?.click();
      await new Promise((r) => setTimeout(r, 600));
      return {
        shadowRoot: host?.shadowRoot ? host.shadowRoot.innerHTML : null,
        html: document.documentElement.outerHTML,
      };
    });
    expect(stolen.shadowRoot).toBeNull();
    expect(stolen.html).not.toMatch(/private-elsewhere|私密标题乙|私密引文甲|chrome-extension:/);
    expect(await ui.count(page, '[data-testid="card"]')).toBe(0);
    expect((await readReportLensUi(page)).pageSeesShadowRoot).toBe(false);

    // The user's own click opens the card; it says the figure is stored but not where the user saved it from.
    await page.locator('report-lens-mark[data-kind="result"][data-indicator="gdp_growth"]').first().click();
    await ui.waitFor(page, '[data-testid="card"]');
    const card = await uiEval(page, (root) => root?.querySelector('[data-testid="card"]')?.innerHTML ?? '', null);
    expect(card).toContain('5%');
    expect(card).not.toMatch(/private-elsewhere|私密标题乙|私密引文甲|chrome-extension:/);
    // Nothing was saved by the page's clicks (Save all would store records from this page's address).
    const fromPage = await send<{ ok: boolean; data: { records: unknown[] } }>('recordsForPage', { url: page.url() });
    expect(fromPage.data.records).toEqual([]);
    await page.close();
  });
});

describe('a page that focuses our marks by script', () => {
  it('opens no card (a script’s focus is trusted too); the user’s Tab onto a mark still does', async () => {
    const page = await openHtml('focus', reportHtml());
    await settled(page);
    await page.evaluate(async () => {
      for (const mark of Array.from(
        document.querySelectorAll<HTMLElement>('report-lens-mark[tabindex="0"], report-lens-topic[tabindex="0"]'),
      )) {
        mark.focus();
        await new Promise((r) => setTimeout(r, 30));
      }
      await new Promise((r) => setTimeout(r, 400));
    });
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toMatch(
      /^report-lens-(mark|topic)$/,
    );
    expect(await ui.count(page, '[data-testid="card"]')).toBe(0);

    // The user tabs from a control just before the article onto the first mark: its card opens.
    await page.evaluate(() => {
      const start = document.createElement('button');
      start.id = 'start';
      start.textContent = '开始';
      document.body.prepend(start);
      start.focus();
    });
    await page.keyboard.press('Tab');
    await ui.waitFor(page, '[data-testid="card"]');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('report-lens-mark');
    await page.close();
  });
});

describe('a page that defines our element names first', () => {
  it('gets no UI and no marks, and the extension says why in the console', async () => {
    const messages: string[] = [];
    const page = await chrome.context.newPage();
    page.on('console', (m) => messages.push(m.text()));
    const url = `${server.origin}/hostile/defined-${Math.random()}.html`;
    await chrome.context.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: reportHtml(
          `<script>customElements.define('report-lens-mark', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }); } });
customElements.define('report-lens-ui', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }); } });</script>`,
        ),
      }),
    );
    await page.goto(url, { waitUntil: 'load' });
    await expect
      .poll(() => messages.some((m) => m.includes('Report Lens') && m.includes('report-lens-mark')), {
        timeout: 10_000,
      })
      .toBe(true);
    expect(await page.locator('report-lens-mark').count()).toBe(0);
    await page.close();
  });

  it('never adopts a <report-lens-ui> host the page planted', async () => {
    const page = await openHtml(
      'planted',
      reportHtml(
        '',
        `<report-lens-ui id="planted"></report-lens-ui><script>document.getElementById('planted').attachShadow({ mode: 'open' });</script>`,
      ),
    );
    await settled(page);
    await expect.poll(() => page.locator('report-lens-ui').count()).toBe(2);
    expect(await page.evaluate(() => document.getElementById('planted')?.shadowRoot?.innerHTML)).toBe('');
    await sleep(100);
    await page.close();
  });
});

/** Long tasks (ms) the page saw after its load event: the page's own parsing comes before, our work after. */
async function longTasksAfterLoad(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const load = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const after = load?.loadEventEnd ?? 0;
    const seen = (window as unknown as { __longTasks?: Array<{ start: number; duration: number }> }).__longTasks ?? [];
    return seen.filter((t) => t.start >= after).map((t) => Math.round(t.duration));
  });
}

/** The longest script task of ours on the 5 MB article, thread CPU (ms): see the test. */
const SCRIPT_TASK_CPU_BOUND = 50;

const LONG_TASK_PROBE = `<script>window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
  .observe({ type: 'longtask', buffered: true });</script>`;

describe('a 5 MB article', () => {
  it('is read off the page’s thread and marked in slices: capped marks, no long script task of ours', async () => {
    const paragraph =
      '<p>今年发展主要预期目标是：国内生产总值增长5%左右，城镇新增就业1200万人以上，城镇调查失业率5.5%左右。过去一年，国内生产总值增长5%，居民消费价格上涨0.2%，人工智能与低空经济加快发展。</p>';
    const body = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const url = `${server.origin}/hostile/huge-${Math.random().toString(36).slice(2)}.html`;
    await chrome.context.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: reportHtml(MAIN_THREAD_PROBE, `<article>${body}</article>`),
      }),
    );
    const page = await chrome.context.newPage();
    // The page's main thread traced from load to the last mark (tests/e2e/main-thread.ts): the longtask API sees
    // neither rendering nor a content script's message replies, so it cannot say what we cost. While it is traced,
    // the test only reads the probe's counter: a locator query over 5 MB of DOM would be a long task of its own.
    const events = await traceMainThread(page, async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await settleMarks(page);
      await sleep(1500); // topics and any late work
    });
    await settled(page);
    const marks = await page.locator('report-lens-mark').count();
    const topics = await page.locator('report-lens-topic').count();
    const tasks = longestTasks(events, 'rl-first-mark');
    // The same page with a title and heading that are no report's: the gate stops us.
    const control = await openHtml(
      'huge-control',
      reportHtml('', `<article>${body}</article>`)
        .replace(/政府工作报告/g, '体育新闻')
        .replace('<title>', '<title>体育 '),
    );
    await sleep(3000);
    expect(await control.locator('report-lens-mark').count()).toBe(0);
    await control.close();
    console.info(`5 MB article: ${marks} mark elements, ${topics} topic marks; main thread: ${JSON.stringify(tasks)}`);
    expect(marks).toBeGreaterThan(0);
    expect(
      new Set(await page.locator('report-lens-mark').evaluateAll((els) => els.map((e) => e.getAttribute('data-index'))))
        .size,
    ).toBeLessThanOrEqual(600);
    expect(topics).toBeLessThanOrEqual(300 * 2);
    expect(tasks).not.toBeNull();
    // Our script tasks (reading in slices, parsing the background's replies, marking, the badge) measured 19–36 ms
    // of thread CPU here, on 2 cores shared by other builds (load average 9–15); before the read was sliced and the
    // replies bounded, 172–189 ms. CPU time, not wall time: a busy machine stretches wall time several-fold.
    // Rendering after our writes is not bounded here: on this page any DOM write, the page's own too, costs a
    // layout of 5 MB of text (75–110 ms of CPU; `npm run bench -- huge-page`).
    expect(tasks?.script.cpu).toBeLessThan(SCRIPT_TASK_CPU_BOUND);
    await page.close();
  }, 150_000);
});

describe('single-page navigation', () => {
  it('to a page that is no report takes the marks, badge and page info away', async () => {
    const page = await openHtml(
      'spa-leave',
      reportHtml(
        '',
        `<button id="leave">leave</button><script>document.getElementById('leave').onclick = () => {
          document.title = '体育新闻';
          document.querySelector('article').innerHTML = '<p>今天的足球比赛很精彩。</p>';
          history.pushState({}, '', location.pathname + '?sport');
        };</script>`,
      ),
    );
    await settled(page);
    expect((await readReportLensUi(page)).badgeText).not.toBeNull();
    await page.click('#leave');
    await expect.poll(() => page.locator('report-lens-mark').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(async () => (await readReportLensUi(page)).badgeText, { timeout: 10_000 }).toBeNull();
    await page.close();
  });
});

describe('forged WXT events', () => {
  it('a forged “newer copy started” does not switch the extension off, and forged location changes re-read nothing', async () => {
    const page = await openHtml('forged', reportHtml());
    await settled(page);
    const before = await page.locator('report-lens-mark').count();
    await page.evaluate((id) => {
      document.dispatchEvent(
        new CustomEvent(`${id}:content:wxt:content-script-started`, {
          detail: { contentScriptName: 'content', messageId: 'forged' },
        }),
      );
      const first = document.querySelector('report-lens-mark');
      (window as unknown as { __firstMark: Element | null }).__firstMark = first;
      for (let i = 0; i < 200; i++) window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
    }, chrome.extensionId);
    await sleep(1500);
    // Not re-read: the very same mark element is still in place.
    expect(await page.evaluate(() => (window as unknown as { __firstMark: Element }).__firstMark.isConnected)).toBe(
      true,
    );
    expect(await page.locator('report-lens-mark').count()).toBe(before);
    // Still listening: a real click opens a card.
    await page.locator('report-lens-mark').first().click();
    await ui.waitFor(page, '[data-testid="card"]');
    await page.close();
  });
});

describe('a page against our elements', () => {
  it('page CSS aimed at our elements and monkey-patched globals change nothing', async () => {
    const page = await openHtml(
      'css-globals',
      reportHtml(
        `<style>report-lens-ui, report-lens-ui * { display: none !important; } report-lens-mark { background: none !important; visibility: hidden !important; }</style>
<script>
  Element.prototype.attachShadow = function () { throw new Error('patched'); };
  window.fetch = () => Promise.reject(new Error('patched'));
  JSON.parse = () => ({});
  JSON.stringify = () => '{}';
  Array.prototype.map = function () { return []; };
  document.querySelector = () => null;
  MutationObserver.prototype.observe = function () {};
</script>`,
      ),
    );
    await settled(page);
    const background = await page
      .locator('report-lens-mark')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    expect((await readReportLensUi(page)).badgeText).not.toBeNull();
    expect(await ui.visible(page, '[data-testid="badge"]')).toBe(true);
    await page.close();
  });

  it('a page that removes our host and marks gets the host back, and keeps working', async () => {
    const page = await openHtml('remover', reportHtml());
    await settled(page);
    await page.evaluate(() => {
      document.querySelector('report-lens-ui')?.remove();
      for (const m of Array.from(document.querySelectorAll('report-lens-mark')))
        m.replaceWith(...Array.from(m.childNodes));
    });
    // Marks are the page's to remove; the next real interaction with the UI finds its host again.
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.evaluate(() => history.pushState({}, '', `${location.pathname}?again`));
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent =
        '今年发展主要预期目标是：国内生产总值增长5%左右，城镇新增就业1200万人以上，城镇调查失业率5.5%左右。';
      document.querySelector('article')?.append(p);
    });
    await expect.poll(() => page.locator('report-lens-mark').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await readReportLensUi(page)).badgeText !== null, { timeout: 15_000 }).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a mutation storm neither freezes the page nor makes us re-read without end', async () => {
    const page = await openHtml(
      'storm',
      reportHtml(
        LONG_TASK_PROBE,
        `<div id="ticker"></div><script>let n = 0; setInterval(() => {
          const t = document.getElementById('ticker');
          for (let i = 0; i < 50; i++) { const s = document.createElement('span'); s.textContent = '行情' + (n++) + '：上涨0.5%；'; t.append(s); }
          if (t.childNodes.length > 500) t.textContent = '';
        }, 16);</script>`,
      ),
    );
    await settled(page);
    await sleep(4000);
    const tasks = await longTasksAfterLoad(page);
    console.info(`mutation storm: long tasks after load (ms): ${JSON.stringify(tasks)}`);
    expect(await page.locator('report-lens-mark').count()).toBeGreaterThan(0);
    expect(Math.max(0, ...tasks)).toBeLessThan(250);
    await page.close();
  });

  it('50,000 nested elements are read without a stack overflow', async () => {
    const errors: string[] = [];
    const page = await chrome.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (/Maximum call stack/.test(m.text())) errors.push(m.text());
    });
    const url = `${server.origin}/hostile/deep-${Math.random()}.html`;
    const deep = `${'<div>'.repeat(50_000)}<p>今年发展主要预期目标是：国内生产总值增长5%左右，城镇调查失业率5.5%左右。</p>${'</div>'.repeat(50_000)}`;
    await chrome.context.route(url, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: reportHtml('', deep) }),
    );
    await page.goto(url, { waitUntil: 'load' });
    await settled(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks nothing inside contenteditable regions or frames, and nothing in a design-mode document', async () => {
    const page = await openHtml(
      'editable',
      reportHtml(
        '',
        `<div contenteditable="true" id="editor"><p>国内生产总值增长6%左右。</p></div>
<iframe id="frame" srcdoc="<p>国内生产总值增长7%左右。</p>"></iframe>`,
      ),
    );
    await settled(page);
    expect(await page.locator('#editor report-lens-mark').count()).toBe(0);
    expect(await page.frameLocator('#frame').locator('report-lens-mark').count()).toBe(0);
    await page.close();

    const design = await openHtml('design', reportHtml('', '<script>document.designMode = "on";</script>'));
    await sleep(2500);
    expect(await design.locator('report-lens-mark').count()).toBe(0);
    await design.close();
  });
});

describe('a page against a saved snippet', () => {
  it('cannot read the note, open the editor or delete the snippet by script', async () => {
    const url = `${server.origin}/hostile/snippet-${Math.random().toString(36).slice(2)}.html`;
    const html =
      '<!doctype html><html><head><meta charset="utf-8"><title>一篇文章</title></head><body><p id="t">据统计，全国计划新开工改造城镇老旧小区2.5万个。</p></body></html>';
    await chrome.context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    const saved = await send<{ ok: boolean; data: { id: string } }>('saveSnippet', {
      url,
      title: '一篇文章',
      text: '城镇老旧小区2.5万个',
      selector: { exact: '城镇老旧小区2.5万个', prefix: '全国计划新开工改造', suffix: '。' },
    });
    expect(saved.ok).toBe(true);
    await send('updateSnippet', { id: saved.data.id, note: '私密笔记丙', tags: ['私密标签'] });
    const page = await chrome.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('report-lens-snippet').first().waitFor({ state: 'attached', timeout: 15_000 });
    const seen = await page.evaluate(async () => {
      const mark = document.querySelector<HTMLElement>('report-lens-snippet')!;
      mark.click();
      mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 800));
      return document.documentElement.outerHTML;
    });
    expect(seen).not.toMatch(/私密笔记丙|私密标签/);
    expect(await ui.count(page, '[data-testid="snippet-editor"]')).toBe(0);
    const listed = await send<{ ok: boolean; data: { snippets: Array<{ id: string }> } }>('listSnippets', {});
    expect(listed.data.snippets.some((s) => s.id === saved.data.id)).toBe(true);
    // The user's own click opens the editor, inside the closed root.
    await page.locator('report-lens-snippet').first().click();
    await ui.waitFor(page, '[data-testid="snippet-editor"]');
    expect(await ui.value(page, '[data-testid="snippet-editor"] [data-field="note"]')).toBe('私密笔记丙');
    await page.close();
  });
});
