/**
 * Guesses how the fields of a file are separated from its first lines:
 * `,`, `;` or tab, read with the importer's own scanner under each candidate, or runs of
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
import { z } from 'zod';
import { createFields, RUNAWAY, scanRecord } from './record-scanner.js';

export const DelimiterOptionSchema = z.enum(['auto', ',', ';', '\t', 'whitespace']);
export type DelimiterOption = z.infer<typeof DelimiterOptionSchema>;
export type Delimiter = Exclude<DelimiterOption, 'auto'>;

/** Rows looked at; enough to see a few data rows past a header. */
export const SAMPLE_ROWS = 20;

const CANDIDATES = ['\t', ';', ','] as const;

type Score = { delimiter: Delimiter; fields: number; matching: number; total: number };

/** The field counts of the sample's first SAMPLE_ROWS non-blank records under `delimiter`. */
function fieldCounts(sample: string, delimiter: Delimiter): number[] {
  const f = createFields();
  const delim = delimiter === 'whitespace' ? -1 : delimiter.charCodeAt(0);
  const counts: number[] = [];
  for (let at = 0; at < sample.length && counts.length < SAMPLE_ROWS; ) {
    let next = scanRecord(sample, at, true, delim, f, false);
    if (next === RUNAWAY) next = scanRecord(sample, at, true, delim, f, true);
    let blank = true;
    for (let i = 0; i < f.count && blank; i++) if (sample.slice(f.starts[i], f.ends[i]).trim() !== '') blank = false;
    if (!blank) counts.push(f.count);
    if (next <= at) break;
    at = next;
  }
  return counts;
}

function score(sample: string, delimiter: Delimiter): Score {
  const counts = fieldCounts(sample, delimiter);
  const fields = counts.length ? counts[0] : 0;
  const matching = counts.filter((count) => count === fields).length;
  return { delimiter, fields, matching, total: counts.length };
}

export function detectDelimiter(sample: string): Delimiter {
  const scores = CANDIDATES.map((delimiter) => score(sample, delimiter));
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
  if (fieldCounts(sample, 'whitespace')[0] > 1) return 'whitespace';
  return ',';
}
