// The one rule every CSV writer follows against formula injection (OWASP): a cell that starts with = + - @, a tab
// or a carriage return is written with a leading apostrophe, so a spreadsheet shows it as text instead of running
// it (`-2+3+cmd|' /C calc'!A0`, `-0+HYPERLINK(…)`). The one exception is a cell that is exactly a number, with at
// most a percent sign after it (-0.3, -12, -0.1%): a spreadsheet reads it as that number and nothing else.
// Importers take the apostrophe off again.

/** A cell a spreadsheet could run as a formula. */
export const FORMULA_CELL = /^(?!-?\d+(?:\.\d+)?%?$)[=+\-@\t\r]/;

/** The cell as written to a CSV file. */
export function guardCell(text: string): string {
  return FORMULA_CELL.test(text) ? `'${text}` : text;
}

/** The cell as read back from a file we wrote. */
export function unguardCell(text: string): string {
  return text.startsWith("'") && FORMULA_CELL.test(text.slice(1)) ? text.slice(1) : text;
}
