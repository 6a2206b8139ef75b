// Adapter for ../shared/data/indicator-facts.json: the non-GDP main targets and results (CPI, unemployment, jobs,
// income, fiscal revenue, trade, grain, energy/carbon intensity, deficit ratio …), national 2017–2026 and
// provinces 2024–2026. The fact-list shape is read by ./facts.ts; this file only names it.

import type { FigureRecord } from '../../model';
import type { AdapterContext, AdapterResult } from './common';
import { adaptFactList } from './facts';

export function adaptIndicatorFacts(data: unknown, ctx: AdapterContext): AdapterResult<FigureRecord> {
  return adaptFactList(data, 'indicator-facts.json', ctx);
}
