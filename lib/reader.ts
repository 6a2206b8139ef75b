// lib/reader — the whole reading pipeline for one page: gate → detect → extract. Shared by the content script and
// the CLI so both read pages the same way. The gate (lib/detect/gate.ts) stays importable on its own; this
// module pulls in the t2s table and the extractor, so the content script imports it lazily after the gate passes.
import { detectReport } from './detect/index.ts';
import { gateReport, GATE_HEAD_CHARS } from './detect/gate.ts';
import { extractFromClean } from './extract/index.ts';
import type { Detection, Statement } from './model.ts';
import { cleanText } from './text/clean.ts';

export interface ReadInput {
  title?: string;
  url?: string;
  text: string;
  publishedAt?: string | null;
  /**
   * Set when the caller already knows whose report this is and for which year (the pack builder reading official
   * texts filed by region and year): used as the detection instead of guessing, and the gate is skipped.
   */
  known?: { region: string; year: number };
  /** The page's region and report year as the user set them (lib/corrections): they replace what detection found. */
  override?: { region?: string; year?: number };
}

export interface ReadResult {
  detection: Detection;
  /** Empty unless detection.isReport. Offsets index `input.text`. */
  statements: Statement[];
}

const NOT_A_REPORT: Detection = { isReport: false, regions: [], year: null, confidence: 0 };

/** Reads a page: gate, detection, and (for report pages) every statement with exact spans into `input.text`. */
export function readReport(input: ReadInput): ReadResult {
  const text = input.text ?? '';
  if (input.known) {
    const detection: Detection = {
      isReport: true,
      regions: [input.known.region],
      year: input.known.year,
      confidence: 1,
    };
    return { detection, statements: extractFromClean(text, cleanText(text), detection) };
  }
  if (!gateReport({ title: input.title, url: input.url, head: text.slice(0, GATE_HEAD_CHARS) })) {
    return { detection: { ...NOT_A_REPORT }, statements: [] };
  }
  const clean = cleanText(text);
  // A first look gives the year and main region the extractor needs; the count of figures it finds is itself
  // evidence for the final decision.
  const first = withOverride(detectReport(input, clean), input.override);
  const statements = extractFromClean(text, clean, first);
  const standard = statements.filter((s) => !s.indicator.startsWith('other:'));
  const counts = { all: standard.length, targets: standard.filter((s) => s.kind === 'target').length };
  const d = withOverride(detectReport(input, clean, counts), input.override);
  const detection: Detection = { isReport: d.isReport, regions: d.regions, year: d.year, confidence: d.confidence };
  return { detection, statements: d.isReport ? statements : [] };
}

/** Detection with the user's region (first, the others kept after it) and year in place of what was found. */
function withOverride<D extends Pick<Detection, 'regions' | 'year'>>(d: D, override: ReadInput['override']): D {
  if (!override) return d;
  const regions = override.region ? [override.region, ...d.regions.filter((r) => r !== override.region)] : d.regions;
  return { ...d, regions, year: override.year ?? d.year };
}
