import { SnippetsTab } from '../snippets/SnippetsTab';

/** The Snippets tab: the snippets work's view (components/snippets/SnippetsTab.tsx) inside the library's shell. */
export function SnippetsPanel() {
  return <SnippetsTab />;
}
