/**
 * A1 notation, as the Sheets API takes ranges (`'Segments'!A1:S120`) and
 * as the sidebar labels columns (`A`, `AA`). Sheet titles are always quoted,
 * with inner quotes doubled, so a title with spaces or an apostrophe still
 * names its sheet.
 *
 * @example
 * columnLetter(0); // 'A'
 * columnLetter(26); // 'AA'
 * a1Range('Segments', 1, 1, 120, 19); // "'Segments'!A1:S120"
 */

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The block of `rows` × `columns` cells whose top left cell is (row, column), 1-based. */
export function a1Range(sheetTitle: string, row: number, column: number, rows: number, columns: number): string {
  const quoted = `'${sheetTitle.replace(/'/g, "''")}'`;
  return `${quoted}!${columnLetter(column - 1)}${row}:${columnLetter(column + columns - 2)}${row + rows - 1}`;
}
