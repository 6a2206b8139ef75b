import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Keep the top level as the product card lists it: static files live under assets/public.
  publicDir: 'assets/public',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: the library is the user's own work; without it Chromium may evict the extension's IndexedDB
    // under disk pressure (README "Storage"). It does not make a full disk writable: lib/db/storage.ts handles that.
    // scripting: the background injects the lens (marks, cards, snippet UI) only into frames that need it; it needs
    // the same http(s) host patterns as the content script, so the install prompt is unchanged (README, Permissions).
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', 'scripting'],
    action: { default_title: '__MSG_extName__' },
    // Snippets: save the current selection (the same as the "Save to Report Lens" context-menu item).
    commands: {
      'save-snippet': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_snippetCommandSave__',
      },
      // The overlay: show or hide the marks on a report page (also a button on the page's badge).
      'toggle-marks': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandToggleMarks__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'report-lens@report-lens.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
