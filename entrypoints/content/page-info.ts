// What the popup asks the page (`rl:page-info`): is it a report page, of which region and year, and its figures.
import type { PageFigure } from '@/components/compare/pageFigures';
import type { Detection } from '@/lib/model';

export interface PageInfo {
  detection: Detection | null;
  statements: number;
  /** The page's confident readings (as corrected by the user), for the popup's comparison "from this page". */
  figures?: PageFigure[];
}

export const NOT_A_REPORT: PageInfo = { detection: null, statements: 0 };

let lastInfo: PageInfo = NOT_A_REPORT;

/** The overlay's latest answer (the lens hands this to the first stage, which answers the popup). */
export const currentPageInfo = (): PageInfo => lastInfo;

export function setPageInfo(info: PageInfo): void {
  lastInfo = info;
}
