// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDbAccess, DbUnavailableError } from '@/lib/db/open';
import { putRecords } from '@/lib/db/queries';
import { ReportLensDb } from '@/lib/db/schema';
import { type Handlers, request } from '@/lib/messages';
import { registerRouter } from '@/lib/service/router';
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
  unregister = registerRouter(handlers);
}

describe('message router', () => {
  it('answers with database data', async () => {
    await putRecords(db, [record({ id: 'a', region: '北京', year: 2025, origin: 'user' })]);
    serve(
      createHandlers(
        createDbAccess(() => db),
        '1.2.3',
      ),
    );
    expect(await request('ping')).toEqual({ ok: true, data: { version: '1.2.3' } });
    const listed = await request('listRecords', { region: '北京' });
    expect(listed.ok && listed.data.records.map((r) => r.id)).toEqual(['a']);
    expect(await request('getCounts')).toEqual({
      ok: true,
      data: { records: 1, proposals: 0, reports: 0, snippets: 0 },
    });
  });

  it('leaves a message type nobody handles unanswered, which the sender hears at once as an error', async () => {
    serve(
      createHandlers(
        createDbAccess(() => db),
        '1',
      ),
    );
    const reply = await request('noSuchMessage' as never);
    expect(reply).toMatchObject({ ok: false, error: { code: 'disconnected' } });
  });

  it('turns a throwing handler into an internal error result', async () => {
    const handlers = createHandlers(
      createDbAccess(() => db),
      '1',
    );
    serve({
      ...handlers,
      getCounts: () => {
        throw new TypeError('boom');
      },
    });
    expect(await request('getCounts')).toEqual({ ok: false, error: { code: 'internal', message: 'TypeError: boom' } });
  });

  it('rejects malformed request data before the handler runs, naming the field in one sentence', async () => {
    let ran = false;
    const handlers = createHandlers(
      createDbAccess(() => db),
      '1',
    );
    serve({
      ...handlers,
      saveSnippet: (draft, context) => {
        ran = true;
        return handlers.saveSnippet(draft, context);
      },
    });
    expect(await request('listRecords', 'not a filter' as never)).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message: 'Invalid listRecords request: the request should be a filter object.',
      },
    });
    const draft = {
      url: 'https://example.test/a',
      title: 'A',
      text: '稳中求进',
      selector: { exact: '', prefix: '', suffix: '' },
    };
    expect(await request('saveSnippet', draft)).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'Invalid saveSnippet request: "selector.exact" should not be empty.' },
    });
    expect(await request('getRecords', {} as never)).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'Invalid getRecords request: "ids" is missing.' },
    });
    expect(ran).toBe(false);
  });

  it('hands the handler the checked request, without fields the message does not take', async () => {
    let seen: unknown;
    const handlers = createHandlers(
      createDbAccess(() => db),
      '1',
    );
    serve({
      ...handlers,
      readReport: (input, context) => {
        seen = input;
        return handlers.readReport(input, context);
      },
    });
    const reply = await request('readReport', { text: '天气晴', known: { region: '北京', year: 2025 } } as never);
    expect(reply.ok).toBe(true);
    expect(seen).toEqual({ text: '天气晴' });
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
