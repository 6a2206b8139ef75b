/**
 * The one place that decides whether Report Lens acts on a page. Cheap on purpose: the title, the URL and the
 * first few KB of text, so an unrelated page costs next to nothing and is never touched.
 * (The page reader replaces the body of this function with lib/detect's gate and full detection.)
 */
export interface PageVerdict {
  isReport: boolean;
}

const HEAD_CHARS = 4000;

export function judgePage(doc: Document, url: string): PageVerdict {
  const head = (doc.body?.textContent ?? '').slice(0, HEAD_CHARS);
  const haystack = `${doc.title}\n${decodeURIComponentSafe(url)}\n${head}`;
  return { isReport: haystack.includes('政府工作报告') || haystack.includes('政府工作報告') };
}

function decodeURIComponentSafe(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
