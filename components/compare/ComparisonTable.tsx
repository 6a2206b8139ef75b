import { type ComparisonCell, type ComparisonTable as Table, formatFigure } from '@/lib/compare';
import type { FigureRecord } from '@/lib/model';
import { indicatorName, type MessageKey, t } from '../i18n';
import { safeUrl } from './helpers';
import { isFromThisPage } from './pageFigures';
import { signedAmount, verdictWords } from './verdicts';

/** A figure that links to its source when the source has an http(s) address; plain text otherwise. */
export function FigureLink({ record, class: cls }: { record: FigureRecord; class?: string }) {
  if (isFromThisPage(record)) {
    // Read from the open page, not stored: labelled as its own source, never a link away from the page it is on.
    return (
      <span class={`${cls ?? ''} rl-from-page`.trim()} data-source="this-page" title={record.source.quote}>
        {formatFigure(record)} <span class="rl-this-page">{t('cmpFromThisPage')}</span>
      </span>
    );
  }
  const text = formatFigure(record);
  const url = safeUrl(record.source.url);
  const title = [record.source.title, record.source.quote].filter(Boolean).join(' — ');
  if (!url)
    return (
      <span class={cls} title={title || undefined}>
        {text}
      </span>
    );
  return (
    <a class={cls} href={url} target="_blank" rel="noreferrer noopener" title={title || undefined}>
      {text}
    </a>
  );
}

function Cell({ cell }: { cell: ComparisonCell }) {
  if (!cell.target && !cell.result) {
    return (
      <span class="rl-missing" title={t('cmpMissing')}>
        —<span class="rl-sr">{t('cmpMissing')}</span>
      </span>
    );
  }
  const change = cell.targetChange;
  return (
    <div class="rl-cell" data-year={cell.year}>
      <span>
        <abbr title={t('cardTarget')} class="rl-t">
          {t('cmpTargetShort')}
        </abbr>{' '}
        {cell.target ? (
          <FigureLink record={cell.target} class="rl-t" />
        ) : (
          <span class="rl-missing">{t('cmpMissing')}</span>
        )}
      </span>
      <span>
        <abbr title={t('cardResult')} class="rl-r">
          {t('cmpResultShort')}
        </abbr>{' '}
        {cell.result ? (
          <FigureLink record={cell.result} class="rl-r" />
        ) : (
          <span class="rl-missing">{t('cmpMissing')}</span>
        )}
        {cell.estimate && <span class="rl-est"> {t('cmpEstimate')}</span>}
      </span>
      {cell.verdict && (
        <span class={`rl-vd rl-vd-${cell.verdict}`} data-verdict={cell.verdict}>
          {cell.judgements[0]
            ? verdictWords(cell.judgements[0])
            : t(`verdict_${cell.verdict.replace('-', '_')}` as MessageKey)}
        </span>
      )}
      {change && change.delta !== null && (
        <span class="rl-delta" title={t('cmpDeltaTitle')}>
          {change.delta === 0
            ? t('cardUnchanged')
            : t('verdictChangeFromLastYear', signedAmount(change.delta, change.unit))}
          {change.qualifierChanged && <span class="rl-qchg"> · {t('cmpQualifierChanged')}</span>}
        </span>
      )}
      {cell.disputed && <span class="rl-disputed">≠ {t('cmpDisputed')}</span>}
    </div>
  );
}

/** Indicators × years: target, result, verdict in words, the target's change from last year; every figure links to its source. */
export function ComparisonTable({ table, focusYear }: { table: Table; focusYear: number | null }) {
  if (table.rows.length === 0) return <p class="rl-muted">{t('cmpNoFigures')}</p>;
  return (
    <div class="rl-cmp-scroll">
      <table class="rl-cmp-table" data-testid="comparison-table">
        <caption class="rl-sr">{t('cmpTableCaption', table.region)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colIndicator')}</th>
            {table.years.map((y) => (
              <th key={y} scope="col" class={y === focusYear ? 'rl-focus' : undefined} data-year={y}>
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.indicator} data-indicator={row.indicator}>
              <th scope="row">{indicatorName(row.indicator, table.region)}</th>
              {row.cells.map((cell) => (
                <td key={cell.year} class={cell.year === focusYear ? 'rl-focus' : undefined}>
                  <Cell cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <VerdictLegend />
    </div>
  );
}

/** What the table's abbreviations and verdicts mean, said once under it (no symbol goes unexplained). */
export function VerdictLegend() {
  const short = t('cmpTargetShort') !== t('cardTarget');
  return (
    <p class="rl-legend" data-testid="verdict-legend">
      {short && `${t('cmpTargetShort')} = ${t('cardTarget')}, ${t('cmpResultShort')} = ${t('cardResult')}. `}
      {t('verdictLegend')}
    </p>
  );
}
