import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settleDateOrder } from '../../shared/import/date-order.js';
import { excelSerialToIso, parseDate } from '../../shared/import/dates.js';

describe('parseDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T10:00', '2024-03-05'],
    ['2024-03-05T10:00:00.000Z', '2024-03-05'],
    ['2024-03-05 10:00:00', '2024-03-05'],
    ['2024-03-05T23:30:00+03:00', '2024-03-05'],
    ['2024-3-5', '2024-03-05'],
    ['2024/03/05', '2024-03-05'],
    ['2024.03.05', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['5.3.2024', '2024-03-05'],
    ['05.03.2024 14:15', '2024-03-05'],
    ['05.03.2024 9:05:07', '2024-03-05'],
    ['05.03.24', '2024-03-05'],
    ['05/03/24', '2024-03-05'],
    ['05/03/2024', '2024-03-05'],
    ['05-03-2024', '2024-03-05'],
    ['31/12/99', '1999-12-31'],
    ['01.01.70', '1970-01-01'],
    ['31.12.69', '2069-12-31'],
    ['01.01.00', '2000-01-01'],
    ['19970101', '1997-01-01'],
    ['20240229', '2024-02-29'],
    ['45000', '2023-03-15'],
    ['45000.75', '2023-03-15'],
    ['45000,5', '2023-03-15'],
    ['61', '1900-03-01'],
    ['59', '1900-02-28'],
    ['1', '1900-01-01'],
    ['73415', '2100-12-31'],
    ['  05.03.2024  ', '2024-03-05'],
    ['29.02.2024', '2024-02-29'],
    ['29.02.2000', '2000-02-29'],
  ])('%j is %s (day first)', (text, iso) => {
    expect(parseDate(text, 'dmy')).toBe(iso);
  });

  it.each([
    ['03/05/2024', '2024-03-05'],
    ['03/05/24', '2024-03-05'],
    ['12/31/1999', '1999-12-31'],
    ['3/5/2024 9:05 PM', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    ['19970101', '1997-01-01'],
  ])('%j is %s (month first)', (text, iso) => {
    expect(parseDate(text, 'mdy')).toBe(iso);
  });

  it.each([
    '',
    '   ',
    'завтра',
    '31.02.2024',
    '29.02.2023',
    '29.02.1900',
    '2024-13-01',
    '2024-00-10',
    '2024-02-30',
    '00.01.2024',
    '32.01.2024',
    '13/13/2024',
    '05.03.224',
    '05.03.2024 25 o\'clock',
    '2024-03-05X10:00',
    '05/03',
    '20241301',
    '0',
    '60',
    '2958466',
    '-5',
    '05.03-2024',
  ])('%j is not a date', (text) => {
    expect(parseDate(text, 'dmy')).toBeNull();
  });

  it('reads Excel serials given as JS numbers', () => {
    expect(parseDate(45000)).toBe('2023-03-15');
    expect(parseDate(45000.999)).toBe('2023-03-15');
    expect(parseDate(60)).toBeNull();
    expect(parseDate(Number.NaN)).toBeNull();
  });

  it('reads the day first by default', () => {
    expect(parseDate('03/05/2024')).toBe('2024-05-03');
  });
});

const dateArb = fc
  .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day);

const p2 = (n: number): string => String(n).padStart(2, '0');

describe('parseDate properties', () => {
  it('reads back any valid date written as ISO, dd.mm.yyyy, yyyymmdd, d/m/y or m/d/y', () => {
    fc.assert(
      fc.property(dateArb, fc.constantFrom('', ' 10:00', 'T23:59:59', ' 9:05 PM'), ({ year, month, day }, time) => {
        const iso = `${year}-${p2(month)}-${p2(day)}`;
        expect(parseDate(iso + time, 'dmy')).toBe(iso);
        expect(parseDate(`${p2(day)}.${p2(month)}.${year}${time.replace('T', ' ')}`, 'dmy')).toBe(iso);
        expect(parseDate(`${year}${p2(month)}${p2(day)}`, 'mdy')).toBe(iso);
        expect(parseDate(`${day}/${month}/${year}`, 'dmy')).toBe(iso);
        expect(parseDate(`${month}/${day}/${year}`, 'mdy')).toBe(iso);
        expect(parseDate(`${p2(day)}-${p2(month)}-${year}`, 'dmy')).toBe(iso);
        if (year >= 1970 && year <= 2069) expect(parseDate(`${p2(day)}.${p2(month)}.${p2(year % 100)}`, 'dmy')).toBe(iso);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects day numbers past the end of the month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        expect(parseDate(`${p2(last)}.${p2(month)}.${year}`)).not.toBeNull();
        if (last < 31) expect(parseDate(`${p2(last + 1)}.${p2(month)}.${year}`)).toBeNull();
        if (last < 31) expect(parseDate(`${year}-${p2(month)}-${p2(last + 1)}`)).toBeNull();
      }),
    );
  });

  it('reads back Excel serials from 1900-03-01 on', () => {
    const epoch = Date.UTC(1899, 11, 30);
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 73415 }), (serial) => {
        const iso = new Date(epoch + serial * 86_400_000).toISOString().slice(0, 10);
        expect(excelSerialToIso(serial)).toBe(iso);
        expect(parseDate(String(serial))).toBe(iso);
      }),
    );
  });
});

describe('settleDateOrder', () => {
  it('proves day first from a first field above 12', () => {
    expect(settleDateOrder(['03/01/19', '13/01/19'])).toEqual({ order: 'dmy', assumed: false });
  });

  it('proves month first from a second field above 12', () => {
    expect(settleDateOrder(['03/01/2019', '01/13/2019 10:00'])).toEqual({ order: 'mdy', assumed: false });
  });

  it('assumes day first when slash dates prove nothing', () => {
    expect(settleDateOrder(['03/01/19', '04/02/19'])).toEqual({ order: 'dmy', assumed: true });
    expect(settleDateOrder(['03-01-2019'])).toEqual({ order: 'dmy', assumed: true });
  });

  it('assumes day first when the dates contradict each other', () => {
    expect(settleDateOrder(['13/01/2019', '01/13/2019'])).toEqual({ order: 'dmy', assumed: true });
  });

  it('takes dotted dates as day first without calling it an assumption', () => {
    expect(settleDateOrder(['03.01.2019', '04.02.2019'])).toEqual({ order: 'dmy', assumed: false });
  });

  it('needs no order for dates that carry their own', () => {
    expect(settleDateOrder(['2019-01-03', '20190104', '45000', ''])).toEqual({ order: 'dmy', assumed: false });
  });
});
