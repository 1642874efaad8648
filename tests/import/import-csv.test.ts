import { describe, expect, it } from 'vitest';
import { thrownImportError as importError } from './thrown.js';
import { ImportError, importTransactions } from '../../shared/import/index.js';
import { TransactionSchema } from '../../shared/transaction.js';
import { encodeCp1251 } from './cp1251.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);


describe('importTransactions', () => {
  it('reads a Russian Windows-1251 export with ; and decimal commas', () => {
    const file = [
      'Клиент;Дата;Сумма;Прибыль',
      'ООО "Ромашка";05.03.2024;1 234,56;100,5',
      '"ООО ""Лютик""";06.03.2024;"2\u00a0000,00";(12,30)',
      'ИП Ёжиков;07.03.2024;10;',
    ].join('\r\n');
    const { transactions, report } = importTransactions(encodeCp1251(file));
    expect(transactions).toEqual([
      { client: 'ООО "Ромашка"', date: '2024-03-05', amount: 1234.56, profit: 100.5 },
      { client: 'ООО "Лютик"', date: '2024-03-06', amount: 2000, profit: -12.3 },
      { client: 'ИП Ёжиков', date: '2024-03-07', amount: 10 },
    ]);
    expect(report).toMatchObject({
      encoding: 'windows-1251',
      delimiter: ';',
      columns: { client: 'Клиент', date: 'Дата', amount: 'Сумма', profit: 'Прибыль' },
      dateOrder: 'dmy',
      dateOrderAssumed: false,
      read: 3,
      used: 3,
      rejected: 0,
      errors: [],
    });
    for (const t of transactions) expect(TransactionSchema.parse(t)).toEqual(t);
  });

  it('reads UTF-8 with a BOM, and text input', () => {
    const file = '\uFEFFClient,Date,Amount\nAcme,2024-03-05,10\n';
    const fromBytes = importTransactions(utf8(file));
    expect(fromBytes.transactions).toEqual([{ client: 'Acme', date: '2024-03-05', amount: 10 }]);
    expect(fromBytes.report.encoding).toBe('utf-8');
    expect(fromBytes.report.columns.client).toBe('Client');
    const fromText = importTransactions(file);
    expect(fromText.transactions).toEqual(fromBytes.transactions);
    expect(fromText.report.encoding).toBe('string');
  });

  it('reads tab-separated files', () => {
    const { transactions, report } = importTransactions('Customer\tOrder Date\tSales\nA, Inc.\t03/15/2024\t1,234.50\n');
    expect(report.delimiter).toBe('\t');
    expect(report.dateOrder).toBe('mdy');
    expect(transactions).toEqual([{ client: 'A, Inc.', date: '2024-03-15', amount: 1234.5 }]);
  });

  it('reads whitespace-separated files and keeps ids as text', () => {
    const file = ' customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1  11.77\r\n 00002 19970112  2  12.00\r\n';
    const { transactions, report } = importTransactions(file);
    expect(report.delimiter).toBe('whitespace');
    expect(transactions).toEqual([
      { client: '00001', date: '1997-01-01', amount: 11.77, quantity: 1 },
      { client: '00002', date: '1997-01-12', amount: 12, quantity: 2 },
    ]);
  });

  it('counts physical lines across quoted line breaks when reporting bad rows', () => {
    const file = [
      'Client,Date,Amount,Note', // 1
      'A,2024-01-01,5,"two', // 2
      'lines"', // 3
      'B,2024-99-01,5,x', // 4: bad date
      '', // 5: blank, not a row
      'C,2024-01-02,"1,5",fine', // 6: amount 1.5 (decimal comma)
      ',2024-01-03,5,"a ""quoted""', // 7: empty client, note spans 7-9
      '', // 8
      'note"', // 9
      'D,2024-01-04,lots,x', // 10: bad amount
      'E,2024-01-05,7', // 11: too few fields
      'F,2024-01-06,8,y,z', // 12: too many
      'G,2024-01-07,9,"z\r\nz"', // 13-14 (a CRLF inside the field)
      'H,,9,x', // 15: empty date
      'I,2024-01-08,,x', // 16: empty amount
    ].join('\n');
    const { transactions, report } = importTransactions(file);
    expect(transactions.map((t) => t.client)).toEqual(['A', 'C', 'G']);
    expect(transactions[1].amount).toBe(1.5);
    expect(report.errors).toEqual([
      { line: 4, reason: "unreadable date '2024-99-01'" },
      { line: 7, reason: 'empty client' },
      { line: 10, reason: "unreadable amount 'lots'" },
      { line: 11, reason: 'wrong number of fields: expected 4, found 3' },
      { line: 12, reason: 'wrong number of fields: expected 4, found 5' },
      { line: 15, reason: 'empty date' },
      { line: 16, reason: 'empty amount' },
    ]);
    expect(report).toMatchObject({ read: 10, used: 3, rejected: 7 });
    expect(report.read).toBe(report.used + report.rejected);
  });

  it('gives the reasons in Russian', () => {
    const { report } = importTransactions('Клиент;Дата;Сумма\n;05.03.2024;1\nА;31.02.2024;1\nБ;05.03.2024;много\n', { lang: 'ru' });
    expect(report.errors).toEqual([
      { line: 2, reason: 'не указан клиент' },
      { line: 3, reason: "нераспознанная дата '31.02.2024'" },
      { line: 4, reason: "нераспознанная сумма 'много'" },
    ]);
  });

  it('rejects a row with an unreadable optional number', () => {
    const { report } = importTransactions('Client,Date,Amount,Profit\nA,2024-01-01,1,abc\n');
    expect(report.errors).toEqual([{ line: 2, reason: "unreadable profit 'abc'" }]);
  });

  it('reports a stray quote on its line and reads on', () => {
    const { transactions, report } = importTransactions('Client,Date,Amount\nA,2024-01-01,1\n"B,2024-01-02,2\nC,2024-01-03,3\n');
    expect(transactions).toEqual([
      { client: 'A', date: '2024-01-01', amount: 1 },
      { client: 'C', date: '2024-01-03', amount: 3 },
    ]);
    expect(report.errors).toEqual([{ line: 3, reason: 'a stray quote (") at the start of a field; the line was not used, check it' }]);
    expect(report.lines).toEqual({ total: 4, header: 1, blank: 0, used: 2, rejected: 1 });
  });

  it('lists at most maxErrors errors but counts them all', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `c${i},bad,1`);
    const { report } = importTransactions(['Client,Date,Amount', ...rows].join('\n'), { maxErrors: 5 });
    expect(report.errors).toHaveLength(5);
    expect(report.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6]);
    expect(report).toMatchObject({ read: 30, used: 0, rejected: 30 });
  });

  it('skips blank rows and trailing delimiters, undoes Excel ="..." and splits tags', () => {
    const file = [
      '',
      'Клиент;Дата;Сумма;E-mail;Сайт;Менеджер;Теги;Потенциал;',
      ';;;;;;;;',
      '="00123";2024-03-05;10; a@b.ru ; b.ru ;Иванова;brand, expert;  ;',
      '   ',
      'X;2024-03-06;20;;;;;1 000 000',
    ].join('\n');
    const { transactions, report } = importTransactions(file);
    expect(transactions).toEqual([
      { client: '00123', date: '2024-03-05', amount: 10, email: 'a@b.ru', domain: 'b.ru', kam: 'Иванова', tags: ['brand', 'expert'] },
      { client: 'X', date: '2024-03-06', amount: 20, potential: 1_000_000 },
    ]);
    expect(report).toMatchObject({ read: 2, used: 2, rejected: 0 });
  });

  it('takes columns named explicitly, by header or by number', () => {
    const file = 'Покупатель;Ответственный;ИНН;Дата;Сумма без НДС;Сумма с НДС\nРомашка;Петров;7701;05.03.2024;100;120\n';
    const byName = importTransactions(file, { columns: { client: 'Покупатель', amount: 'Сумма с НДС' } });
    expect(byName.transactions).toEqual([{ client: 'Ромашка', date: '2024-03-05', amount: 120, kam: 'Петров' }]);
    const byIndex = importTransactions(file, { columns: { client: 3, amount: 6, name: 1 } });
    expect(byIndex.transactions).toEqual([{ client: '7701', name: 'Ромашка', date: '2024-03-05', amount: 120, kam: 'Петров' }]);
    expect(byIndex.report.columns).toMatchObject({ client: 'ИНН', amount: 'Сумма с НДС', name: 'Покупатель' });
  });

  it('reads files without a header row when the columns are given by number', () => {
    const { transactions, report } = importTransactions('05.03.2024;Ромашка;1,5\n06.03.2024;Лютик;2\n', {
      header: false,
      columns: { client: 2, date: 1, amount: 3 },
    });
    expect(transactions).toEqual([
      { client: 'Ромашка', date: '2024-03-05', amount: 1.5 },
      { client: 'Лютик', date: '2024-03-06', amount: 2 },
    ]);
    expect(report).toMatchObject({ read: 2, columns: { client: '#2', date: '#1', amount: '#3' } });
  });

  it('fails with one clear message when columns are missing', () => {
    const error = importError(() => importTransactions('Foo;Bar;Дата\n1;2;3\n', { lang: 'ru' }));
    expect(error.message).toMatch(/^Не найдены столбцы: клиент, сумма\./);
    expect(error.message).toContain("'Foo', 'Bar', 'Дата'");
    expect(importError(() => importTransactions('Client,Date,Amount\n', { columns: { client: 'ИНН' } })).message).toContain("There is no column 'ИНН'");
  });

  it('fails on an empty file and on bad options', () => {
    expect(importError(() => importTransactions('')).message).toContain('empty');
    expect(importError(() => importTransactions(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, 0x0a]))).message).toContain('empty');
    expect(importError(() => importTransactions('a', { delimiter: '|' } as never)).message).toContain('delimiter');
    expect(importError(() => importTransactions('a', { colums: {} } as never)).message).toContain('Invalid import options');
  });

  it('reads a header-only file as zero rows', () => {
    expect(importTransactions('Client,Date,Amount\n').report).toMatchObject({ read: 0, used: 0, rejected: 0 });
  });

  it('settles the day/month order from the data, or says it assumed it', () => {
    const dmy = importTransactions('Client,Date,Amount\nA,03/01/2024,1\nB,13/01/2024,1\n');
    expect(dmy.transactions.map((t) => t.date)).toEqual(['2024-01-03', '2024-01-13']);
    expect(dmy.report).toMatchObject({ dateOrder: 'dmy', dateOrderAssumed: false });
    const mdy = importTransactions('Client,Date,Amount\nA,03/01/2024,1\nB,01/13/2024,1\n');
    expect(mdy.transactions.map((t) => t.date)).toEqual(['2024-03-01', '2024-01-13']);
    expect(mdy.report).toMatchObject({ dateOrder: 'mdy', dateOrderAssumed: false });
    const assumed = importTransactions('Client,Date,Amount\nA,03/01/2024,1\n');
    expect(assumed.report).toMatchObject({ dateOrder: 'dmy', dateOrderAssumed: true });
    const forced = importTransactions('Client,Date,Amount\nA,03/01/2024,1\n', { dateOrder: 'mdy' });
    expect(forced.transactions[0].date).toBe('2024-03-01');
    expect(forced.report).toMatchObject({ dateOrder: 'mdy', dateOrderAssumed: false });
  });

  it('settles the date order from the first 1,000 data rows only', () => {
    const ambiguous = Array.from({ length: 999 }, (_, i) => `c${i},03/01/2024,1`);
    const proofInWindow = importTransactions(['Client,Date,Amount', ...ambiguous, 'x,01/13/2024,1'].join('\n'));
    expect(proofInWindow.report).toMatchObject({ dateOrder: 'mdy', dateOrderAssumed: false, used: 1000 });
    const proofTooLate = importTransactions(['Client,Date,Amount', ...ambiguous, 'y,03/01/2024,1', 'x,01/13/2024,1'].join('\n'));
    expect(proofTooLate.report).toMatchObject({ dateOrder: 'dmy', dateOrderAssumed: true, used: 1000, rejected: 1 });
    expect(proofTooLate.report.errors).toEqual([{ line: 1002, reason: "unreadable date '01/13/2024'" }]);
  });

  it('reads 1,234 as thousands when the file writes decimal dots', () => {
    const dot = importTransactions('Client,Date,Amount\nA,2024-01-01,"1,234"\nB,2024-01-01,99.50\n');
    expect(dot.transactions.map((t) => t.amount)).toEqual([1234, 99.5]);
    expect(dot.report.decimalMark).toBe('.');
    const comma = importTransactions('Клиент;Дата;Сумма\nА;01.01.2024;1,234\nБ;01.01.2024;99,5\n');
    expect(comma.transactions.map((t) => t.amount)).toEqual([1.234, 99.5]);
    expect(comma.report.decimalMark).toBe(',');
  });

  it('settles the delimiter of a Russian export despite decimal commas', () => {
    const { report, transactions } = importTransactions('Клиент;Дата;Сумма\nООО "Ромашка";05.03.2024;1 234,56');
    expect(report.delimiter).toBe(';');
    expect(transactions).toEqual([{ client: 'ООО "Ромашка"', date: '2024-03-05', amount: 1234.56 }]);
  });

  it('honours a forced delimiter and encoding', () => {
    const { transactions, report } = importTransactions(encodeCp1251('Клиент,Дата,Сумма\nЯ,01.02.2024,3\n'), {
      delimiter: ',',
      encoding: 'windows-1251',
    });
    expect(transactions).toEqual([{ client: 'Я', date: '2024-02-01', amount: 3 }]);
    expect(report).toMatchObject({ delimiter: ',', encoding: 'windows-1251' });
  });

  it('reads old Mac line endings', () => {
    const { transactions } = importTransactions('Client,Date,Amount\rA,2024-01-01,1\rB,2024-01-02,2');
    expect(transactions.map((t) => t.client)).toEqual(['A', 'B']);
  });
});
