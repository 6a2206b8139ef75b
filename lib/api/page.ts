// Messages the content script sends about the page it reads. (Filled in by the overlay work.)
export type PageApi = {};
