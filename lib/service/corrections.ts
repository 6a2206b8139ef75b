import type { CorrectionsApi } from '../api/corrections';
import {
  applyCorrection,
  type CorrectionChange,
  correctionUrl,
  emptyCorrections,
  isEmptyCorrections,
  type StatementEdit,
} from '../corrections';
import { changeCorrections, getCorrections } from '../db/corrections';
import type { DbAccess } from '../db/open';
import { type DomainHandlers, type HandlerContext, RequestError } from '../messages';
import { INDICATORS } from '../model';

const MAX_KEY = 2000;

function checkUrl(url: unknown): string {
  if (typeof url !== 'string' || !url || url.length > 8192) throw new RequestError('invalid-request', 'A page URL is required.');
  return correctionUrl(url);
}

const isKey = (k: unknown): k is string => typeof k === 'string' && k.length > 0 && k.length <= MAX_KEY;
const isYear = (y: unknown): y is number => typeof y === 'number' && Number.isInteger(y) && y >= 1949 && y <= 2100;
const isNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

function checkEdit(e: Partial<StatementEdit> | undefined): boolean {
  if (!e || !isKey(e.key) || typeof e.region !== 'string' || !e.region || !isYear(e.year)) return false;
  if (e.kind !== 'target' && e.kind !== 'result') return false;
  if (typeof e.indicator !== 'string' || !((INDICATORS as readonly string[]).includes(e.indicator) || e.indicator.startsWith('other:'))) return false;
  if (!isNumber(e.value) || (e.valueMax !== undefined && !isNumber(e.valueMax))) return false;
  return typeof e.unit === 'string' && (e.qualifier === null || typeof e.qualifier === 'string');
}

/** The change, checked: a malformed one is refused whole, never half-applied. */
function checkChange(change: CorrectionChange | undefined): CorrectionChange {
  const ok =
    !!change &&
    ((change.type === 'page' &&
      (change.region === null || (typeof change.region === 'string' && change.region.length <= 50)) &&
      (change.year === null || isYear(change.year))) ||
      (change.type === 'hide' && isKey(change.key)) ||
      change.type === 'unhide-all' ||
      (change.type === 'edit' && checkEdit(change.edit)));
  if (!ok) throw new RequestError('invalid-request', 'The correction is malformed.');
  return change as CorrectionChange;
}

/** A content script reads and corrects only the page it runs in; the extension's own pages may reach any. */
function checkSender(url: string, context: HandlerContext): void {
  if (context.fromContentScript && (!context.senderUrl || correctionUrl(context.senderUrl) !== url)) {
    throw new RequestError('forbidden', "A page may read and correct only its own corrections.");
  }
}

export function correctionHandlers({ withDb, write }: DbAccess): DomainHandlers<CorrectionsApi> {
  return {
    getCorrections: async (request, context) => {
      const url = checkUrl(request?.url);
      checkSender(url, context);
      return withDb((db) => getCorrections(db, url));
    },
    correctPage: async (request, context) => {
      const url = checkUrl(request?.url);
      checkSender(url, context);
      const change = checkChange(request?.change);
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
