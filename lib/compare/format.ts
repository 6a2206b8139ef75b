// How a figure reads on screen and in exports: one spelling shared by the cards, the popup and the CSV/Markdown.

import type { Figure } from './judge';

/** "5%左右", "4.5–5%", "1200万人以上", "不低于28万人"; a qualitative figure shows its words. */
export function formatFigure(figure: Figure): string {
  if (figure.value === undefined) return figure.text ?? '';
  const value =
    figure.valueMax !== undefined && figure.valueMax !== figure.value
      ? `${figure.value}–${figure.valueMax}`
      : String(figure.value);
  // 不低于 reads before the number; 左右 / 以上 / 以内 / 上下 after it.
  if (figure.qualifier === '不低于') return `${figure.qualifier}${value}${figure.unit}`;
  return `${value}${figure.unit}${figure.qualifier ?? ''}`;
}
