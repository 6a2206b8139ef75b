// The cheap gate: could this page be about a government work report? Title, URL and the first few KB of text only.
//
// Why it stands alone (no lib/text, no t2s table): the content script loads only this module up front and must
// decide a non-report page in well under a millisecond. Traditional and garbled spellings are written into the
// expressions themselves (報/报, 報(bào)告), so no folding is needed here. It may say yes too often — detectReport
// decides — but it must not say no to a real report page.

export interface GateInput {
  title?: string;
  url?: string;
  /** The first few KB of the page's text (more is ignored). */
  head?: string;
}

/** How much of `head` the gate reads. */
export const GATE_HEAD_CHARS = 4000;

const PINYIN = '(?:[(（][a-zà-ü\\u0100-\\u01dc]{1,7}[)）])?';
const REPORT_WORDS = new RegExp(
  [
    `政府工作${PINYIN}[报報]${PINYIN}告`,
    `工作[报報]${PINYIN}告`,
    `主要预期目标|主要預期目標|预期目标|預期目標|预期增长|預期增長`,
    `人民代表大[会會]|人大[一二三四五六七八九十]次[会會]|[两兩]${PINYIN}[会會]`,
    `(?:GDP|ＧＤＰ|生[产產][总總]值|[经經][济濟])(?:增[长長]|增速|成[长長])?率?目[标標]`,
    '当局任务讲演|政府任务讲演',
  ].join('|'),
);
const REPORT_URL = /zfgzbg|gzbg|lianghui|\d{4}lh|npc/i;

/** True when the page may be about a government work report and deserves the full pass. */
export function gateReport(input: GateInput): boolean {
  const title = input.title ?? '';
  if (REPORT_WORDS.test(title)) return true;
  if (input.url && REPORT_URL.test(input.url)) return true;
  const head = input.head ?? '';
  return REPORT_WORDS.test(head.length > GATE_HEAD_CHARS ? head.slice(0, GATE_HEAD_CHARS) : head);
}
