/**
 * What every custom function sets up first: the spreadsheet's context
 * (language, time zone, number marks, date order), its options read
 * forgivingly, the messages in the language they settle on, the reader of
 * text numbers, and the bad-cell policy. An options text may also stand in
 * a threshold's place (`=ABC(B2:B, "errors=skip")`), since Sheets gives no
 * named arguments.
 *
 * @example
 * const { m, read, options, bad } = beginCall(optionsArg);
 */
import { createDayReader } from '../sheet-dates.js';
import { badCells, type BadCells } from '../bad-cells.js';
import type { TextNumberReader } from '../cells.js';
import type { CellValue } from '../gas-types.js';
import { numberReader } from '../locale-numbers.js';
import { sheetMessages, type SheetMessages } from '../messages.js';
import { parseFunctionOptions, type FunctionOptions } from '../function-options.js';
import { spreadsheetContext, type SpreadsheetContext } from '../spreadsheet-context.js';

export type Call = {
  context: SpreadsheetContext;
  options: FunctionOptions;
  m: SheetMessages;
  read: TextNumberReader;
  dayOf: (date: Date) => string | null;
  bad: BadCells;
};

export function beginCall(optionsArg: unknown): Call {
  const context = spreadsheetContext();
  const dayOf = createDayReader(context.timeZone);
  const options = parseFunctionOptions(optionsArg, { lang: context.lang, dateOrder: context.dateOrder, dayOf });
  const m = sheetMessages(options.lang);
  return { context, options, m, read: numberReader(context.marks), dayOf, bad: badCells(options.errors, m) };
}

/** True for options given where a threshold goes: a text with `=` (`errors=skip`) or a range (a threshold is one cell). */
export function isOptionsText(value: unknown): boolean {
  return (typeof value === 'string' && value.includes('=')) || Array.isArray(value);
}

/**
 * Splits trailing arguments into thresholds and options: the options are the
 * `options` argument, or the first threshold place holding an options text.
 */
export function thresholdsAndOptions(args: readonly unknown[], options: unknown): { thresholds: (CellValue | undefined)[]; options: unknown } {
  const at = args.findIndex(isOptionsText);
  if (at === -1) return { thresholds: args as (CellValue | undefined)[], options };
  return { thresholds: args.map((arg, i) => (i >= at ? undefined : (arg as CellValue | undefined))), options: args[at] };
}

/** The note row a function appends when it skipped rows, as wide as its result. */
export function withNote<T>(rows: (T | string)[][], note: string | null, width: number): (T | string)[][] {
  if (note === null) return rows;
  return [...rows, [note, ...new Array<string>(Math.max(0, width - 1)).fill('')]];
}
