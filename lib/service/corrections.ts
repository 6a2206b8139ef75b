import type { CorrectionsApi } from '../api/corrections';
import { applyCorrection, correctionUrl, emptyCorrections, isEmptyCorrections } from '../corrections';
import type { DbAccess } from '../db/open';
import { type DomainHandlers, type HandlerContext, RequestError } from '../messages';

/** A content script reads and corrects only the page it runs in; the extension's own pages may reach any. */
function checkSender(url: string, context: HandlerContext): void {
  if (context.fromContentScript && (!context.senderUrl || correctionUrl(context.senderUrl) !== url)) {
    throw new RequestError('forbidden', "A page may read and correct only its own corrections.");
  }
}

export function correctionHandlers({ withDb }: DbAccess): DomainHandlers<CorrectionsApi> {
  return {
    getCorrections: async (request, context) => {
      const url = correctionUrl(request.url);
      checkSender(url, context);
      return withDb(async (db) => (await db.corrections.get(url)) ?? null);
    },
    correctPage: async (request, context) => {
      const url = correctionUrl(request.url);
      checkSender(url, context);
      const { change } = request;
      return withDb((db) =>
        db.transaction('rw', db.corrections, async () => {
          const next = applyCorrection((await db.corrections.get(url)) ?? emptyCorrections(url), change);
          if (isEmptyCorrections(next)) {
            await db.corrections.delete(url);
            return null;
          }
          await db.corrections.put(next);
          return next;
        }),
      );
    },
  };
}
