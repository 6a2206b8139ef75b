// Time and kind markers in matching text: which year a figure is for, and whether it is a target or a result.
//
// Why relative words are resolved against the report year (not the publish date): "去年" in a 2024 report is
// 2023 even when a mirror republishes it in 2025. Why 比上年 / 上年同期 are not markers: they name the base of a
// comparison ("比上年增长5%"), not the year of the figure.

export type MarkerType = 'year' | 'horizon' | 'period' | 'estimate' | 'target' | 'result';

export interface Marker {
  type: MarkerType;
  /** For 'year' and 'horizon': absolute year, or an offset from the report year when `relative`. */
  year?: number;
  relative?: boolean;
  /** A target word that also names programmes or efforts in a review (计划, 争取, 拟): never overrides a past year. */
  weak?: boolean;
  start: number;
  end: number;
}

// 'period' opens a review of several years (过去五年, 十四五时期): its figures are sums and averages over the span, not
// one year's, until a year word closes it. "2025全市…": a year glued to 全/我/本 is a year word without 年.
const MARKER_RE =
  /((?:19|20)\d\d)(?:年|(?=全[国省市区]|我[国省市区]|本[省市区]))|今年|明年|去年|上一年|上年|过去一年|过去的一年|过去1年|一年来|过去五年|过去的五年|五年来|五年间|这五年|近五年|五年里|这是[^。,;:]{1,24}的五年|十[二三四五]五["”]?(?:时期|期间|以来)|预计|预期|目标|力争|争取|计划|拟|主要任务|工作回顾|回顾|新成就|成就|报告(?:并|还|同时)?提出/g;

/** Scans markers left to right; linear (one global pass, fixed-length look-around). */
export function scanMarkers(t: string): Marker[] {
  const out: Marker[] = [];
  MARKER_RE.lastIndex = 0;
  for (let m = MARKER_RE.exec(t); m; m = MARKER_RE.exec(t)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = t.slice(Math.max(0, start - 2), start);
    const after = t.slice(end, end + 3);
    if (m[1]) {
      const year = Number(m[1]);
      // Dates (2024年1月22日), bases (比2020年), spans (2021年以来), and years glued to other digits are not markers.
      if (/^\d{1,2}月/.test(after) || /^(?:以来|来|前|起|底|末)/.test(after)) continue;
      // "经济总量为2020年的4.7倍": the base of a multiple.
      if (/^的?[\d.]+倍/.test(t.slice(end, end + 8))) continue;
      if (/[比较从自]$/.test(before) || (/于$/.test(before) && !/[关对至由在]于$/.test(before)) || /\d$/.test(before))
        continue;
      // "“十四五”时期和2025年工作回顾": a heading over both; the period's and the year's paragraphs open their own.
      if (/[和及与]$/.test(before) && /十[二三四五]五|五年/.test(t.slice(Math.max(0, start - 16), start))) continue;
      // "从2020年的…增长到2025年的4.93万亿元": the end of a span (values.ts), not a plan horizon.
      if (
        /(?:提高|增长|增加|提升|上升|扩大|跃升|下降|降低|减少|缩小|升|降|增)[到至]$/.test(
          t.slice(Math.max(0, start - 3), start),
        ) &&
        /^(?:的|底|末)/.test(after)
      )
        continue;
      const horizon = /[到至]$/.test(before);
      out.push({ type: horizon ? 'horizon' : 'year', year, start, end });
      continue;
    }
    const w = m[0];
    // "今年1月3日国务院正式批复": a date of this year in a review, not the scope of what follows.
    if (/^(?:今年|去年|明年)$/.test(w) && /^\d{1,2}月/.test(t.slice(end, end + 3))) continue;
    if (/五年|十[二三四五]五/.test(w)) {
      // "2025年和“十四五”时期工作回顾": a heading over both; the year's paragraphs and the period's open their own.
      if (!/年[和及与、]["“]?$/.test(t.slice(Math.max(0, start - 3), start))) out.push({ type: 'period', start, end });
    } else if (w === '今年') out.push({ type: 'year', year: 0, relative: true, start, end });
    else if (w === '明年') out.push({ type: 'year', year: 1, relative: true, start, end });
    else if (w === '去年' || w.startsWith('过去') || w === '上一年' || w === '上年' || w === '一年来') {
      if (
        (w === '上年' || w === '上一年') &&
        (/[比较与同于]$/.test(before) || after.startsWith('同期') || after.startsWith('同口径'))
      )
        continue;
      // "与去年相同", "和去年持平": a comparison with last year, not a statement about it.
      if (/[与和同比较跟]$/.test(before) && /^(?:相同|持平|一样|同期|相比|相当|一致)/.test(after)) continue;
      // "高于去年0.3个百分点", "不低于去年实际完成数", "比去年增长2%": last year as the base of a comparison.
      if (/(?:[高低快慢好多少大小]于|[比较])$/.test(before) && !/^的/.test(after)) continue;
      out.push({ type: 'year', year: -1, relative: true, start, end });
    } else if (w === '预计') out.push({ type: 'estimate', start, end });
    else if (w === '工作回顾' || w === '回顾' || w.endsWith('成就')) out.push({ type: 'result', start, end });
    else if (w === '拟' && !/^(?:按|安排|发行|新增)/.test(after)) continue;
    // 稳预期, 超预期, 好于预期 are moods, not targets; 目标任务(基本)完成 reports a result.
    else if (w === '预期' && /[稳超于合及场会理]$/.test(before)) continue;
    else if (w === '目标' && after.startsWith('任务') && !/主要$/.test(before)) continue;
    else out.push({ type: 'target', weak: w === '计划' || w === '争取' || w === '拟', start, end });
  }
  return out;
}
