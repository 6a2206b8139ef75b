// Which messages a content script may send. A content script runs inside web pages, so a page that finds a way to
// drive it (or a compromised renderer) must not reach exports, backups, restores or bulk deletes: those are answered
// only to the extension's own pages (popup, library). See docs/security.md.
import type { MessageType } from '../messages';

export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>([
  'ping',
  'readReport',
  'comparePage',
  'saveStatements',
  'saveReportText',
  'saveSnippet',
  'updateSnippet',
  'deleteSnippets',
  'snippetsForUrl',
  'markOrphaned',
  'openLibrary',
  // The first stage asks for the lens in its own frame (the sender's tab and frame; nothing else is injected).
  'loadLens',
  'setSiteDisabled',
  // A page's corrections: only the page's own (lib/service/corrections.ts checks the sender's URL).
  'getCorrections',
  'correctPage',
]);
