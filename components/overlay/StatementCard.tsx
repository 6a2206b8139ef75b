import type { Judgement } from '@/lib/compare';
import { formatFigure } from '@/lib/compare/format';
import { officialFirst, sourceKind } from '@/lib/compare/sources';
import { isWebUrl } from '@/lib/io/web-url';
import { isConfident, type StatementComparison, type StoredMatch } from '@/lib/match';
import type { FigureRecord, Statement } from '@/lib/model';
import { signedAmount, verdictWords } from '../compare/verdicts';
import { indicatorName, regionName, t } from '../i18n';
import { Trend } from './Trend';
import { whyKeys } from './why';

export interface CardActions {
  /** Saves the statement as a record; resolves to the message shown after. */
  onSave: () => void;
  saveState: 'idle' | 'saving' | 'saved' | { error: string };
  onCompare: () => void;
  /** "This reading is wrong": hides the mark (remembered for the page). */
  onWrong?: () => void;
  /** Opens the editor on this reading. */
  onEdit?: () => void;
  /** The user corrected this reading. */
  edited?: boolean;
}

/** A source link: only http(s) URLs become links; anything else is shown as text, never as HTML. */
export function SourceLink({ record, label }: { record: FigureRecord; label?: string }) {
  const { url, title, quote } = record.source;
  const kind = sourceKind(record.source);
  // The kind of source in words (官方全文 / 新闻 / 镜像站), so a mirror is never shown without saying so.
  const named = kind ? t(KIND_LABEL[kind]) : t('cardSource');
  const text = label ? `${named} ${label}` : named;
  if (!isWebUrl(url))
    return (
      <span class="rl-source" data-source-kind={kind ?? undefined}>
        {title || text}
      </span>
    );
  return (
    <a
      class="rl-source"
      data-source-kind={kind ?? undefined}
      href={url}
      target="_blank"
      rel="noreferrer noopener"
      title={[title, quote].filter(Boolean).join(' — ')}
    >
      {text}
    </a>
  );
}

const KIND_LABEL = { official: 'sourceOfficial', news: 'sourceNews', mirror: 'sourceMirror' } as const;

/** A signed change in the UI's unit word (个百分点 / pp). */
export function marginText(j: Pick<Judgement, 'margin' | 'marginUnit'>): string {
  return j.margin === null ? '' : signedAmount(j.margin, j.marginUnit);
}

/** A verdict in words; caveated when the page's side of it is an estimate or an uncertain reading. */
function VerdictTag({ judgement, uncertain = false }: { judgement: Judgement; uncertain?: boolean }) {
  return (
    <span
      class={`rl-verdict rl-verdict-${judgement.verdict}`}
      data-verdict={judgement.verdict}
      data-direction={judgement.direction}
    >
      {verdictWords(judgement)}
      {judgement.estimate && <em class="rl-estimate"> · {t('cardEstimate')}</em>}
      {uncertain && (
        <em class="rl-estimate" data-testid="verdict-uncertain">
          {' '}
          · {t('trustVerdictUncertain')}
        </em>
      )}
    </span>
  );
}

/** Stored figures, one line per distinct figure and agreement, with every source that gives it. */
function Stored({ matches }: { matches: StoredMatch[] }) {
  if (!matches.length) return <p class="rl-muted">{t('cardNoRecord')}</p>;
  const groups = new Map<string, StoredMatch[]>();
  for (const m of matches) {
    const key = `${m.agreement}|${formatFigure(m.record)}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  for (const [key, group] of groups)
    groups.set(
      key,
      officialFirst(group, (g) => g.record.source),
    );
  return (
    <ul class="rl-stored">
      {[...groups.values()].map((group) => {
        const m = group[0];
        return (
          <li key={m.record.id} data-agreement={m.agreement}>
            <span class="rl-label">{t('cardStored')}</span> <strong>{formatFigure(m.record)}</strong>{' '}
            {m.agreement === 'agrees' && <span class="rl-ok">✓ {t('cardAgrees')}</span>}
            {m.agreement === 'conflicts' && <span class="rl-bad">≠ {t('cardConflict')}</span>}
            {m.agreement === 'differs' && (
              <span class="rl-muted" title={t('trustDiffersHint')}>
                {t('trustDiffers')}
              </span>
            )}
            {m.agreement === 'revised' && <span class="rl-muted">{t('cardRevised')}</span>}{' '}
            {group.map((g, i) => (
              <span key={g.record.id}>
                <SourceLink record={g.record} label={group.length > 1 ? `[${i + 1}]` : undefined} />{' '}
              </span>
            ))}
          </li>
        );
      })}
    </ul>
  );
}

function FigureLine({ label, record }: { label: string; record: FigureRecord | null }) {
  return (
    <div class="rl-line">
      <span class="rl-label">{label}</span>{' '}
      {record ? (
        <>
          <strong>{formatFigure(record)}</strong> <SourceLink record={record} />
        </>
      ) : (
        <span class="rl-muted">{t('cardMissing')}</span>
      )}
    </div>
  );
}

/** Says that the reading is uncertain, and why, in the user's words. Nothing for a confident statement. */
export function UncertainNote({ statement }: { statement: Statement }) {
  if (isConfident(statement)) return null;
  const reasons = whyKeys(statement.why);
  return (
    <section class="rl-uncertain" data-testid="uncertain" role="note">
      <strong>{t('trustUncertain')}</strong> <span class="rl-muted">{t('trustUncertainHint')}</span>
      <ul>
        {(reasons.length ? reasons : (['trustWhyOther'] as const)).map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </section>
  );
}

/** The comparison card of one statement on the page. */
export function StatementCard({ comparison, actions }: { comparison: StatementComparison; actions: CardActions }) {
  const s = comparison.statement;
  const kindLabel = s.kind === 'target' ? t('cardTarget') : t('cardResult');
  return (
    <div
      class="rl-card-body"
      data-state={comparison.state}
      data-kind={s.kind}
      data-confidence={isConfident(s) ? 'high' : 'low'}
    >
      <header class="rl-card-head">
        <span class={`rl-kind rl-kind-${s.kind}`}>{kindLabel}</span>
        <span class="rl-card-title" tabIndex={-1}>
          {indicatorName(s.indicator, s.region)} · {regionName(s.region)} · {s.year}
        </span>
      </header>
      <div class="rl-line">
        <span class="rl-label">{t('cardThisPage')}</span> <strong class="rl-big">{formatFigure(s)}</strong>
        {s.estimate && <em class="rl-estimate"> · {t('cardEstimate')}</em>}
      </div>
      {actions.edited ? (
        <p class="rl-edited" data-testid="edited">
          ✎ {t('trustEdited')}
        </p>
      ) : (
        <UncertainNote statement={s} />
      )}
      {(actions.onEdit || actions.onWrong) && (
        <div class="rl-card-fix">
          {actions.onEdit && (
            <button type="button" data-action="edit-reading" onClick={actions.onEdit}>
              ✎ {t('trustEdit')}
            </button>
          )}
          {actions.onWrong && (
            <button type="button" data-action="wrong-reading" onClick={actions.onWrong}>
              {t('trustWrong')}
            </button>
          )}
        </div>
      )}
      <Stored matches={comparison.stored} />
      {comparison.kind === 'target' ? (
        <>
          <section class="rl-section" data-section="last-year">
            <h3>{t('cardLastYear', s.year - 1)}</h3>
            <FigureLine label={t('cardYearTarget', s.year - 1)} record={comparison.lastYear.target} />
            <FigureLine label={t('cardYearResult', s.year - 1)} record={comparison.lastYear.result} />
            {comparison.lastYear.judgements[0] && <VerdictTag judgement={comparison.lastYear.judgements[0]} />}
            {comparison.change && comparison.change.change !== 'not-comparable' && (
              <p class="rl-change" data-change={comparison.change.change}>
                {comparison.change.change === 'raised'
                  ? `↑ ${t('cardRaised')}`
                  : comparison.change.change === 'lowered'
                    ? `↓ ${t('cardLowered')}`
                    : `= ${t('cardUnchanged')}`}
                {comparison.change.delta !== null &&
                  comparison.change.delta !== 0 &&
                  ` (${marginText({ margin: comparison.change.delta, marginUnit: comparison.change.unit })})`}
              </p>
            )}
          </section>
          <Trend
            years={comparison.trend}
            current={s.value !== undefined ? { year: s.year, value: s.value, valueMax: s.valueMax } : undefined}
            unit={s.unit}
          />
        </>
      ) : (
        <section class="rl-section" data-section="that-year">
          <FigureLine label={t('cardYearTarget', s.year)} record={comparison.targets[0] ?? null} />
          {comparison.verdicts[0] && <VerdictTag judgement={comparison.verdicts[0]} uncertain={!isConfident(s)} />}
          <FigureLine label={t('cardNextTarget')} record={comparison.nextTargets[0] ?? null} />
        </section>
      )}
      <footer class="rl-card-actions">
        {!comparison.stored.some((m) => m.agreement === 'agrees') && (
          <button
            type="button"
            class="rl-primary"
            data-action="save-statement"
            disabled={actions.saveState === 'saving' || actions.saveState === 'saved'}
            onClick={actions.onSave}
          >
            {actions.saveState === 'saved' ? `✓ ${t('cardSaved')}` : t('cardSave')}
          </button>
        )}
        <button type="button" class="rl-button" onClick={actions.onCompare} data-action="compare-years">
          {t('cardCompareYears')}
        </button>
        {typeof actions.saveState === 'object' && <span class="rl-bad">{actions.saveState.error}</span>}
      </footer>
    </div>
  );
}
