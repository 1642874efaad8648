import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStreamDecoder, decodeBytes, sniffUtf16, SNIFF_BYTES, type EncodingOption } from '../../shared/import/decode.js';
import { importTransactions } from '../../shared/import/index.js';
import { CP1251_CHARS, encodeCp1251 } from './cp1251.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

/** Decodes `bytes` fed in pieces cut at `cuts` (sorted offsets). */
function decodeInPieces(bytes: Uint8Array, cuts: number[], option: EncodingOption = 'auto') {
  const decoder = createStreamDecoder(option);
  let text = '';
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    text += decoder.decode(bytes.subarray(from, cut));
    from = cut;
  }
  text += decoder.end();
  return { text, encoding: decoder.encoding() };
}

describe('decodeBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeBytes(utf8('Клиент;Дата\nООО "Ромашка";05.03.2024'))).toEqual({
      text: 'Клиент;Дата\nООО "Ромашка";05.03.2024',
      encoding: 'utf-8',
    });
  });

  it('drops a UTF-8 BOM', () => {
    const bytes = new Uint8Array([...BOM, ...utf8('Сумма,Date')]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Сумма,Date', encoding: 'utf-8' });
  });

  it('takes a BOM followed by ASCII only as UTF-8', () => {
    expect(decodeBytes(new Uint8Array([...BOM, 0x61, 0x62]))).toEqual({ text: 'ab', encoding: 'utf-8' });
  });

  it('reads Windows-1251 bytes written by hand', () => {
    // 'Клиент;Дата;Сумма' in Windows-1251, byte by byte.
    const bytes = new Uint8Array([
      0xca, 0xeb, 0xe8, 0xe5, 0xed, 0xf2, 0x3b, 0xc4, 0xe0, 0xf2, 0xe0, 0x3b, 0xd1, 0xf3, 0xec, 0xec, 0xe0,
    ]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Клиент;Дата;Сумма', encoding: 'windows-1251' });
  });

  it('reads Ё, ё, №, quotes and no-break spaces in Windows-1251', () => {
    const text = 'Ёлка ёж №5 «Ромашка» 1\u00a0234,56';
    expect(decodeBytes(encodeCp1251(text))).toEqual({ text, encoding: 'windows-1251' });
  });

  it('calls pure ASCII UTF-8', () => {
    expect(decodeBytes(utf8('a,b\n1,2'))).toEqual({ text: 'a,b\n1,2', encoding: 'utf-8' });
  });

  it('honours a forced encoding', () => {
    const bytes = utf8('Клиент');
    expect(decodeBytes(bytes, 'windows-1251')).toEqual({ text: 'РљР»РёРµРЅС‚', encoding: 'windows-1251' });
    expect(decodeBytes(encodeCp1251('Клиент'), 'utf-8').text).toBe('\ufffd'.repeat(6));
  });

  it('keeps UTF-8 when a stray bad byte comes after clearly UTF-8 text', () => {
    const bytes = new Uint8Array([...utf8('Клиент;Контрагент\n'), 0xff, ...utf8('\nок')]);
    const { text, encoding } = decodeBytes(bytes);
    expect(encoding).toBe('utf-8');
    expect(text).toBe('Клиент;Контрагент\n\ufffd\nок');
  });

  it('takes a file ending in a cut UTF-8 sequence as Windows-1251', () => {
    // 0xD0 alone is a UTF-8 lead byte with nothing after it: as Windows-1251 it is 'Р'.
    expect(decodeBytes(new Uint8Array([0x61, 0xd0]))).toEqual({ text: 'aР', encoding: 'windows-1251' });
  });
});

describe('createStreamDecoder', () => {
  it('never mistakes a UTF-8 character split between chunks for Windows-1251', () => {
    const bytes = new Uint8Array([...BOM, ...utf8('Я;€;𝄞;ё\n')]);
    const expected = 'Я;€;𝄞;ё\n';
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(decodeInPieces(bytes, [cut])).toEqual({ text: expected, encoding: 'utf-8' });
    }
    const noBom = utf8('Я€𝄞ё');
    for (let cut = 0; cut <= noBom.length; cut++) {
      expect(decodeInPieces(noBom, [cut])).toEqual({ text: 'Я€𝄞ё', encoding: 'utf-8' });
    }
  });

  it('gives the same text and encoding however the bytes are cut (property)', () => {
    const textArb = fc.oneof(
      // NUL characters are left out: their zero bytes are what marks UTF-16 (tested below).
      fc.string({ unit: 'grapheme', maxLength: 60 }).filter((text) => !text.includes('\0')).map((text) => ({ text, cp1251: false })),
      fc
        .array(fc.constantFrom(...CP1251_CHARS, 'a', ';', '1', ' ', '\n', '"'), { maxLength: 60 })
        .map((chars) => ({ text: chars.join(''), cp1251: true })),
    );
    fc.assert(
      fc.property(textArb, fc.boolean(), fc.array(fc.nat(), { maxLength: 12 }), ({ text, cp1251 }, bom, rawCuts) => {
        const body = cp1251 ? encodeCp1251(text) : utf8(text);
        const bytes = bom && !cp1251 ? new Uint8Array([...BOM, ...body]) : body;
        const whole = decodeBytes(bytes);
        const cuts = [...new Set(rawCuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        expect(decodeInPieces(bytes, cuts)).toEqual(whole);
        // Valid UTF-8 is always read as UTF-8. Random Windows-1251 bytes may
        // form valid UTF-8 by chance ('С«' is D1 AB): realistic text is checked below.
        if (!cp1251) expect(whole).toEqual({ text, encoding: 'utf-8' });
      }),
      { numRuns: 500 },
    );
  });

  it('detects Windows-1251 in realistic Russian text however it is cut (property)', () => {
    const lower = CP1251_CHARS.filter((ch) => ch === 'ё' || (ch >= 'а' && ch <= 'я'));
    const upper = CP1251_CHARS.filter((ch) => ch === 'Ё' || (ch >= 'А' && ch <= 'Я'));
    const word = fc
      .tuple(fc.constantFrom(...upper, ''), fc.array(fc.constantFrom(...lower), { minLength: 2, maxLength: 9 }))
      .map(([first, rest]) => first + rest.join(''));
    const token = fc.oneof(word, fc.constantFrom(';', ' ', '\n', '1 234,56', '«', '»', '№', '\u00a0', '"', 'ООО', 'ИП'));
    fc.assert(
      // "яю" and "юя" are FF FE and FE FF in Windows-1251: a UTF-16 byte order mark, which decides first.
      fc.property(word.filter((w) => !/^(яю|юя)/.test(w)), fc.array(token, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 12 }), (first, tokens, rawCuts) => {
        const text = [first, ...tokens].join('');
        const bytes = encodeCp1251(text);
        const cuts = [...new Set(rawCuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        expect(decodeInPieces(bytes, cuts)).toEqual({ text, encoding: 'windows-1251' });
      }),
      { numRuns: 500 },
    );
  });

  it('decodes forced encodings in pieces', () => {
    const bytes = encodeCp1251('Сумма без НДС;Ёж');
    expect(decodeInPieces(bytes, [1, 5, 6], 'windows-1251')).toEqual({ text: 'Сумма без НДС;Ёж', encoding: 'windows-1251' });
  });
});

/** `text` as UTF-16 code units, little- or big-endian, with a BOM if asked. */
function utf16(text: string, endian: 'le' | 'be', bom = false): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const code = units.charCodeAt(i);
    bytes[2 * i + (endian === 'le' ? 0 : 1)] = code & 0xff;
    bytes[2 * i + (endian === 'le' ? 1 : 0)] = code >> 8;
  }
  return bytes;
}

describe('UTF-16 (Excel "Unicode text")', () => {
  const excel = 'Клиент\tДата\tСумма\r\nООО «Ромашка»\t05.03.2024\t1 234,56\r\n𝄞 Ёлка\t06.03.2024\t7\r\n';
  const variants = [
    { endian: 'le', bom: true, encoding: 'utf-16le' },
    { endian: 'le', bom: false, encoding: 'utf-16le' },
    { endian: 'be', bom: true, encoding: 'utf-16be' },
    { endian: 'be', bom: false, encoding: 'utf-16be' },
  ] as const;

  it('detects little- and big-endian, with or without a BOM, and drops the BOM', () => {
    for (const { endian, bom, encoding } of variants) {
      expect(decodeBytes(utf16(excel, endian, bom)), `${endian} bom=${bom}`).toEqual({ text: excel, encoding });
    }
  });

  it('reads a header-only Russian file without a BOM (NULs only in delimiters and line breaks)', () => {
    const text = 'Клиент;Дата;Сумма\r\n';
    expect(decodeBytes(utf16(text, 'le'))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(text, 'be'))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('gives the same text however the bytes are cut, split code units and surrogate pairs included', () => {
    for (const { endian, bom, encoding } of variants) {
      const bytes = utf16(excel, endian, bom);
      for (let cut = 0; cut <= bytes.length; cut++) {
        expect(decodeInPieces(bytes, [cut]), `${endian} bom=${bom} cut=${cut}`).toEqual({ text: excel, encoding });
      }
    }
  });

  it('gives the same text however a long file is cut (property)', () => {
    const row = fc
      .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 99_999 }))
      .map(([name, amount]) => `${name.replace(/[\0\r\n]/g, ' ')};2024-01-05;${amount}\r\n`);
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 80 }),
        fc.constantFrom(...variants),
        fc.array(fc.nat(), { maxLength: 12 }),
        (rows, { endian, bom, encoding }, rawCuts) => {
          const text = 'client;date;amount\r\n' + rows.join('');
          const bytes = utf16(text, endian, bom);
          const cuts = [...new Set(rawCuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          expect(decodeInPieces(bytes, cuts)).toEqual({ text, encoding });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('decodes UTF-16 when it is forced', () => {
    expect(decodeInPieces(utf16('Сумма;1', 'be'), [1, 3], 'utf-16be')).toEqual({ text: 'Сумма;1', encoding: 'utf-16be' });
    expect(decodeBytes(utf16('Сумма;1', 'le', true), 'utf-16le')).toEqual({ text: 'Сумма;1', encoding: 'utf-16le' });
  });

  it('does not take UTF-8, Windows-1251 or a stray NUL for UTF-16', () => {
    expect(sniffUtf16(utf8('client,date,amount\n'.repeat(100)))).toBeUndefined();
    expect(sniffUtf16(encodeCp1251('Клиент;Дата;Сумма\n'.repeat(100)))).toBeUndefined();
    expect(sniffUtf16(utf8('client,date\0,amount\n'.repeat(2)))).toBeUndefined();
    const withNul = utf8('a,b\n\0x,1\n');
    expect(decodeBytes(withNul).encoding).toBe('utf-8');
    // Only the opening bytes decide: NULs far into a UTF-8 file do not turn it into UTF-16.
    const late = new Uint8Array([...utf8('a;b\n'.repeat(SNIFF_BYTES)), ...utf16('x;y\n', 'le')]);
    expect(decodeBytes(late).encoding).toBe('utf-8');
  });

  it('imports an Excel "Unicode text" export (UTF-16 LE with BOM, tabs, CRLF)', () => {
    const { transactions, report } = importTransactions(utf16(excel, 'le', true), { lang: 'ru' });
    expect(report.encoding).toBe('utf-16le');
    expect(report.delimiter).toBe('\t');
    expect(transactions).toEqual([
      { client: 'ООО «Ромашка»', date: '2024-03-05', amount: 1234.56 },
      { client: '𝄞 Ёлка', date: '2024-03-06', amount: 7 },
    ]);
  });
});
