// The comparison views' styles, as a string rendered in a <style> element by ComparisonView: the views work the same
// in the popup and in the library page, and would inside a shadow root. Colours are page.css's variables (light and
// dark follow the system); sizes are px (rem follows a page's root size).
export const COMPARE_STYLES = `
.rl-compare { display: flex; flex-direction: column; gap: 14px; font-size: 13px; }
.rl-compare h2 { font-size: 14px; margin: 0 0 6px; }
.rl-compare h3 { font-size: 13px; margin: 0 0 4px; }
.rl-compare section { border-top: 1px solid var(--rl-line); padding-top: 10px; }
.rl-compare .rl-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.rl-compare select, .rl-compare input { font: inherit; color: var(--rl-fg); background: var(--rl-bg); border: 1px solid var(--rl-line); border-radius: 6px; padding: 3px 6px; }
.rl-compare .rl-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

.rl-picker { position: relative; }
.rl-picker input { width: 220px; }
.rl-picker [role="listbox"] { position: absolute; z-index: 5; top: 100%; left: 0; margin: 2px 0 0; padding: 2px; background: var(--rl-bg); border: 1px solid var(--rl-line); border-radius: 6px; max-height: 240px; overflow: auto; min-width: 220px; box-shadow: 0 4px 12px rgba(0,0,0,.15); }
.rl-picker [role="option"] { padding: 3px 8px; border-radius: 4px; cursor: pointer; display: flex; justify-content: space-between; gap: 12px; }
.rl-picker [role="option"][aria-selected="true"] { background: var(--rl-row); outline: 1px solid var(--rl-target); }
.rl-picker .rl-count { color: var(--rl-muted); font-size: 12px; }

.rl-cmp-scroll { overflow-x: auto; max-width: 100%; }
.rl-cmp-table { border-collapse: collapse; font-size: 12px; }
.rl-cmp-table th, .rl-cmp-table td { border-bottom: 1px solid var(--rl-line); padding: 4px 6px; vertical-align: top; text-align: left; }
.rl-cmp-table thead th { color: var(--rl-muted); font-weight: 600; white-space: nowrap; }
.rl-cmp-table th[scope="row"] { position: sticky; left: 0; background: var(--rl-bg); font-weight: 600; min-width: 84px; max-width: 120px; }
.rl-cmp-table th.rl-focus, .rl-cmp-table td.rl-focus { background: var(--rl-row); }
.rl-cell { display: flex; flex-direction: column; gap: 1px; min-width: 78px; max-width: 150px; }
.rl-compare-wide .rl-cell { max-width: 200px; }
.rl-qchg { text-decoration: none; cursor: help; }
.rl-cell a { color: inherit; text-decoration: underline dotted; text-underline-offset: 2px; }
.rl-cell .rl-t { color: var(--rl-target); }
.rl-cell .rl-r { color: var(--rl-result); }
.rl-missing { color: var(--rl-muted); }
.rl-vd { font-size: 11px; border-radius: 4px; padding: 0 4px; width: fit-content; white-space: nowrap; }
.rl-vd-met { background: color-mix(in srgb, var(--rl-result) 18%, transparent); }
.rl-vd-roughly-met { background: color-mix(in srgb, var(--rl-target) 15%, transparent); }
.rl-vd-missed { background: color-mix(in srgb, var(--rl-conflict) 20%, transparent); }
.rl-vd-unknown { color: var(--rl-muted); }
.rl-delta { font-size: 11px; color: var(--rl-muted); }
.rl-legend { font-size: 11px; color: var(--rl-muted); margin: 6px 0 0; max-width: 70ch; }
.rl-disputed { color: var(--rl-conflict); font-size: 11px; }
.rl-est { font-size: 11px; color: var(--rl-muted); font-style: italic; }
.rl-this-page { font-size: 11px; border: 1px dashed var(--rl-muted); border-radius: 3px; padding: 0 3px; color: var(--rl-muted); white-space: nowrap; }

.rl-trends { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 10px; }
.rl-trend-chart { margin: 0; }
.rl-trend-chart figcaption { font-size: 12px; font-weight: 600; }
.rl-trend-chart svg { display: block; overflow: visible; }
.rl-trend-chart .rl-axis { font-size: 9px; fill: var(--rl-muted); }
.rl-hot { cursor: default; }
.rl-hot:focus-visible { outline: 2px solid var(--rl-target); outline-offset: -2px; }
.rl-trend-chart .rl-grid { stroke: var(--rl-line); }
.rl-trend-chart .rl-tline { stroke: var(--rl-target); stroke-dasharray: 3 2; fill: none; }
.rl-trend-chart .rl-rline { stroke: var(--rl-result); fill: none; stroke-width: 1.5; }
.rl-trend-chart .rl-tdot { fill: var(--rl-bg); stroke: var(--rl-target); stroke-width: 1.5; }
.rl-trend-chart .rl-trange { stroke: var(--rl-target); stroke-width: 3; opacity: .45; }
.rl-trend-chart .rl-rdot { fill: var(--rl-result); }
.rl-trend-chart .rl-rdot.rl-est-dot { fill: var(--rl-bg); stroke: var(--rl-result); stroke-dasharray: 2 1; }
.rl-trend-chart .rl-nline { stroke: var(--rl-muted); stroke-dasharray: 1 3; stroke-width: 1.5; fill: none; }
.rl-key-t { color: var(--rl-target); } .rl-key-r { color: var(--rl-result); } .rl-key-n { color: var(--rl-muted); }

.rl-changes { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 8px; }
.rl-changes ul { margin: 0; padding-left: 16px; }
.rl-changes h3 { color: var(--rl-muted); }

.rl-textdiff { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.rl-compare .rl-textdiff > .rl-side { border: 1px solid var(--rl-line); border-radius: 6px; padding: 6px 8px; max-height: 320px; overflow: auto; white-space: pre-wrap; line-height: 1.6; font-size: 12px; }
.rl-textdiff del { background: color-mix(in srgb, var(--rl-conflict) 22%, transparent); text-decoration: line-through; }
.rl-textdiff ins { background: color-mix(in srgb, var(--rl-result) 25%, transparent); text-decoration: none; }
.rl-textdiff .rl-fold { color: var(--rl-muted); font-size: 11px; padding: 0 4px; margin: 0 2px; }

.rl-peers svg { display: block; overflow: visible; }
.rl-peers .rl-pdot { fill: var(--rl-muted); opacity: .7; }
.rl-peers .rl-pdot.rl-own { fill: var(--rl-accent); opacity: 1; }
.rl-peers .rl-nat { stroke: var(--rl-target); stroke-width: 2; }
.rl-peers .rl-median { stroke: var(--rl-fg); stroke-dasharray: 2 2; }
.rl-peers .rl-axis { font-size: 9px; fill: var(--rl-muted); }
.rl-peers dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; }
.rl-peers dt { color: var(--rl-muted); }
.rl-peers dd { margin: 0; }
.rl-peers ol { margin: 4px 0; padding-left: 22px; columns: 2; font-size: 12px; }
.rl-peers li.rl-own { font-weight: 700; }

.rl-export { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.rl-status { color: var(--rl-muted); font-size: 12px; }
`;
