import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../shared/import/delimiter.js';
import { createBoundaryScanner } from '../../shared/import/record-boundary.js';

describe('detectDelimiter', () => {
  it.each([
    ['Клиент;Дата;Сумма\nООО "Ромашка";05.03.2024;1 234,56', '\n', ';'],
    ['Клиент;Сумма, руб.\nА;1,5\nБ;2,5\n', '\n', ';'],
    ['Клиент;Сумма\nА;1,5\nБ;2\n', '\n', ';'],
    ['Client,Date,Amount\n"A; B",2024-01-01,"1,234.50"\n', '\n', ','],
    ['a,"x;y",b\n1,"p;q",2\n', '\n', ','],
    ['Client\tDate\tAmount\r\nA, B\t2024-01-01\t1,5\r\n', '\r\n', '\t'],
    [' customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1  11.77\r\n', '\r\n', 'whitespace'],
    ['Client\nA\n', '\n', ','],
  ] as const)('%j -> %j', (sample, newline, expected) => {
    expect(detectDelimiter(sample, newline)).toBe(expected);
  });
});

describe('createBoundaryScanner', () => {
  it('finds the last record end outside quotes', () => {
    expect(createBoundaryScanner(',', '\n').next('a,"x\ny"\nb,c\nd', false)).toBe(11);
    expect(createBoundaryScanner(',', '\n').next('a,"x\ny', false)).toBe(-1);
    expect(createBoundaryScanner(',', '\n').next('a,b"c\nd', false)).toBe(5);
    expect(createBoundaryScanner(';', '\r\n').next('a;"b""\r\n"  ;c\r\nd\r', false)).toBe(13);
  });

  it('waits for the character that decides', () => {
    const scanner = createBoundaryScanner(',', '\r\n');
    expect(scanner.next('a,b\r', false)).toBe(-1);
    expect(scanner.next('a,b\r\nc', false)).toBe(3);
    scanner.consumed(5);
    expect(scanner.next('c,"x"', false)).toBe(-1);
    expect(scanner.next('c,"x"\r\n', false)).toBe(5);
  });

  it('cuts text into the same records as papaparse, chunked any way (property)', () => {
    const field = fc.oneof(
      fc.stringMatching(/^[a-z ]{0,4}$/),
      fc.array(fc.constantFrom('a', ',', '"', '\n', '\r\n', ' '), { maxLength: 6 }).map((parts) => `"${parts.join('').replace(/"/g, '""')}"`),
      fc.constantFrom('x"y', 'q"', '"a"  ', '"bad"x'),
    );
    const textArb = fc
      .array(fc.array(field, { minLength: 1, maxLength: 4 }), { maxLength: 8 })
      .map((rows) => rows.map((row) => row.join(',')).join('\r\n'));
    fc.assert(
      fc.property(textArb, fc.array(fc.nat(), { maxLength: 10 }), (text, rawCuts) => {
        const cuts = [...new Set(rawCuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const scanner = createBoundaryScanner(',', '\r\n');
        const blocks: string[] = [];
        let pending = '';
        let from = 0;
        for (const cut of [...cuts, text.length]) {
          pending += text.slice(from, cut);
          from = cut;
          const boundary = scanner.next(pending, cut === text.length);
          if (boundary >= 0) {
            blocks.push(pending.slice(0, boundary + 2));
            pending = pending.slice(boundary + 2);
            scanner.consumed(boundary + 2);
          }
        }
        const parse = (block: string): string[][] => Papa.parse<string[]>(block, { delimiter: ',', newline: '\r\n' }).data;
        // Each block ends with its terminator: papaparse adds an empty record
        // after it, which stands for the rest of the text when that is empty.
        const last = pending === '' && blocks.length ? [['']] : parse(pending);
        const rows = [...blocks.flatMap((block) => parse(block).slice(0, -1)), ...last];
        expect(rows).toEqual(parse(text));
      }),
      { numRuns: 1000 },
    );
  });
});
