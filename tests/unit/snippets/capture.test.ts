// A selection becomes a draft snippet (lib/anchor/capture.ts): the quote, its anchor and, on a report page, the
// region and year — or the reason it cannot be saved.
import { afterEach, describe, expect, it } from 'vitest';
import { captureSelection } from '@/lib/anchor/capture';
import { SNIPPET_TEXT_LIMIT } from '@/lib/api/snippets';

const URL_ = 'https://news.example/a/1.html#comments';

function page(title: string, body: string) {
  document.title = title;
  document.body.innerHTML = body;
}

/** Selects the text of `selector`'s first text node from `start` to `end`. */
function select(selector: string, start: number, end: number) {
  const text = document.querySelector(selector)!.firstChild!;
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  (document.activeElement as HTMLElement | null)?.blur?.();
  document.body.innerHTML = '';
});

describe('captureSelection', () => {
  it('turns a selection into the quote without its outer spaces, with context and the page without its hash', () => {
    page('城市新闻', '<article><p id="p">今天的天气很好， 市民们在公园里散步 。傍晚有雨。</p></article>');
    select('#p', 8, 19);
    const result = captureSelection(document, URL_);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.text).toBe('市民们在公园里散步');
    expect(result.draft.url).toBe('https://news.example/a/1.html');
    expect(result.draft.title).toBe('城市新闻');
    expect(result.draft.selector.exact).toBe('市民们在公园里散步');
    expect(result.draft.selector.prefix?.endsWith('今天的天气很好， ')).toBe(true);
    expect(result.draft.selector.suffix?.startsWith(' 。傍晚有雨')).toBe(true);
    expect(result.draft.region).toBeUndefined();
    expect(result.draft.year).toBeUndefined();
  });

  it('adds the region and year on a page about a government work report', () => {
    page(
      '2025年政府工作报告：北京今年经济增长预期目标5%左右',
      '<article><p id="p">北京市2025年政府工作报告提出，今年全市地区生产总值增长5%左右。</p></article>',
    );
    select('#p', 16, 33);
    const result = captureSelection(document, 'https://news.example/bj.html');
    expect(result.ok && result.draft.region).toBe('北京');
    expect(result.ok && result.draft.year).toBe(2025);
  });

  it('says there is no selection when nothing (or only spaces) is selected', () => {
    page('城市新闻', '<article><p id="p">今天的天气很好。   </p></article>');
    expect(captureSelection(document, URL_)).toEqual({ ok: false, problem: 'no-selection' });
    select('#p', 8, 10);
    expect(captureSelection(document, URL_)).toEqual({ ok: false, problem: 'no-selection' });
  });

  it('refuses a selection in a form field or an editable region', () => {
    page(
      '城市新闻',
      '<article><p id="p">今天的天气很好。</p><div contenteditable="true"><p id="e">用户正在输入的文字</p></div><textarea id="t">草稿</textarea></article>',
    );
    select('#e', 0, 4);
    expect(captureSelection(document, URL_)).toEqual({ ok: false, problem: 'in-input' });
    select('#p', 0, 4);
    (document.querySelector('#t') as HTMLTextAreaElement).focus();
    expect(captureSelection(document, URL_)).toEqual({ ok: false, problem: 'in-input' });
  });

  it('refuses a selection inside a frame (the frame is the active element)', () => {
    page('城市新闻', '<article><p id="p">今天的天气很好。</p><iframe id="f"></iframe></article>');
    (document.querySelector('#f') as HTMLIFrameElement).focus();
    expect(document.activeElement?.id).toBe('f');
    expect(captureSelection(document, URL_)).toEqual({ ok: false, problem: 'in-frame' });
  });

  it('refuses a selection outside the article text (a menu)', () => {
    page('城市新闻', '<nav><a id="m" href="/">首页导航</a></nav><article><p>正文的内容。</p></article>');
    select('#m', 0, 4);
    expect(captureSelection(document, URL_)).toEqual({ ok: false, problem: 'outside-article' });
  });

  it('refuses a quote longer than the limit and says how long it was', () => {
    const long = '长'.repeat(SNIPPET_TEXT_LIMIT + 1);
    page('城市新闻', `<article><p id="p">${long}</p></article>`);
    select('#p', 0, long.length);
    expect(captureSelection(document, URL_)).toEqual({
      ok: false,
      problem: 'too-long',
      detail: String(SNIPPET_TEXT_LIMIT + 1),
    });
  });
});
