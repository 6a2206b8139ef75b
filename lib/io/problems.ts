// One shape for "what is wrong with this file", shared by pack, CSV and backup imports, so the library page lists
// them the same way. `path` says where (a pack path such as `records[12].value`, or `row 14, value` for CSV).
export interface ImportProblem {
  path: string;
  message: string;
}

export const MAX_LISTED_PROBLEMS = 10;

/** Keeps the first problems and says how many more there were (a broken file often breaks on every row). */
export function firstProblems(all: ImportProblem[], max = MAX_LISTED_PROBLEMS): ImportProblem[] {
  if (all.length <= max) return all;
  return [...all.slice(0, max), { path: '', message: `… and ${all.length - max} more problems.` }];
}
