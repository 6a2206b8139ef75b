import type { FigureRecord, Statement } from '@/lib/model';

type Figure = Pick<FigureRecord, 'value' | 'valueMax' | 'unit' | 'qualifier' | 'text'> | Statement;

const number = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000));

/** "5%左右", "4.5–5%", "1200万人以上"; a qualitative target shows its words. */
export function formatFigure(figure: Figure): string {
  if (figure.value === undefined || Number.isNaN(figure.value)) return ('text' in figure && figure.text) || '—';
  const value =
    figure.valueMax !== undefined && figure.valueMax !== figure.value
      ? `${number(figure.value)}–${number(figure.valueMax)}`
      : number(figure.value);
  return `${value}${figure.unit}${figure.qualifier ?? ''}`;
}
