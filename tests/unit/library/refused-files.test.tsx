// A refused file reads the same wherever it is picked: the background answers one error (a code, one sentence, the
// problems listed) and the library shows the sentence and every problem.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TransferPanel } from '@/components/library/TransferPanel';
import { SnippetsTab } from '@/components/snippets/SnippetsTab';
import { createDbAccess } from '@/lib/db/open';
import { ReportLensDb } from '@/lib/db/schema';
import { makePack } from '@/lib/io/export';
import { createHandlers } from '@/lib/service/handlers';
import { refusedFile } from '@/lib/service/refusals';
import { registerRouter } from '@/lib/service/router';
import { useRenderHost } from '../helpers/render-host';

const host = useRenderHost();
let db: ReportLensDb;
let stop = () => {};

beforeEach(() => {
  fakeBrowser.reset();
  db = new ReportLensDb(`refused-${Math.random()}`);
});
afterEach(async () => {
  stop();
  await db.delete();
});

/** Picks `file` in the file input found by `selector`, as the user would. */
function pick(selector: string, file: File) {
  const input = host().querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('a refused file', () => {
  it('in the Snippets tab: the sentence, then each problem on its own line', async () => {
    stop = registerRouter(
      createHandlers(
        createDbAccess(() => db),
        '1',
      ),
    );
    render(<SnippetsTab />, host());
    const bad = [
      {
        id: 'x',
        url: 'not a url',
        title: 't',
        text: '稳中求进',
        selector: { exact: '稳中求进', prefix: '', suffix: '' },
        tags: [],
        createdAt: 1,
      },
    ];
    pick(
      '[data-testid="snippets-import-file"]',
      new File([JSON.stringify(bad)], 'snippets.json', { type: 'application/json' }),
    );
    const alert = await vi.waitFor(() => {
      const found = host().querySelector('[role="alert"]');
      if (!found) throw new Error('no alert yet');
      return found;
    });
    expect(alert.querySelector('span')?.textContent).toBe(
      'The file was refused and nothing was changed: snippets[0].url: should be an http(s) address.',
    );
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'snippets[0].url: should be an http(s) address',
    ]);
    expect(await db.snippets.count()).toBe(0);
  });

  it('in Import & export: the problems the background names are listed under the refusal', async () => {
    const handlers = createHandlers(
      createDbAccess(() => db),
      '1',
    );
    stop = registerRouter({
      ...handlers,
      importPack: () => {
        throw refusedFile([{ path: 'records[0].source.url', message: 'is not what this library accepts.' }]);
      },
    });
    render(<TransferPanel onChanged={() => {}} />, host());
    const pack = JSON.stringify(makePack([], []));
    pick('[data-testid="import-file"]', new File([pack], 'pack.json', { type: 'application/json' }));
    const problems = await vi.waitFor(() => {
      const items = [...host().querySelectorAll('.rl-problems li')];
      if (!items.length) throw new Error('no problems yet');
      return items.map((li) => li.textContent?.trim());
    });
    expect(problems).toEqual(['records[0].source.url is not what this library accepts.']);
    expect(host().querySelector('[data-testid="transfer-truth"]')?.textContent).toBe('libraryNothingChanged');
  });
});
