// The background's router: one place where every message is received, checked and answered.
// 1. Who may ask: a content script (code in a web page's tab) gets only the messages of lib/api/access.ts.
// 2. What was asked: the request is checked once, here, against the message's valibot schema (lib/api/*.ts); an
//    invalid one is answered with 'invalid-request' and a sentence naming the field, and the handler receives the
//    checked value. Handlers check only what needs the database or the sender (a record's rules, a page's own URL).
// 3. The answer: whatever the handler returns or throws becomes a Result (lib/messages.ts).
import * as v from 'valibot';
import { CONTENT_SCRIPT_MESSAGES } from '../api/access';
import { REQUEST_SCHEMAS } from '../api/schemas';
import {
  type HandlerContext,
  type Handlers,
  type MessageType,
  messenger,
  type RequestOf,
  type ResponseOf,
  type Result,
  settle,
} from '../messages';

/** What the browser says about a message's sender (runtime.MessageSender, the part we read). */
export interface Sender {
  url?: string;
  frameId?: number;
  tab?: { url?: string; id?: number };
}

/**
 * A sender is a content script when it runs in a tab on a page that is not one of ours. Without a known extension
 * origin (unit tests) a sender with a tab and a web URL counts as one.
 */
export function isContentScript(sender: Sender | undefined, extensionOrigin?: string): boolean {
  if (!sender?.tab) return false;
  const url = sender.url ?? sender.tab.url ?? '';
  if (extensionOrigin) return !url.startsWith(extensionOrigin);
  return /^(https?|file|ftp|data|blob|about):/i.test(url) || url === '';
}

/** The request checked against its schema: the checked value, or one sentence naming the field that is wrong. */
export function checkRequest<K extends MessageType>(
  type: K,
  data: unknown,
): { ok: true; request: RequestOf<K> } | { ok: false; message: string } {
  const parsed = v.safeParse(REQUEST_SCHEMAS[type] as v.GenericSchema, data);
  if (parsed.success) return { ok: true, request: parsed.output as RequestOf<K> };
  const [issue] = parsed.issues;
  const path = v.getDotPath(issue);
  const what = path ? `"${path}"` : 'the request';
  return { ok: false, message: `Invalid ${type} request: ${what} ${describeIssue(issue)}.` };
}

/** What is wrong, in the words the schema gives ("should be a list of ids"), or "is missing". */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  // valibot reports a missing key with the message of the object that lacks it; the path already names the key.
  if (issue.input === undefined && issue.path?.length) return 'is missing';
  const message = issue.message.replace(/[.\s]+$/, '');
  return /^should /.test(message) ? message : `should be ${issue.expected ?? 'valid'} (it is ${issue.received})`;
}

/** Answers one message from `sender`: refused, invalid, or the handler's outcome; never throws. */
export async function route<K extends MessageType>(
  handlers: Handlers,
  type: K,
  data: unknown,
  sender: Sender | undefined,
  options: { extensionOrigin?: string } = {},
): Promise<Result<ResponseOf<K>>> {
  const fromContentScript = isContentScript(sender, options.extensionOrigin);
  if (fromContentScript && !CONTENT_SCRIPT_MESSAGES.has(type)) {
    return {
      ok: false,
      error: { code: 'forbidden', message: `"${type}" is answered only to Report Lens's own pages.` },
    };
  }
  const checked = checkRequest(type, data);
  if (!checked.ok) return { ok: false, error: { code: 'invalid-request', message: checked.message } };
  const context: HandlerContext = {
    senderUrl: sender?.url ?? sender?.tab?.url,
    senderTabId: sender?.tab?.id,
    senderFrameId: sender?.frameId,
    fromContentScript,
  };
  return settle(() => handlers[type](checked.request, context));
}

/**
 * Registers every handler on the messenger. Call synchronously at the top of the background's main so a waking
 * worker hears the message that woke it. A message type nobody handles gets no answer, which its sender hears at
 * once as an error (request() in lib/messages.ts turns it into a Result).
 */
export function registerRouter(handlers: Handlers, options: { extensionOrigin?: string } = {}): () => void {
  const removers = (Object.keys(handlers) as MessageType[]).map((type) =>
    messenger.onMessage(type, ((message: { data: unknown; sender?: Sender }) =>
      route(handlers, type, message.data, message.sender, options)) as never),
  );
  return () => {
    for (const remove of removers) remove();
  };
}
