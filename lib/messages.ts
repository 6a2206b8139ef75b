// The typed contract between the content script / extension pages and the background, which owns the database.
// Every answer is a Result: a caller always learns what went wrong instead of receiving a silent `undefined`.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CompareApi } from './api/compare';
import type { CoreApi } from './api/core';
import type { CorrectionsApi } from './api/corrections';
import type { PackApi } from './api/pack';
import type { PageApi } from './api/page';
import type { RecordsApi } from './api/records';
import type { SitesApi } from './api/sites';
import type { SnippetsApi } from './api/snippets';
import { CONTENT_SCRIPT_MESSAGES } from './api/access';

export type ErrorCode =
  | 'db-unavailable' // the browser refuses IndexedDB here (private window)
  | 'unknown-message' // nobody handles this message type
  | 'invalid-request' // the request data is malformed
  | 'not-found'
  | 'forbidden' // a content script asked for something only the extension's own pages may do
  | 'storage' // the browser refused or lost a write (disk full, quota, database dropped)
  | 'disconnected' // the background could not be reached (extension reloaded, context invalidated)
  | 'internal'; // a handler threw

export interface MessageError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: MessageError };

/** Requests and responses, one entry per message type; each domain declares its own in lib/api/. */
export interface Api extends CoreApi, RecordsApi, PageApi, SnippetsApi, CompareApi, PackApi, CorrectionsApi, SitesApi {}

export type MessageType = keyof Api;
export type RequestOf<K extends MessageType> = Api[K]['request'];
export type ResponseOf<K extends MessageType> = Api[K]['response'];

type ProtocolMap = { [K in MessageType]: (data: RequestOf<K>) => Result<ResponseOf<K>> };

export const messenger = defineExtensionMessaging<ProtocolMap>();

export interface HandlerContext {
  /** The URL of the tab (or extension page) that sent the message, when known. */
  senderUrl?: string;
  senderTabId?: number;
  /** True when a content script (code running in a web page's tab) sent it: its answers are limited to that page. */
  fromContentScript?: boolean;
}

export type Handler<K extends MessageType> = (
  request: RequestOf<K>,
  context: HandlerContext,
) => Promise<ResponseOf<K>> | ResponseOf<K>;

export type Handlers = { [K in MessageType]: Handler<K> };

/** The handlers of one domain's messages (lib/api/<domain>.ts ↔ lib/service/<domain>.ts). */
export type DomainHandlers<DomainApi> = { [K in keyof DomainApi & MessageType]: Handler<K> };

/** An error a handler throws on purpose, with a code the caller can act on. */
export class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

export function toMessageError(error: unknown): MessageError {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const message = error instanceof Error ? error.message : String(error);
    return { code: error.code as ErrorCode, message };
  }
  if (error instanceof Error) return { code: 'internal', message: `${error.name}: ${error.message}` };
  return { code: 'internal', message: String(error) };
}

export function isMessageType(type: unknown, handlers: Partial<Handlers>): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(handlers, type);
}

/** Runs one handler and wraps its outcome in a Result; never throws. */
export async function runHandler<K extends MessageType>(
  handlers: Handlers,
  type: K,
  request: RequestOf<K>,
  context: HandlerContext,
): Promise<Result<ResponseOf<K>>> {
  try {
    return { ok: true, data: await handlers[type](request, context) };
  } catch (error) {
    return { ok: false, error: toMessageError(error) };
  }
}

interface OnMessageEvent {
  addListener(listener: (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => unknown): void;
  removeListener(listener: (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => unknown): void;
}

/**
 * Registers every handler, plus an answer for message types nobody handles (a clear error instead of a caller
 * waiting for nothing). Call synchronously at the top of the background's main so a waking worker hears it.
 */
export function registerRouter(
  handlers: Handlers,
  onMessage: OnMessageEvent,
  options: { extensionOrigin?: string } = {},
): () => void {
  const removers = (Object.keys(handlers) as MessageType[]).map((type) =>
    messenger.onMessage(type, (message) => {
      const sender = message.sender as { url?: string; tab?: { url?: string; id?: number } } | undefined;
      const fromContentScript = isContentScript(sender, options.extensionOrigin);
      if (fromContentScript && !CONTENT_SCRIPT_MESSAGES.has(type)) {
        return {
          ok: false,
          error: { code: 'forbidden', message: `"${type}" is answered only to Report Lens's own pages.` },
        } as never;
      }
      return runHandler(handlers, type, message.data as never, {
        senderUrl: sender?.url ?? sender?.tab?.url,
        senderTabId: sender?.tab?.id,
        fromContentScript,
      }) as never;
    }),
  );
  const unknown = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || isMessageType(type, handlers)) return undefined;
    sendResponse({
      res: { ok: false, error: { code: 'unknown-message', message: `No handler for message "${type}".` } },
    });
    return true;
  };
  onMessage.addListener(unknown);
  return () => {
    for (const remove of removers) remove();
    onMessage.removeListener(unknown);
  };
}

/**
 * A sender is a content script when it runs in a tab on a page that is not one of ours. Without a known extension
 * origin (unit tests) a sender with a tab and a web URL counts as one.
 */
export function isContentScript(sender: { url?: string; tab?: { url?: string } } | undefined, extensionOrigin?: string): boolean {
  if (!sender?.tab) return false;
  const url = sender.url ?? sender.tab.url ?? '';
  if (extensionOrigin) return !url.startsWith(extensionOrigin);
  return /^(https?|file|ftp|data|blob|about):/i.test(url) || url === '';
}

function isResult(value: unknown): value is Result<unknown> {
  return !!value && typeof value === 'object' && 'ok' in value && typeof value.ok === 'boolean';
}

/** Sends a message to the background; transport failures come back as an error Result too. */
export async function request<K extends MessageType>(
  type: K,
  ...args: RequestOf<K> extends undefined ? [request?: undefined] : [request: RequestOf<K>]
): Promise<Result<ResponseOf<K>>> {
  try {
    const reply: unknown = await messenger.sendMessage(type, args[0] as never);
    if (isResult(reply)) return reply as Result<ResponseOf<K>>;
    return { ok: false, error: { code: 'unknown-message', message: `No handler answered "${type}".` } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'disconnected', message: `Report Lens could not reach its background: ${message}` } };
  }
}
