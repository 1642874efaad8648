/**
 * The CLI on hostile files, as a process: exit 0 only with every line
 * accounted for in its summary, exit 1 with a message otherwise, never NaN,
 * Infinity or a raw control character in what it prints or writes.
 *
 * @example
 * // npx vitest run tests/cli/hostile-files.test.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKam, fileIn, runKam, scratch } from './run-kam.js';

beforeAll(buildKam);

const cellArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('C1', 'C2', 'Ромашка', '2024-01-15', '15.03.2024', '100', '1 234,56', '-5') },
  { weight: 2, arbitrary: fc.constantFrom('"', '"C5', 'x"y', '"a,b"', '"multi\nline"') },
  { weight: 2, arbitrary: fc.constantFrom('1e308', '9'.repeat(80), '0001-01-01', '1', '\u001b[2J', '\u202e', '\u0000') },
);
const fileArb = fc
  .tuple(fc.array(fc.tuple(fc.array(cellArb, { maxLength: 4 }), fc.constantFrom('\n', '\r\n', '\r')), { maxLength: 12 }))
  .map(([rows]) => 'client,date,amount\n' + rows.map(([cells, end]) => cells.join(',') + end).join(''));

const physicalLines = (text: string): number => (text === '' ? 0 : (text.match(/\r\n|\n|\r/g)?.length ?? 0) + (/[\r\n]$/.test(text) ? 0 : 1));

describe('kam segment on hostile files', () => {
  it('exits as documented, with every line accounted for and nothing raw or non-finite printed (property)', () => {
    let run = 0;
    fc.assert(
      fc.property(fileArb, (text) => {
        const file = fileIn(`hostile-${run}.csv`, text);
        const out = join(scratch, `hostile-${run++}-out.csv`);
        const { code, stdout, stderr } = runKam(['segment', file, '--out', out]);
        const printed = stdout + stderr;
        expect(printed).not.toMatch(/NaN|Infinity|undefined/);
        // Only line breaks may reach the terminal raw.
        expect(printed).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect([0, 1]).toContain(code);
        const lines = /Lines: (\d+) in the file = (\d+) header \+ (\d+) blank \+ (\d+) used \+ (\d+) rejected/.exec(stderr);
        if (code === 0) {
          expect(lines).not.toBeNull();
          const [total, header, blank, used, rejected] = lines!.slice(1).map(Number);
          expect(total).toBe(physicalLines(text));
          expect(header + blank + used + rejected).toBe(total);
          expect(readFileSync(out, 'utf8')).not.toMatch(/NaN|Infinity/);
        } else {
          expect(stderr.trim().length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 25 },
    );
  });
});
