/**
 * Writing one CSV cell safely. Text that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return gets a leading apostrophe, so Excel and Sheets show it
 * as text instead of running it as a formula (CSV injection); numbers are
 * written as numbers and never touched.
 *
 * @example
 * csvCell('=HYPERLINK("http://x")'); // `"'=HYPERLINK(""http://x"")"`
 * csvCell(-12.5); // '-12.5'
 * unguardCell("'=1+1"); // '=1+1'
 */
// Apostrophes already in front of a formula character are guarded too, so reading back stays exact.
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r\t;']/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Undo {@link csvCell}'s guard when reading a table back. */
export function unguardCell(text: string): string {
  return text[0] === "'" && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
