// Verdicts in words, the same in the on-page card and in the popup/library table (docs/verdicts.md): by the
// indicator's meaning ("within the ceiling" for CPI, not "met +2.8 pp"), with one unit word (个百分点 in Chinese,
// pp in English) and no bare symbols.
import type { Judgement } from '@/lib/compare';
import { type MessageKey, t } from '../i18n';

/** The unit of a margin or a change: percentage points in the UI's word, else the figure's unit. */
export function unitWord(unit: string | null): string {
  return unit === 'pp' ? t('unitPercentagePoints') : (unit ?? '');
}

/** An amount without sign, rounded to two decimals, with its unit word: `0.2个百分点`, `0.2 pp`, `56万人`. */
export function amountText(n: number, unit: string | null): string {
  return `${Math.abs(Math.round(n * 100) / 100)}${unitWord(unit)}`;
}

/** `+0.5个百分点`, `−0.3 pp`, `±0`: a change (of a target from one year to the next), signed. */
export function signedAmount(n: number, unit: string | null): string {
  const r = Math.round(n * 100) / 100;
  return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${amountText(r, unit)}`;
}

/** The verdict's short label: met / within the ceiling / roughly met / missed / above the ceiling / no verdict. */
export function verdictLabel(j: Pick<Judgement, 'verdict' | 'direction'>): string {
  const ceiling = j.direction === 'ceiling';
  const key: Record<Judgement['verdict'], MessageKey> = {
    met: ceiling ? 'verdictWithinCeiling' : 'verdict_met',
    'roughly-met': ceiling ? 'verdictRoughlyWithinCeiling' : 'verdict_roughly_met',
    missed: ceiling ? 'verdictAboveCeiling' : 'verdict_missed',
    unknown: 'verdict_unknown',
  };
  return t(key[j.verdict]);
}

/**
 * The verdict with its margin in words: "met, 0.2 pp above the target", "within the ceiling, 2.8 pp below it",
 * "roughly met: 0.2 pp short, within the 0.3 pp that 左右 allows", "within the target range".
 */
export function verdictWords(j: Judgement): string {
  const label = verdictLabel(j);
  if (j.verdict === 'unknown' || j.margin === null) return label;
  const amount = amountText(j.margin, j.marginUnit);
  const ceiling = j.direction === 'ceiling';
  if (j.inBand) return `${label}${t('verdictSep')}${t('verdictInRange')}`;
  if (j.verdict === 'met') {
    if (Math.abs(j.margin) < 1e-9) return `${label}${t('verdictSep')}${t('verdictExactly')}`;
    return `${label}${t('verdictSep')}${t(ceiling ? 'verdictBelowCeilingBy' : 'verdictAboveTargetBy', amount)}`;
  }
  if (j.verdict === 'roughly-met') {
    return `${label}${t('verdictSep')}${t(ceiling ? 'verdictOverBy' : 'verdictShortBy', amount)}${t('verdictTolerance', amountText(j.tolerance, j.marginUnit))}`;
  }
  return ceiling ? t('verdictAboveCeilingBy', amount) : `${label}${t('verdictSep')}${t('verdictShortBy', amount)}`;
}
