/**
 * An http(s) address: the only kind of URL imported data may carry as a link (not javascript:, data:, file: …), and
 * the only kind a view turns into a link.
 */
export function isWebUrl(url: string | null | undefined): url is string {
  if (!url || !/^https?:\/\//i.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}
