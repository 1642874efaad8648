import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../shared/import/delimiter.js';
import { cellAt, createFields, INCOMPLETE, MAX_QUOTED_LINES, RUNAWAY, scanRecord } from '../../shared/import/record-scanner.js';

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
  ] as const)('%j -> %j', (sample, _newline, expected) => {
    expect(detectDelimiter(sample)).toBe(expected);
  });
});

describe('scanRecord', () => {
  const records = (text: string, delimiter = ','): string[][] => {
    const f = createFields();
    const out: string[][] = [];
    for (let at = 0; at < text.length; ) {
      let next = scanRecord(text, at, true, delimiter.charCodeAt(0), f, false);
      if (next === RUNAWAY) next = scanRecord(text, at, true, delimiter.charCodeAt(0), f, true);
      out.push(Array.from({ length: f.count }, (_, i) => cellAt(text, f, i)));
      at = next;
    }
    return out;
  };

  it('reads quoted fields, escaped quotes and every kind of line break', () => {
    expect(records('a,"x\ny"\nb,c\rd,e\r\nf')).toEqual([['a', 'x\ny'], ['b', 'c'], ['d', 'e'], ['f']]);
    expect(records('a;"b""\r\n"  ;c\r\n', ';')).toEqual([['a', 'b"\r\n', 'c']]);
    expect(records('a,b"c\n')).toEqual([['a', 'b"c']]);
    expect(records('a,\n')).toEqual([['a', '']]);
  });

  it('waits for the character that decides, and reports a runaway quote', () => {
    const f = createFields();
    expect(scanRecord('a,b\r', 0, false, 44, f, false)).toBe(INCOMPLETE);
    expect(scanRecord('a,b\r\nc', 0, false, 44, f, false)).toBe(5);
    expect(scanRecord('c,"x"', 0, false, 44, f, false)).toBe(INCOMPLETE);
    expect(scanRecord('c,"x', 0, true, 44, f, false)).toBe(RUNAWAY);
    expect(scanRecord('c,"x\nd', 0, true, 44, f, true)).toBe(5);
    expect(cellAt('c,"x\nd', f, 1)).toBe('"x');
    const long = '"' + 'a,b\n'.repeat(MAX_QUOTED_LINES + 1);
    expect(scanRecord(long, 0, false, 44, f, false)).toBe(RUNAWAY);
  });

  it('splits closed records as papaparse does, chunked any way (property)', () => {
    const field = fc.oneof(
      fc.stringMatching(/^[a-z ]{0,4}$/),
      fc.array(fc.constantFrom('a', ',', '"', '\n', '\r\n', '\r', ' '), { maxLength: 6 }).map((parts) => `"${parts.join('').replace(/"/g, '""')}"`),
      fc.constantFrom('x"y', 'q"'),
    );
    const textArb = fc
      .array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 })
      .map((rows) => rows.map((row) => row.join(',')).join('\r\n'));
    fc.assert(
      fc.property(textArb, fc.array(fc.nat(), { maxLength: 10 }), (text, rawCuts) => {
        // Streamed: records found in growing prefixes, as the importer feeds them.
        const cuts = [...new Set(rawCuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const f = createFields();
        const rows: string[][] = [];
        let at = 0;
        for (const cut of [...cuts, text.length]) {
          const prefix = text.slice(0, cut);
          for (;;) {
            if (at >= prefix.length) break;
            const next = scanRecord(prefix, at, cut === text.length, 44, f, false);
            if (next < 0) break;
            rows.push(Array.from({ length: f.count }, (_, i) => cellAt(prefix, f, i)));
            at = next;
          }
        }
        const expected = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n' }).data;
        // papaparse reports the empty text after a final line break as one more record; a line break ends a line here.
        if (/\r\n$/.test(text) && expected.length > 1) expected.pop();
        expect(rows).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
