import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalMarkOf, parseNumber, settleDecimalMark } from '../../shared/import/numbers.js';

describe('parseNumber', () => {
  it.each([
    ['1234.56', 1234.56],
    ['1234', 1234],
    ['-1234.5', -1234.5],
    ['0.001', 0.001],
    ['1 234,56', 1234.56],
    ['1\u00a0234,56', 1234.56],
    ['1\u202f234,56', 1234.56],
    ['1\u2009234\u2009567,5', 1234567.5],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['1.234.567,89', 1234567.89],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ["1'234.56", 1234.56],
    ['12,5', 12.5],
    ['0,5', 0.5],
    [',5', 0.5],
    ['.5', 0.5],
    ['(123.45)', -123.45],
    ['(1 234,56 ₽)', -1234.56],
    ['\u22121 234,56', -1234.56],
    ['+5', 5],
    ['-0', 0],
    ['  42  ', 42],
    ['1 234,56 ₽', 1234.56],
    ['₽1234', 1234],
    ['1 234,56 руб.', 1234.56],
    ['1 234,56 руб', 1234.56],
    ['1 234,56 р.', 1234.56],
    ['1234р', 1234],
    ['$1,234.56', 1234.56],
    ['-$5.00', -5],
    ['$-5.00', -5],
    ['€ 12,50', 12.5],
    ['12,50 €', 12.5],
    ['USD 1,234.56', 1234.56],
    ['1 234,56 RUB', 1234.56],
    ['1234.56 eur', 1234.56],
    ['1.5E+3', 1500],
    ['2e-2', 0.02],
    ['007', 7],
  ])('%j is %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', '   ', 'abc', '12abc', '1 2 3', '12 34', '1234 567', '1 23 456', '1 234 5678', '1,2,3', '1.2.3,4,5', '1,234.567.8', '5.', '-', '()', 'руб.', '12%', '0x10', 'Infinity', 'NaN', '1 234.567,8'])(
    '%j is not a number',
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );

  it('passes finite JS numbers through and refuses the others', () => {
    expect(parseNumber(1234.56)).toBe(1234.56);
    expect(parseNumber(-0)).toBe(0);
    expect(parseNumber(Number.NaN)).toBeNull();
    expect(parseNumber(Number.POSITIVE_INFINITY)).toBeNull();
    expect(parseNumber(null)).toBeNull();
    expect(parseNumber(undefined)).toBeNull();
  });

  it('reads a lone comma or dot as decimal unless the file proves the other mark', () => {
    expect(parseNumber('1,234')).toBe(1.234);
    expect(parseNumber('1,234', ',')).toBe(1.234);
    expect(parseNumber('1,234', '.')).toBe(1234);
    expect(parseNumber('1.234')).toBe(1.234);
    expect(parseNumber('1.234', '.')).toBe(1.234);
    expect(parseNumber('1.234', ',')).toBe(1234);
    expect(parseNumber('-1.234', ',')).toBe(-1234);
    // Not ambiguous: a leading zero, other than 3 decimals, more than 3 leading digits.
    expect(parseNumber('0,123', '.')).toBe(0.123);
    expect(parseNumber('1,23', '.')).toBe(1.23);
    expect(parseNumber('1234,567', '.')).toBe(1234.567);
    expect(parseNumber('1 234,567', '.')).toBe(1234.567);
  });
});

describe('decimal mark of a file', () => {
  it('knows which cells prove a mark', () => {
    expect(decimalMarkOf('1 234,56')).toBe(',');
    expect(decimalMarkOf('12,5')).toBe(',');
    expect(decimalMarkOf('1.234,5')).toBe(',');
    expect(decimalMarkOf('1,234.56')).toBe('.');
    expect(decimalMarkOf('99.9')).toBe('.');
    expect(decimalMarkOf('1,234')).toBeUndefined();
    expect(decimalMarkOf('1.234')).toBeUndefined();
    expect(decimalMarkOf('1234')).toBeUndefined();
    expect(decimalMarkOf('x')).toBeUndefined();
  });

  it('settles the mark only when the cells agree', () => {
    expect(settleDecimalMark(['1,234', '99.90'])).toBe('.');
    expect(settleDecimalMark(['1.234', '5,5'])).toBe(',');
    expect(settleDecimalMark(['1,234', '1.234', '7'])).toBeUndefined();
    expect(settleDecimalMark(['1,5', '2.5'])).toBeUndefined();
  });
});

/** One way people write numbers. */
type Style = { group: string; decimal: '.' | ','; };
const STYLES: Style[] = [
  { group: '', decimal: '.' },
  { group: '', decimal: ',' },
  { group: ' ', decimal: ',' },
  { group: '\u00a0', decimal: ',' },
  { group: '\u202f', decimal: ',' },
  { group: ',', decimal: '.' },
  { group: '.', decimal: ',' },
  { group: "'", decimal: '.' },
];
const CURRENCIES = ['', '₽', 'руб.', 'руб', 'р.', '$', '€', 'USD', 'RUB', 'EUR'];

function groupDigits(digits: string, group: string): string {
  if (!group) return digits;
  const parts: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) parts.unshift(digits.slice(Math.max(0, end - 3), end));
  return parts.join(group);
}

describe('parseNumber properties', () => {
  const numberArb = fc.record({
    integer: fc.bigInt({ min: 0n, max: 999_999_999_999n }).map(String),
    fraction: fc.oneof(fc.constant(''), fc.stringMatching(/^[0-9]{1,4}$/)),
    negative: fc.boolean(),
  });

  it('reads back a number written in any supported style', () => {
    fc.assert(
      fc.property(
        numberArb,
        fc.constantFrom(...STYLES),
        fc.constantFrom(...CURRENCIES),
        fc.boolean(),
        fc.constantFrom<'paren' | 'minus' | 'unicode'>('paren', 'minus', 'unicode'),
        ({ integer, fraction, negative }, style, currency, before, negativeStyle) => {
          const expected = Number(`${negative ? '-' : ''}${integer}.${fraction || '0'}`);
          let body = groupDigits(integer, style.group) + (fraction ? style.decimal + fraction : '');
          if (currency) body = before ? `${currency} ${body}` : `${body} ${currency}`;
          if (negative) body = negativeStyle === 'paren' ? `(${body})` : `${negativeStyle === 'minus' ? '-' : '\u2212'}${body}`;
          // With its decimal mark known, every rendering is unambiguous.
          expect(parseNumber(body, style.decimal)).toBe(expected === 0 ? 0 : expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('needs no hint when the number has two decimals', () => {
    fc.assert(
      fc.property(numberArb, fc.constantFrom(...STYLES), ({ integer, negative }, style) => {
        const text = `${negative ? '-' : ''}${groupDigits(integer, style.group)}${style.decimal}05`;
        expect(parseNumber(text)).toBe(Number(`${negative ? '-' : ''}${integer}.05`));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with Number() on plain decimal text (the fast path)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 6 }), (x, digits) => {
        const text = x.toFixed(digits);
        expect(parseNumber(text)).toBe(Number(text) === 0 ? 0 : Number(text));
      }),
      { numRuns: 2000 },
    );
  });
});
