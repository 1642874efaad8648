/**
 * Guesses how the fields of a file are separated from its first lines:
 * `,`, `;` or tab, read with papaparse under each candidate, or runs of
 * spaces (fixed-width exports such as CDNOW's, which have no quoting).
 *
 * The candidate that splits every sampled row into the same number of
 * fields (more than one) as the header wins; among those, more fields win,
 * then tab over `;` over `,` (a decimal comma inside `1 234,56` makes `,`
 * look plausible, a stray `;` in a comma file rarely does). Whitespace is
 * considered only when none of the three appears in the header line.
 *
 * @example
 * detectDelimiter('Клиент;Дата;Сумма\nООО "Ромашка";05.03.2024;1 234,56', '\n'); // ';'
 * detectDelimiter(' customer_id  date\r\n 00001 19970101\r\n', '\r\n');          // 'whitespace'
 */
import Papa from 'papaparse';
import { z } from 'zod';

export const DelimiterOptionSchema = z.enum(['auto', ',', ';', '\t', 'whitespace']);
export type DelimiterOption = z.infer<typeof DelimiterOptionSchema>;
export type Delimiter = Exclude<DelimiterOption, 'auto'>;

/** Rows looked at; enough to see a few data rows past a header. */
export const SAMPLE_ROWS = 20;

const CANDIDATES = ['\t', ';', ','] as const;

const isBlank = (row: string[]): boolean => row.every((field) => field.trim() === '');

type Score = { delimiter: Delimiter; fields: number; matching: number; total: number };

function score(rows: string[][], delimiter: Delimiter): Score {
  const filled = rows.filter((row) => !isBlank(row));
  const fields = filled.length ? filled[0].length : 0;
  const matching = filled.filter((row) => row.length === fields).length;
  return { delimiter, fields, matching, total: filled.length };
}

export function splitWhitespace(line: string): string[] {
  const trimmed = line.trim();
  return trimmed === '' ? [''] : trimmed.split(/\s+/);
}

export type Newline = '\r\n' | '\n' | '\r';

export function detectDelimiter(sample: string, newline: Newline): Delimiter {
  const scores = CANDIDATES.map((delimiter) =>
    score(Papa.parse<string[]>(sample, { delimiter, newline, preview: SAMPLE_ROWS }).data, delimiter),
  );
  const plausible = scores.filter((s) => s.fields > 1);
  if (plausible.length) {
    // Stable sort keeps the tab, `;`, `,` preference among equals.
    plausible.sort((x, y) => {
      const xAll = x.matching === x.total ? 1 : 0;
      const yAll = y.matching === y.total ? 1 : 0;
      if (xAll !== yAll) return yAll - xAll;
      if (!xAll && x.matching / x.total !== y.matching / y.total) return y.matching / y.total - x.matching / x.total;
      return y.fields - x.fields;
    });
    return plausible[0].delimiter;
  }
  const lines = sample.split(newline).filter((line) => line.trim() !== '');
  if (lines.length && splitWhitespace(lines[0]).length > 1) return 'whitespace';
  return ',';
}
