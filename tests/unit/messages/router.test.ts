// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDbAccess, DbUnavailableError } from '@/lib/db/open';
import { putRecords } from '@/lib/db/queries';
import { ReportLensDb } from '@/lib/db/schema';
import { type Handlers, messenger, registerRouter, request } from '@/lib/messages';
import { createHandlers } from '@/lib/service/handlers';
import { record } from '../helpers/builders';

let unregister: () => void = () => {};
let db: ReportLensDb;

beforeEach(() => {
  fakeBrowser.reset();
  db = new ReportLensDb(`router-${Math.random()}`);
});
afterEach(async () => {
  unregister();
  await db.delete();
});

function serve(handlers: Handlers) {
  unregister = registerRouter(handlers, fakeBrowser.runtime.onMessage as never);
}

describe('message router', () => {
  it('answers with database data', async () => {
    await putRecords(db, [record({ id: 'a', region: '北京', year: 2025, origin: 'user' })]);
    serve(createHandlers(createDbAccess(() => db), '1.2.3'));
    expect(await request('ping')).toEqual({ ok: true, data: { version: '1.2.3' } });
    const listed = await request('listRecords', { region: '北京' });
    expect(listed.ok && listed.data.records.map((r) => r.id)).toEqual(['a']);
    expect(await request('getCounts')).toEqual({ ok: true, data: { records: 1, proposals: 0, reports: 0, snippets: 0 } });
  });

  it('answers an unknown message type with an error naming it', async () => {
    serve(createHandlers(createDbAccess(() => db), '1'));
    const reply = await messenger.sendMessage('noSuchMessage' as never, undefined as never);
    expect(reply).toEqual({ ok: false, error: { code: 'unknown-message', message: 'No handler for message "noSuchMessage".' } });
  });

  it('turns a throwing handler into an internal error result', async () => {
    const handlers = createHandlers(createDbAccess(() => db), '1');
    serve({
      ...handlers,
      getCounts: () => {
        throw new TypeError('boom');
      },
    });
    expect(await request('getCounts')).toEqual({ ok: false, error: { code: 'internal', message: 'TypeError: boom' } });
  });

  it('rejects malformed request data', async () => {
    serve(createHandlers(createDbAccess(() => db), '1'));
    const reply = await request('listRecords', 'not a filter' as never);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.code).toBe('invalid-request');
  });

  it('reports an unavailable database clearly', async () => {
    serve(
      createHandlers(
        {
          ...createDbAccess(() => db),
          withDb: () => Promise.reject(new DbUnavailableError('SecurityError')),
        },
        '1',
      ),
    );
    const reply = await request('getCounts');
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.code).toBe('db-unavailable');
    expect(!reply.ok && reply.error.message).toMatch(/private windows/i);
  });

  it('reports a background that does not answer as disconnected', async () => {
    const reply = await request('ping');
    expect(reply).toMatchObject({ ok: false, error: { code: 'disconnected' } });
  });
});
