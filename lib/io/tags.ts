// Tags as a reader types them ("数据, 经济、 #GDP"), apart from the import/export formats so the content script can
// use them without pulling in the CSV and schema libraries.

/** Splits what a reader typed into tags: commas (also ，、；;) and line breaks separate; `#` in front is dropped. */
export function parseTags(input: string): string[] {
  return normalizeTags(input.split(/[,，、;；\n]+/));
}

export function normalizeTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim();
    if (tag && !seen.has(tag)) {
      seen.add(tag);
      out.push(tag);
    }
  }
  return out;
}
