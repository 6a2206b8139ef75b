// What the popup asks the page (the `pageInfo` tab message, PageInfo in lib/api/page.ts): is it a report page, of
// which region and year, and its figures. The overlay keeps it here; the first stage answers with it.
import { NOT_A_REPORT_PAGE, type PageInfo } from '@/lib/api/page';

let lastInfo: PageInfo = NOT_A_REPORT_PAGE;

/** The overlay's latest answer (the lens hands this to the first stage, which answers the popup). */
export const currentPageInfo = (): PageInfo => lastInfo;

export function setPageInfo(info: PageInfo): void {
  lastInfo = info;
}
