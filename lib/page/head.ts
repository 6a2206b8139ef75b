// The first few KB of a page's text, for the cheap gate: a TreeWalker that stops early, so a long page costs no
// more than a short one (body.textContent would build the whole page's string, scripts and styles included).

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'REPORT-LENS-UI']);

export function readHead(doc: Document, chars: number): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  let out = '';
  for (let node = walker.nextNode(); node && out.length < chars; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && SKIP.has(parent.tagName.toUpperCase())) continue;
    out += (node as Text).data;
  }
  return out.length > chars ? out.slice(0, chars) : out;
}
