// Messages for saved snippets. (Filled in by the snippets work.)
export type SnippetsApi = {};
