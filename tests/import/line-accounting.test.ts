/**
 * What real files did to the import before the reader accounted for every
 * line: a quote that never closes, a lone CR, a 5 MB number, an amount-like
 * date, an overflowing amount. Each case is one test.
 *
 * @example
 * // npx vitest run tests/import/line-accounting.test.ts
 */
import { describe, expect, it } from 'vitest';
import { importTransactions } from '../../shared/import/index.js';
import { thrownImportError } from './thrown.js';

const rows = (count: number, from = 1): string[] =>
  Array.from({ length: count }, (_, i) => `C${(from + i) % 500},2024-${String(((from + i) % 12) + 1).padStart(2, '0')}-15,${(from + i) % 1000}`);

describe('every line accounted for', () => {
  it('a quote opening line 3 of 100,000 rows costs that line only', () => {
    const lines = ['client,date,amount', ...rows(100_000)];
    lines[2] = `"${lines[2]}`;
    const { transactions, report } = importTransactions(lines.join('\n') + '\n');
    expect(report.lines).toEqual({ total: 100_001, header: 1, blank: 0, used: 99_999, rejected: 1 });
    expect(transactions).toHaveLength(99_999);
    expect(report.errors).toEqual([{ line: 3, reason: expect.stringMatching(/stray quote/) }]);
  });

  it('a quote opening mid-file in the date column costs that line only', () => {
    const lines = ['client,date,amount', ...rows(50)];
    lines[20] = lines[20].replace(',2024', ',"2024');
    const { report } = importTransactions(lines.join('\r\n'));
    expect(report.lines).toMatchObject({ total: 51, used: 49, rejected: 1 });
    expect(report.errors[0].line).toBe(21);
  });

  it('a quote that swallows a later quote into the client column is still caught', () => {
    const text = 'client,date,amount\n"C1,2024-01-01,1\nC2,2024-01-02,2\nООО "Ромашка",2024-01-03,3\nC4,2024-01-04,4\n';
    const { transactions, report } = importTransactions(text);
    expect(report.lines).toEqual({ total: 5, header: 1, blank: 0, used: 3, rejected: 1 });
    expect(transactions.map((t) => t.client)).toEqual(['C2', 'ООО "Ромашка"', 'C4']);
  });

  it('fails naming the line when the quote cannot be a stray character', () => {
    const text = 'client,date,amount\nC1,2024-01-01,1\nC2,"2024-01-02\nC3,2024-01-03,3\n';
    const error = thrownImportError(() => importTransactions(text));
    expect(error.message).toMatch(/line 3/);
    expect(thrownImportError(() => importTransactions(text, { lang: 'ru' })).message).toMatch(/строке 3/);
  });

  it('keeps a real multi-line cell in a text column', () => {
    const text = 'client,date,amount,Company Name\nC1,2024-01-01,1,"ООО ""Вектор""\nфилиал"\nC2,2024-01-02,2,x\n';
    const { transactions, report } = importTransactions(text);
    expect(transactions[0].name).toBe('ООО "Вектор"\nфилиал');
    expect(report.lines).toEqual({ total: 4, header: 1, blank: 0, used: 3, rejected: 0 });
  });

  it('reads a lone CR between LF lines as a line break', () => {
    const { transactions, report } = importTransactions('client,date,amount\nC1,2024-01-01,300\rC4,2024-01-02,5\nC5,2024-01-03,6\n');
    expect(transactions.map((t) => [t.client, t.amount])).toEqual([['C1', 300], ['C4', 5], ['C5', 6]]);
    expect(report.lines.total).toBe(4);
  });
});

describe('quotes in text columns', () => {
  it('does not let a stray quote in a name swallow the rows after it', () => {
    const text = 'ИНН;Контрагент;Дата;Сумма\n7701;"Клён;06.01.2024;200\n7702;Лютик;07.01.2024;300\n7703;Дуб";08.01.2024;600\n7704;Ель;09.01.2024;700\n';
    const { transactions, report } = importTransactions(text);
    expect(transactions.map((t) => t.client)).toEqual(['7702', '7703', '7704']);
    expect(report.errors).toEqual([{ line: 2, reason: expect.stringMatching(/stray quote/) }]);
    expect(report.lines).toEqual({ total: 5, header: 1, blank: 0, used: 3, rejected: 1 });
  });

  it('reads a long quoted cell on one line, however long', () => {
    const comment = 'x, '.repeat(40_000);
    const { transactions, report } = importTransactions(`client,date,amount,comment\nC1,2024-01-01,1,"${comment}"\nC2,2024-01-02,2,ok\n`);
    expect(report.rejected).toBe(0);
    expect(transactions).toHaveLength(2);
  });
});

describe('what the first rows cannot settle', () => {
  it('reads quoted "1,234" in a comma file as thousands', () => {
    const { transactions, report } = importTransactions('Customer,Order Date,Sales\nAcme,2024-01-15,"1,234"\nBeta,2024-01-16,"2,500"\nDelta,2024-01-18,980\n');
    expect(transactions.map((t) => t.amount)).toEqual([1234, 2500, 980]);
    expect(report.warnings).toEqual([]);
  });

  it('warns when 1,234 is read as a decimal and when the day/month order is assumed', () => {
    const { transactions, report } = importTransactions('client;date;amount\nA;01/02/2024;1,234\nB;03/04/2024;2\n');
    expect(transactions[0]).toMatchObject({ date: '2024-02-01', amount: 1.234 });
    expect(report.warnings).toEqual([expect.stringMatching(/'1,234' were read with ','/), expect.stringMatching(/read day first/)]);
  });

  it('rejects clients whose bytes do not decode, instead of merging them', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('client;date;amount\nООО Альфа;01.01.2024;100\n'), 0xc8, 0xcf, 0x20, 0xa8, 0xe6, ...new TextEncoder().encode(';02.01.2024;300\n'), 0xc8, 0xcf, 0x20, 0xd3, 0xe6, ...new TextEncoder().encode(';03.01.2024;50\n')]);
    const { transactions, report } = importTransactions(bytes);
    expect(transactions.map((t) => t.client)).toEqual(['ООО Альфа']);
    expect(report.errors.map((e) => e.line)).toEqual([3, 4]);
  });
});

describe('implausible values', () => {
  it('rejects a 40,000-digit amount at once, echoing 40 characters', () => {
    const start = performance.now();
    const { report } = importTransactions(`client,date,amount\nC1,2024-01-01,${'1'.repeat(40_000)}\nC2,2024-01-01,5\n`);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(report.used).toBe(1);
    expect(report.errors[0].reason).toBe(`amount too long to be a value: '${'1'.repeat(40)}…'`);
  });

  it('reads a 5 MB cell in linear time', () => {
    const start = performance.now();
    const { report } = importTransactions(`client,date,amount\nC1,2024-01-01,${'12345.'.repeat(900_000)}\n`);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(report.rejected).toBe(1);
    expect(report.errors[0].reason.length).toBeLessThan(100);
  });

  it('rejects an amount-like 1 in a column of calendar dates', () => {
    const { transactions, report } = importTransactions('client,date,amount\nC1,2024-01-01,10\nC2,1,20\nC3,2024-02-01,30\n');
    expect(transactions).toHaveLength(2);
    expect(report.serialDates).toBe(false);
    expect(report.errors).toEqual([{ line: 3, reason: "'1' is a number, not a date (the date column holds calendar dates)" }]);
  });

  it('reads a column of Excel serial numbers as dates', () => {
    const { transactions, report } = importTransactions('client,date,amount\nC1,45000,10\nC2,45001.5,20\n');
    expect(report.serialDates).toBe(true);
    expect(transactions.map((t) => t.date)).toEqual(['2023-03-15', '2023-03-16']);
  });

  it('rejects dates outside 1900-2100 with their line', () => {
    const { transactions, report } = importTransactions('client,date,amount\nC1,0001-01-01,1\nC2,31.12.9999,2\nC3,1899-12-31,3\nC4,2100-12-31,4\nC5,1900-01-01,5\n');
    expect(transactions.map((t) => t.client)).toEqual(['C4', 'C5']);
    expect(report.errors).toEqual([
      { line: 2, reason: "date '0001-01-01' is outside 1900-2100" },
      { line: 3, reason: "date '31.12.9999' is outside 1900-2100" },
      { line: 4, reason: "date '1899-12-31' is outside 1900-2100" },
    ]);
  });

  it('rejects amounts that could overflow a total, at the 1e15 boundary', () => {
    const { transactions, report } = importTransactions('client,date,amount\nC1,2024-01-01,1e308\nC1,2024-01-02,1e308\nC2,2024-01-01,1000000000000000\nC3,2024-01-01,1000000000000001\n');
    expect(transactions.map((t) => t.client)).toEqual(['C2']);
    expect(report.errors.map((e) => e.line)).toEqual([2, 3, 5]);
    expect(report.errors[0].reason).toBe("amount too large (over 10^15): '1e308'");
  });
});
