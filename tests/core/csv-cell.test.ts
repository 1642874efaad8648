/**
 * csvCell reads each cell in one pass; this checks it against the plain
 * regular-expression statement of the same rules on any text.
 *
 * @example
 * // npx vitest run tests/core/csv-cell.test.ts
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../shared/csv-cell.js';

function reference(value: string): string {
  const text = /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r\t;']/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

describe('csvCell', () => {
  it('guards and quotes exactly as the rules say (property)', () => {
    const textArb = fc.oneof(
      fc.string(),
      fc.array(fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ';', ' ', '\u00a0', '\u3000', 'a', 'Я', '1'), { maxLength: 8 }).map((parts) => parts.join('')),
    );
    fc.assert(fc.property(textArb, (text) => {
      expect(csvCell(text)).toBe(reference(text));
    }), { numRuns: 5000 });
  });

  it('writes numbers as numbers and blanks as nothing', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell('=1+1')).toBe("\"'=1+1\"");
  });
});
