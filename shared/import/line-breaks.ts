/**
 * Line breaks, for the physical line numbers of the report: which newline a
 * file uses, and how many line breaks hide inside a record's quoted fields
 * (each pushes the records after it one line down). `\r\n`, `\n` and a lone
 * `\r` each count as one line break, as text editors count them.
 *
 * @example
 * detectNewline('a;b\r\n1;2');           // '\r\n'
 * breaksInside(['x', 'two\r\nlines', '']); // 1
 */
import type { Newline } from './delimiter.js';

/** Line breaks inside a record's fields (`\r\n`, `\n` or `\r` each count once). */
export function breaksInside(fields: string[]): number {
  let breaks = 0;
  for (const field of fields) {
    if (field.indexOf('\n') === -1 && field.indexOf('\r') === -1) continue;
    for (let i = 0; i < field.length; i++) {
      const c = field.charCodeAt(i);
      if (c === 10) breaks++;
      else if (c === 13 && field.charCodeAt(i + 1) !== 10) breaks++;
    }
  }
  return breaks;
}

function countChar(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count++;
  return count;
}

export type BreakCounts = { lf: number; cr: number };

export function countBreaks(text: string): BreakCounts {
  return { lf: countChar(text, '\n'), cr: countChar(text, '\r') };
}

/** Whether a block's `\r` and `\n` are exactly those of its `terminators` record terminators. */
export function onlyTerminators({ lf, cr }: BreakCounts, terminators: number, newline: Newline): boolean {
  if (newline === '\r\n') return lf === terminators && cr === terminators;
  return newline === '\n' ? lf === terminators && cr === 0 : cr === terminators && lf === 0;
}

export function detectNewline(sample: string): Newline {
  const lf = sample.indexOf('\n');
  if (lf > 0 && sample.charCodeAt(lf - 1) === 13) return '\r\n';
  if (lf >= 0) return '\n';
  return sample.indexOf('\r') >= 0 ? '\r' : '\n';
}
