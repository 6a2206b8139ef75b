// mark.js 8 ships no types; the bench uses one method of it.
declare module 'mark.js' {
  export default class Mark {
    constructor(context: Element | Element[] | string);
    markRanges(
      ranges: Array<{ start: number; length: number }>,
      options?: { each?: (el: Element) => void; done?: () => void },
    ): void;
  }
}
