// The year comparison's views, shared by the popup and the library page:
//   <ComparisonView region="北京" />        in the popup (≤ 800 px: four years at a time)
//   <ComparisonView region="北京" wide />   full size in the library page (every year)
// They fetch through lib/messages (regionComparison, peerTargets, regionsWithRecords, listReports, getReports).
export { ComparisonTable, FigureLink } from './ComparisonTable';
export { ComparisonView, type ComparisonViewProps } from './ComparisonView';
export { ExportBar } from './ExportBar';
export * from './helpers';
export { PeersView } from './PeersView';
export { RegionPicker } from './RegionPicker';
export { COMPARE_STYLES } from './styles';
export { TextDiffView } from './TextDiffView';
export { TrendChart, TrendCharts } from './TrendChart';
export { WhatChanged } from './WhatChanged';
