import type { CorrectionsApi } from '../api/corrections';
import { applyCorrection, correctionUrl, emptyCorrections, isEmptyCorrections } from '../corrections';
import { changeCorrections, getCorrections } from '../db/corrections';
import type { DbAccess } from '../db/open';
import { type DomainHandlers, type HandlerContext, RequestError } from '../messages';

/** A content script reads and corrects only the page it runs in; the extension's own pages may reach any. */
function checkSender(url: string, context: HandlerContext): void {
  if (context.fromContentScript && (!context.senderUrl || correctionUrl(context.senderUrl) !== url)) {
    throw new RequestError('forbidden', 'A page may read and correct only its own corrections.');
  }
}

export function correctionHandlers({ withDb, write }: DbAccess): DomainHandlers<CorrectionsApi> {
  return {
    getCorrections: async (request, context) => {
      const url = correctionUrl(request.url);
      checkSender(url, context);
      return withDb((db) => getCorrections(db, url));
    },
    correctPage: async (request, context) => {
      const url = correctionUrl(request.url);
      checkSender(url, context);
      const { change } = request;
      // Through the checked write path: a full disk or a dropped database answers the 'storage' error in one
      // sentence, and the transaction leaves the stored row as it was.
      return write((db) =>
        changeCorrections(db, url, (stored) => {
          const next = applyCorrection(stored ?? emptyCorrections(url), change);
          return isEmptyCorrections(next) ? null : next;
        }),
      );
    },
  };
}
