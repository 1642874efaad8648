/**
 * The CLI streams the segments table in chunks; joined, they must be exactly
 * the table formatSegmentsCsv writes from the rows.
 *
 * @example
 * // npx vitest run tests/core/segments-csv-chunks.test.ts
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../shared/segment.js';
import { formatSegmentsCsv, segmentsCsvChunks, toSegmentRows } from '../../shared/segments-table.js';

describe('segmentsCsvChunks', () => {
  it('joins to the same table as formatSegmentsCsv, whatever the chunk size (property)', () => {
    const rowArb = fc.record({
      client: fc.constantFrom('C1', 'C2', '=C3', 'ООО "Ромашка"', 'C;5'),
      date: fc.constantFrom('2024-01-15', '2024-02-03', '2024-06-30'),
      amount: fc.integer({ min: -500, max: 5000 }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 2000 }), fc.constantFrom('en', 'ru'), (rows, size, lang) => {
        const result = segment(rows, { lang: lang as 'en' | 'ru' });
        expect([...segmentsCsvChunks(result, result.options.lang, size)].join('')).toBe(formatSegmentsCsv(toSegmentRows(result)));
      }),
      { numRuns: 200 },
    );
  });
});
