export interface YearValue {
  year: number;
  /** The year's values in words ("2024: target 5, result 5.2"): the tip shown and the focus target's name. */
  label: string;
}

/** The year under the mouse or focus, and its setter: the chart's own `useState`, called before any early return. */
export type ActiveYear = [number | null, (update: (current: number | null) => number | null) => void];

/**
 * Makes a small chart's years readable one by one: a transparent column per year that shows the year's values on
 * hover and on keyboard focus (Tab moves year to year). Returns the SVG columns and the tip, which the chart places
 * under its SVG (as HTML, so a long tip is never clipped by the chart's width).
 */
export function yearHotspots(
  points: readonly YearValue[],
  x: (year: number) => number,
  box: { top: number; height: number; width: number },
  [active, set]: ActiveYear,
) {
  const setActive = (v: number | null | ((a: number | null) => number | null)) =>
    set(typeof v === 'function' ? v : () => v);
  // Each column reaches halfway to its neighbours, so the whole width answers to the mouse.
  const xs = points.map((p) => x(p.year));
  const columns = points.map((p, i) => {
    const left = i === 0 ? Math.max(0, xs[i] - 12) : (xs[i - 1] + xs[i]) / 2;
    const right = i === points.length - 1 ? Math.min(box.width, xs[i] + 12) : (xs[i] + xs[i + 1]) / 2;
    return (
      // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a chart's data point, focusable so the keyboard can read each year's values
      <rect
        key={`h${p.year}`}
        class={`rl-hot${active === p.year ? ' rl-hot-on' : ''}`}
        data-year={p.year}
        x={left}
        y={box.top}
        width={Math.max(1, right - left)}
        height={box.height}
        tabindex={0}
        role="img"
        aria-label={p.label}
        fill="transparent"
        onMouseEnter={() => setActive(p.year)}
        onMouseLeave={() => setActive((a) => (a === p.year ? null : a))}
        onFocus={() => setActive(p.year)}
        onBlur={() => setActive((a) => (a === p.year ? null : a))}
      >
        <title>{p.label}</title>
      </rect>
    );
  });
  const shown = points.find((p) => p.year === active);
  const tip = (
    <div class="rl-year-tip" data-testid="year-tip" aria-hidden="true" style={{ minHeight: '1.3em', fontSize: '11px' }}>
      {shown?.label ?? ''}
    </div>
  );
  const cursor = shown ? (
    <line
      class="rl-hot-line"
      x1={x(shown.year)}
      x2={x(shown.year)}
      y1={box.top}
      y2={box.top + box.height}
      stroke="currentColor"
      opacity={0.35}
    />
  ) : null;
  return { columns, tip, cursor, active };
}
