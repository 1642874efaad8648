/**
 * What a custom function does with a cell it cannot read. By default it
 * stops with an error naming the cell as "row N of the range" (Sheets does
 * not tell a custom function where its ranges are), in the user's language.
 * With `errors=skip` it leaves the row out, counts it, and the function
 * appends one last row saying how many rows were skipped and why (the
 * first three reasons).
 *
 * @example
 * const bad = badCells('skip', sheetMessages('en'));
 * bad.report(4, "'#N/A' is not a number");
 * bad.note(); // "Skipped 1 row: row 4 of the range: '#N/A' is not a number."
 */
import type { SheetMessages } from './messages.js';

export type BadCells = {
  /** `row` is 1-based within the range. Throws unless skipping. */
  report(row: number, problem: string): void;
  /** The note row's text, or null when nothing was skipped. */
  note(): string | null;
  readonly skipped: number;
};

const REASONS_SHOWN = 3;

export function badCells(mode: 'stop' | 'skip', m: SheetMessages): BadCells {
  const reasons: string[] = [];
  let skipped = 0;
  return {
    report(row, problem) {
      const text = `${m.rangeRow(row)}: ${problem}`;
      // A bad first row is often a header the detection could not tell: say how to skip it.
      if (mode === 'stop') throw new Error(`${text}.${row === 1 ? m.headerHint : ''}${m.skipHint}`);
      skipped++;
      if (reasons.length < REASONS_SHOWN) reasons.push(text);
    },
    note: () => (skipped ? m.skippedNote(skipped, reasons) : null),
    get skipped() {
      return skipped;
    },
  };
}
