// The typed contract of every message in the extension, on one @webext-core/messaging protocol:
// - `Api` (lib/api/*.ts): what content scripts and extension pages ask the background, which owns the database;
//   `request(type, data)` sends one, lib/service/router.ts answers it (after checking the request against the
//   message's valibot schema, declared beside its types).
// - `TabApi`: what the background and the popup ask a tab's content script; `requestTab(tabId, type, data)` sends one
//   to the tab's top frame and `answerTab(type, handler)` answers it in the page.
// Every answer is a Result: a caller always learns what went wrong instead of receiving a silent `undefined`.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CompareApi } from './api/compare';
import type { CoreApi } from './api/core';
import type { CorrectionsApi } from './api/corrections';
import type { ImportProblem } from './io/problems';
import type { PackApi } from './api/pack';
import type { PageApi, PageTabApi } from './api/page';
import type { RecordsApi } from './api/records';
import type { SitesApi } from './api/sites';
import type { SnippetsApi, SnippetsTabApi } from './api/snippets';

export type ErrorCode =
  | 'db-unavailable' // the browser refuses IndexedDB here (private window)
  | 'unknown-message' // nobody answered this message type
  | 'invalid-request' // the request data is malformed
  | 'invalid-file' // an imported file's content is not valid (the database is exactly as it was)
  | 'too-large' // an imported file is over the size limit (nothing was read)
  | 'not-found'
  | 'forbidden' // a content script asked for something only the extension's own pages may do
  | 'storage' // the browser refused or lost a write (disk full, quota, database dropped)
  | 'disconnected' // the other side could not be reached (extension reloaded, no content script in the tab)
  | 'internal'; // a handler threw

export interface MessageError {
  code: ErrorCode;
  /** One sentence a user can read. */
  message: string;
  /** For a refused file: the first problems (where, why), so the library can list them. */
  problems?: ImportProblem[];
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: MessageError };

/** Requests and responses of the background, one entry per message type; each domain declares its own in lib/api/. */
export interface Api extends CoreApi, RecordsApi, PageApi, SnippetsApi, CompareApi, PackApi, CorrectionsApi, SitesApi {}

export type MessageType = keyof Api;
export type RequestOf<K extends MessageType> = Api[K]['request'];
export type ResponseOf<K extends MessageType> = Api[K]['response'];

/** Requests and responses of a tab's content script (the popup's page info, the marks toggle, the snippet commands). */
export interface TabApi extends PageTabApi, SnippetsTabApi {}

export type TabMessageType = keyof TabApi;
export type TabRequestOf<K extends TabMessageType> = TabApi[K]['request'];
export type TabResponseOf<K extends TabMessageType> = TabApi[K]['response'];

type ProtocolMap = { [K in MessageType]: (data: RequestOf<K>) => Result<ResponseOf<K>> } & {
  [K in TabMessageType]: (data: TabRequestOf<K>) => Result<TabResponseOf<K>>;
};

/** The one messenger: background messages go out with no tab id, tab messages with one. */
export const messenger = defineExtensionMessaging<ProtocolMap>();

export interface HandlerContext {
  /** The URL of the tab (or extension page) that sent the message, when known. */
  senderUrl?: string;
  senderTabId?: number;
  /** The frame of the sender's tab (0: the top frame). */
  senderFrameId?: number;
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
    readonly problems?: ImportProblem[],
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

export function toMessageError(error: unknown): MessageError {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const message = error instanceof Error ? error.message : String(error);
    const problems =
      'problems' in error && Array.isArray(error.problems) ? (error.problems as ImportProblem[]) : undefined;
    return { code: error.code as ErrorCode, message, ...(problems?.length ? { problems } : {}) };
  }
  if (error instanceof Error) return { code: 'internal', message: `${error.name}: ${error.message}` };
  return { code: 'internal', message: String(error) };
}

/** Runs a function and wraps its outcome in a Result; never throws. */
export async function settle<T>(run: () => Promise<T> | T): Promise<Result<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    return { ok: false, error: toMessageError(error) };
  }
}

function isResult(value: unknown): value is Result<unknown> {
  return !!value && typeof value === 'object' && 'ok' in value && typeof value.ok === 'boolean';
}

/** A reply that is no Result (nobody answers this type), or a transport failure, as an error Result. */
function unanswered(type: string, reply: unknown, who: string): Result<never> {
  return isResult(reply)
    ? (reply as Result<never>)
    : { ok: false, error: { code: 'unknown-message', message: `${who} did not answer "${type}".` } };
}

function disconnected(error: unknown, who: string): Result<never> {
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'disconnected', message: `Report Lens could not reach ${who}: ${message}` } };
}

/** Sends a message to the background; transport failures come back as an error Result too. */
export async function request<K extends MessageType>(
  type: K,
  ...args: RequestOf<K> extends undefined ? [request?: undefined] : [request: RequestOf<K>]
): Promise<Result<ResponseOf<K>>> {
  try {
    const reply: unknown = await messenger.sendMessage(type, args[0] as never);
    return unanswered(type, reply, 'The background');
  } catch (error) {
    return disconnected(error, 'its background');
  }
}

/**
 * Sends a message to the content script in a tab's top frame (our content scripts run there only). A tab without
 * one (a browser page, the web store, a tab opened before install) answers with a 'disconnected' error.
 */
export async function requestTab<K extends TabMessageType>(
  tabId: number,
  type: K,
  ...args: TabRequestOf<K> extends undefined ? [request?: undefined] : [request: TabRequestOf<K>]
): Promise<Result<TabResponseOf<K>>> {
  try {
    const reply: unknown = await messenger.sendMessage(type, args[0] as never, { tabId, frameId: 0 });
    return unanswered(type, reply, 'The page');
  } catch (error) {
    return disconnected(error, 'the page');
  }
}

/**
 * Answers one tab message in a content script; returns the function that stops answering (call it when the
 * script's context is invalidated). Each script (the first stage, the lens) has its own messenger, which takes one
 * answerer per type; a type answered by both would get two answers, so each type is answered by one of them.
 */
export function answerTab<K extends TabMessageType>(
  type: K,
  // A message that answers nothing (undefined) takes a handler that returns nothing.
  handler: (
    request: TabRequestOf<K>,
  ) => TabResponseOf<K> extends undefined ? unknown : Promise<TabResponseOf<K>> | TabResponseOf<K>,
): () => void {
  return messenger.onMessage(type, ((message: { data: TabRequestOf<K> }) =>
    settle(() => handler(message.data))) as never);
}
