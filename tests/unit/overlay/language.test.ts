// @vitest-environment node
// The in-app language: a chosen locale's messages served by t() the way browser.i18n would serve them.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatMessage, type LocaleMessages, loadUiLanguage, t, UI_LANGUAGE_KEY, useMessages } from '@/components/i18n';

const messages = (locale: string) =>
  JSON.parse(readFileSync(`assets/public/_locales/${locale}/messages.json`, 'utf8')) as LocaleMessages;

afterEach(() => {
  useMessages(null);
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('in-app language', () => {
  it('fills placeholders like browser.i18n', () => {
    expect(
      formatMessage(
        {
          message: 'Save $COUNT$ to $WHERE$ ($$)',
          placeholders: { count: { content: '$1' }, where: { content: '$2' } },
        },
        ['3', 'records'],
      ),
    ).toBe('Save 3 to records ($)');
  });

  it('serves the chosen locale’s messages, whatever the browser’s language', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => 'from the browser');
    useMessages(messages('zh_TW'));
    expect(t('reviewSaveCount', 3)).toBe('儲存 3 條到我的記錄');
    expect(t('unitPercentagePoints')).toBe('個百分點');
    useMessages(null);
    expect(t('reviewSaveCount', 3)).toBe('from the browser');
  });

  it('loads the stored choice, and follows the browser when there is none or it cannot be read', async () => {
    expect((await loadUiLanguage()).language).toBe('auto');
    await fakeBrowser.storage.local.set({ [UI_LANGUAGE_KEY]: 'en' });
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(messages('en'))));
    const chosen = await loadUiLanguage();
    expect(chosen).toEqual({ language: 'en', lang: 'en' });
    expect(t('trustWrong')).toBe('This reading is wrong');
    vi.stubGlobal('fetch', async () => {
      throw new Error('no file');
    });
    await fakeBrowser.storage.local.set({ [UI_LANGUAGE_KEY]: 'zh_CN' });
    useMessages(null);
    expect((await loadUiLanguage()).language).toBe('auto');
    vi.unstubAllGlobals();
  });
});
