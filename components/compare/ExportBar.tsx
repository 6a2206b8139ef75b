import { useState } from 'preact/hooks';
import { downloadText } from '../download';
import { type ComparisonTable, type TableLabels, tableToCsv, tableToMarkdown } from '@/lib/compare';
import { indicatorName, t } from '../i18n';
import { exportName } from './helpers';

function labels(): Partial<TableLabels> {
  return {
    region: t('colRegion'),
    indicator: t('colIndicator'),
    year: t('colYear'),
    target: t('cardTarget'),
    result: t('cardResult'),
    verdict: t('cmpVerdict'),
    margin: t('cmpMargin'),
    marginUnit: t('cmpMarginUnit'),
    targetChange: t('cmpDeltaTitle'),
    estimate: t('cmpEstimate'),
    disputed: t('cmpDisputed'),
    targetSource: t('cmpTargetSource'),
    resultSource: t('cmpResultSource'),
    sources: t('cmpSources'),
    pp: 'pp',
    yes: t('cmpYes'),
    verdicts: {
      met: t('verdict_met'),
      'roughly-met': t('verdict_roughly_met'),
      missed: t('verdict_missed'),
      unknown: t('verdict_unknown'),
    },
  };
}

/** Copy or download the table (every year stored, not only those shown) as CSV or Markdown, with sources. */
export function ExportBar({ table }: { table: ComparisonTable }) {
  const [status, setStatus] = useState('');
  const options = { labels: labels(), indicatorLabel: indicatorName };
  const csv = (bom: boolean) => tableToCsv(table, { ...options, bom });
  const md = () => tableToMarkdown(table, options);
  const name = exportName(table.region, table.years);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('cmpCopied'));
    } catch {
      setStatus(t('cmpCopyFailed'));
    }
  };
  return (
    <div class="rl-export" data-testid="export">
      <button type="button" onClick={() => copy(csv(false))}>
        {t('cmpCopyCsv')}
      </button>
      <button type="button" onClick={() => copy(md())}>
        {t('cmpCopyMarkdown')}
      </button>
      <button
        type="button"
        onClick={() => {
          downloadText(`${name}.csv`, csv(true), 'text/csv;charset=utf-8');
          setStatus(t('cmpDownloaded'));
        }}
      >
        {t('cmpDownloadCsv')}
      </button>
      <button
        type="button"
        onClick={() => {
          downloadText(`${name}.md`, md(), 'text/markdown;charset=utf-8');
          setStatus(t('cmpDownloaded'));
        }}
      >
        {t('cmpDownloadMarkdown')}
      </button>
      <span class="rl-status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
