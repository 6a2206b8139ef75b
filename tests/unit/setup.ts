import { fakeBrowser } from 'wxt/testing/fake-browser';

// @webext-core/messaging talks to the `chrome` global; point it at WXT's fake browser in unit tests.
(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser;
