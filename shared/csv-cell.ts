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
  // One pass instead of regular expressions: a segments table writes a million cells.
  const n = value.length;
  if (n === 0) return value;
  let i = 0;
  while (i < n && value.charCodeAt(i) === APOSTROPHE) i++;
  const text = i < n && isFormulaStart(value.charCodeAt(i)) ? `'${value}` : value;
  let quote = isTrimmed(text.charCodeAt(0)) || isTrimmed(text.charCodeAt(text.length - 1));
  let quotes = false;
  for (let j = 0; j < text.length && !quotes; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) quote = quotes = true;
    else if (c === 44 || c === 10 || c === 13 || c === 9 || c === 59 || c === APOSTROPHE) quote = true;
  }
  if (!quote) return text;
  return `"${quotes ? text.replaceAll('"', '""') : text}"`;
}

const APOSTROPHE = 39;
const QUOTE = 34;

/** `=`, `+`, `-`, `@`, tab, CR: what FORMULA_START looks for after any apostrophes. */
const isFormulaStart = (c: number): boolean => c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;

/** What String.prototype.trim would remove at an end of the text. */
const isTrimmed = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Undo {@link csvCell}'s guard when reading a table back. */
export function unguardCell(text: string): string {
  return text[0] === "'" && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
