// Adapter for ../shared/data/provincial-report-facts.json: figures read from the 31 provincial 2026 report texts
// (2026 targets, 2025 results), one official source each. Same fact-list shape as indicator-facts.json; the
// difference that matters is handled in ./facts.ts: where `url` is null the quote's text lives in the repository
// file named by `via`, and that file becomes the source (type `official_via_repo`).

import type { FigureRecord } from '../../model';
import type { AdapterContext, AdapterResult } from './common';
import { adaptFactList } from './facts';

export function adaptProvincialReportFacts(data: unknown, ctx: AdapterContext): AdapterResult<FigureRecord> {
  return adaptFactList(data, 'provincial-report-facts.json', ctx);
}
