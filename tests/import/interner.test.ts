/**
 * The interner hands back one string object per distinct text, whatever the
 * surrounding text it is read from.
 *
 * @example
 * // npx vitest run tests/import/interner.test.ts
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createInterner, intern } from '../../shared/import/interner.js';

describe('intern', () => {
  it('returns the text itself, and the same object for the same text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 300 }), fc.string({ maxLength: 3 }), (words, pad) => {
        const interner = createInterner(4);
        const first = new Map<string, string>();
        for (const word of words) {
          const text = pad + word + pad;
          const value = intern(interner, text, pad.length, pad.length + word.length);
          expect(value).toBe(word);
          if (first.has(word)) expect(Object.is(value, first.get(word))).toBe(true);
          else first.set(word, value);
        }
        expect(interner.size).toBe(first.size);
      }),
      { numRuns: 300 },
    );
  });
});
