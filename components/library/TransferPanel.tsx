// Import and export. How a large import shows progress: the file is read here in pieces (progress by bytes), then
// parsed and checked here with the same validators the background uses (so problems appear at once, with row and
// field), then sent in one message and written by the background in one transaction. The write is one step on
// purpose: splitting it across messages would split the transaction, and a failure halfway would leave half a
// file imported. Files are capped at MAX_IMPORT_BYTES (lib/io/limits.ts) for the same reason.
import { useRef, useState } from 'preact/hooks';
import type { ImportCounts } from '@/lib/api/records';
import { parseBackup } from '@/lib/io/backup';
import { parseRecordsCsv, recordsToCsv } from '@/lib/io/csv';
import { makePack } from '@/lib/io/export';
import { sizeProblem } from '@/lib/io/limits';
import type { ImportProblem } from '@/lib/io/problems';
import { type MessageError, request } from '@/lib/messages';
import { parsePack } from '@/lib/pack/format';
import { t } from '../i18n';
import { downloadText } from '../download';
import { today } from './labels';
import { readFileWithProgress } from './readFile';
import { SitesList } from './SitesList';

type Phase = 'reading' | 'checking' | 'saving';

type Status =
  | { state: 'idle' }
  | { state: 'busy'; phase: Phase; share?: number; file: string }
  | { state: 'done'; message: string }
  | { state: 'failed'; message: string; problems: ImportProblem[]; truth?: string };

function countsLine(label: string, c: ImportCounts): string {
  return t('libraryImportCounts', label, c.added, c.updated, c.unchanged + c.duplicates, c.kept);
}

export function TransferPanel({ onChanged }: { onChanged: () => void }) {
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const importInput = useRef<HTMLInputElement>(null);
  const restoreInput = useRef<HTMLInputElement>(null);
  const busy = status.state === 'busy';

  const fail = (message: string, problems: ImportProblem[] = []) => setStatus({ state: 'failed', message, problems });
  /**
   * A request that failed: a refused file lists its problems (where, why); any other error its one sentence; a
   * storage failure's sentence replaces "Nothing was changed" (it says what is left).
   */
  const failed = (message: string, error: MessageError) =>
    error.code === 'storage'
      ? setStatus({ state: 'failed', message, problems: [], truth: error.message })
      : fail(message, error.problems?.length ? error.problems : [{ path: '', message: error.message }]);

  async function read(file: File): Promise<string | null> {
    const tooBig = sizeProblem(file.size);
    if (tooBig) {
      fail(t('libraryImportRefused', file.name), [{ path: '', message: tooBig }]);
      return null;
    }
    setStatus({ state: 'busy', phase: 'reading', share: 0, file: file.name });
    return readFileWithProgress(file, (share) =>
      setStatus({ state: 'busy', phase: 'reading', share, file: file.name }),
    );
  }

  async function importFile(file: File) {
    const text = await read(file);
    if (text === null) return;
    setStatus({ state: 'busy', phase: 'checking', file: file.name });
    // Let the page paint the phase before the (synchronous) check of a big file.
    await new Promise((resolve) => setTimeout(resolve, 0));
    let packText = text;
    if (/\.csv$/i.test(file.name) || file.type === 'text/csv') {
      const csv = parseRecordsCsv(text);
      if (!csv.ok) return fail(t('libraryImportRefused', file.name), csv.problems);
      packText = JSON.stringify(makePack(csv.records, []));
    } else if (text.slice(0, 200).includes('"report-lens-backup"')) {
      return fail(t('libraryImportRefused', file.name), [{ path: '', message: t('libraryImportIsBackup') }]);
    } else {
      const checked = parsePack(text);
      if (!checked.ok) return fail(t('libraryImportRefused', file.name), checked.problems);
    }
    setStatus({ state: 'busy', phase: 'saving', file: file.name });
    const result = await request('importPack', { text: packText });
    if (!result.ok) return failed(t('libraryImportRefused', file.name), result.error);
    const outcome = result.data;
    setStatus({
      state: 'done',
      message: [
        t('libraryImportDone', file.name),
        countsLine(t('libraryRecordsTab'), outcome.records),
        countsLine(t('libraryProposalsTab'), outcome.proposals),
      ].join(' '),
    });
    onChanged();
  }

  async function restoreFile(file: File) {
    const text = await read(file);
    if (text === null) return;
    setStatus({ state: 'busy', phase: 'checking', file: file.name });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const checked = parseBackup(text);
    if (!checked.ok) return fail(t('libraryRestoreRefused', file.name), checked.problems);
    const { counts } = checked.backup;
    if (!window.confirm(t('libraryRestoreConfirm', counts.records, counts.proposals, counts.snippets))) {
      return setStatus({ state: 'idle' });
    }
    setStatus({ state: 'busy', phase: 'saving', file: file.name });
    const result = await request('restoreBackup', { text });
    if (!result.ok) return failed(t('libraryRestoreRefused', file.name), result.error);
    setStatus({ state: 'done', message: t('libraryRestoreDone', counts.records, counts.proposals, counts.snippets) });
    onChanged();
  }

  async function exportAs(kind: 'json' | 'csv' | 'backup') {
    const result = kind === 'backup' ? await request('backupAll') : await request('exportAll');
    if (!result.ok) return fail(t('libraryExportFailed'), [{ path: '', message: result.error.message }]);
    if (kind === 'csv' && 'records' in result.data) {
      downloadText(`report-lens-records-${today()}.csv`, recordsToCsv(result.data.records), 'text/csv;charset=utf-8');
    } else {
      downloadText(
        `report-lens-${kind === 'backup' ? 'backup' : 'pack'}-${today()}.json`,
        JSON.stringify(result.data, null, 1),
        'application/json',
      );
    }
    setStatus({ state: 'done', message: t('libraryExported') });
  }

  const pick = (input: HTMLInputElement | null, run: (file: File) => Promise<void>) => {
    const file = input?.files?.[0];
    if (input) input.value = '';
    if (file)
      run(file).catch((error: unknown) =>
        fail(t('libraryImportRefused', file.name), [{ path: '', message: String(error) }]),
      );
  };

  return (
    <section class="rl-transfer" aria-label={t('libraryTransferTab')}>
      <div class="rl-transfer-group">
        <h2>{t('libraryExportHeading')}</h2>
        <p class="rl-muted">{t('libraryExportHelp')}</p>
        <button type="button" disabled={busy} onClick={() => exportAs('json')} data-testid="export-pack">
          {t('libraryExportPack')}
        </button>
        <button type="button" disabled={busy} onClick={() => exportAs('csv')} data-testid="export-csv">
          {t('libraryExportCsv')}
        </button>
      </div>
      <div class="rl-transfer-group">
        <h2>{t('libraryImportHeading')}</h2>
        <p class="rl-muted">{t('libraryImportHelp')}</p>
        <label class="rl-button">
          {t('libraryImportChoose')}
          <input
            ref={importInput}
            type="file"
            accept=".json,.csv,application/json,text/csv"
            class="rl-visually-hidden"
            disabled={busy}
            data-testid="import-file"
            onChange={() => pick(importInput.current, importFile)}
          />
        </label>
      </div>
      <div class="rl-transfer-group">
        <h2>{t('libraryBackupHeading')}</h2>
        <p class="rl-muted">{t('libraryBackupHelp')}</p>
        <button type="button" disabled={busy} onClick={() => exportAs('backup')} data-testid="backup">
          {t('libraryBackup')}
        </button>
        <label class="rl-button">
          {t('libraryRestore')}
          <input
            ref={restoreInput}
            type="file"
            accept=".json,application/json"
            class="rl-visually-hidden"
            disabled={busy}
            data-testid="restore-file"
            onChange={() => pick(restoreInput.current, restoreFile)}
          />
        </label>
      </div>

      <SitesList />

      <div class="rl-transfer-status" aria-live="polite" data-testid="transfer-status">
        {status.state === 'busy' && (
          <p>
            {t(`libraryPhase_${status.phase}` as never, status.file)}{' '}
            <progress
              max={1}
              value={status.share}
              aria-label={t(`libraryPhase_${status.phase}` as never, status.file)}
            />
          </p>
        )}
        {status.state === 'done' && <p class="rl-ok">{status.message}</p>}
        {status.state === 'failed' && (
          <div class="rl-error" role="alert">
            <strong>{status.message}</strong>
            <p data-testid="transfer-truth">{status.truth ?? t('libraryNothingChanged')}</p>
            <ul class="rl-problems">
              {status.problems.map((p) => (
                <li key={`${p.path}|${p.message}`}>
                  {p.path && <code>{p.path}</code>} {p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
