// The overlay's side of the user's corrections (lib/corrections): they are stored by the background (content
// scripts never open IndexedDB) and applied here to what the reader found.
import { type CorrectionChange, correctionUrl, type PageCorrections } from '@/lib/corrections';
import { request } from '@/lib/messages';

/** The page's corrections, or null when it has none or the background cannot be reached (the page reads as is). */
export async function loadCorrections(url: string): Promise<PageCorrections | null> {
  const reply = await request('getCorrections', { url: correctionUrl(url) });
  return reply.ok ? reply.data : null;
}

/** Stores one correction; resolves to an error message, or null when stored. */
export async function saveCorrection(url: string, change: CorrectionChange): Promise<string | null> {
  const reply = await request('correctPage', { url: correctionUrl(url), change });
  return reply.ok ? null : reply.error.message;
}
