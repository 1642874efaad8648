import { describe, expect, it } from 'vitest';
import { thrownImportError as thrown } from './thrown.js';
import { findColumns, normalizeHeader } from '../../shared/import/columns.js';
import { ImportError } from '../../shared/import/import-error.js';

const SUPERSTORE = 'Row ID,Order ID,Order Date,Ship Date,Ship Mode,Customer ID,Customer Name,Segment,Country/Region,City,State/Province,Postal Code,Region,Product ID,Category,Sub-Category,Product Name,Sales,Quantity,Discount,Profit'.split(',');

/** The mapping as role -> header text, easier to read than indexes. */
function named(headers: string[], choice = {}, lang: 'en' | 'ru' = 'en'): Record<string, string> {
  const map = findColumns(headers, choice, lang);
  return Object.fromEntries(Object.entries(map).map(([role, index]) => [role, headers[index!]]));
}


describe('normalizeHeader', () => {
  it('ignores case, BOM, quotes, underscores, ё and extra spaces', () => {
    expect(normalizeHeader('\uFEFF"Customer_ID"')).toBe('customer id');
    expect(normalizeHeader('  Сумма   с\u00a0НДС: ')).toBe('сумма с ндс');
    expect(normalizeHeader('«Счёт»')).toBe('счет');
  });
});

describe('findColumns', () => {
  it('maps the superstore headers, leaving Ship Date and Segment alone', () => {
    expect(named(SUPERSTORE)).toEqual({
      client: 'Customer ID',
      name: 'Customer Name',
      date: 'Order Date',
      amount: 'Sales',
      profit: 'Profit',
      quantity: 'Quantity',
    });
  });

  it('maps the CDNOW headers', () => {
    expect(named(['customer_id', 'date', 'number_of_cds', 'dollar_value'])).toEqual({
      client: 'customer_id',
      date: 'date',
      quantity: 'number_of_cds',
      amount: 'dollar_value',
    });
  });

  it('uses a lone client name as the client', () => {
    expect(named(['Контрагент', 'Дата', 'Сумма'])).toEqual({ client: 'Контрагент', date: 'Дата', amount: 'Сумма' });
    expect(named(['Наименование', 'Дата', 'Сумма'])).toEqual({ client: 'Наименование', date: 'Дата', amount: 'Сумма' });
  });

  it('prefers an id for the client and keeps the name as the name', () => {
    expect(named(['Контрагент', 'ИНН', 'Дата', 'Сумма'])).toEqual({ client: 'ИНН', name: 'Контрагент', date: 'Дата', amount: 'Сумма' });
    expect(named(['Клиент', 'Код клиента', 'Дата', 'Сумма'])).toEqual({ client: 'Код клиента', name: 'Клиент', date: 'Дата', amount: 'Сумма' });
    expect(named(['Клиент', 'ИНН клиента', 'Дата', 'Сумма'])).toEqual({ client: 'ИНН клиента', name: 'Клиент', date: 'Дата', amount: 'Сумма' });
    expect(named(['Client', 'Client Name', 'Date', 'Amount'])).toEqual({ client: 'Client', name: 'Client Name', date: 'Date', amount: 'Amount' });
  });

  it('prefers an exact match to a loose one, and an earlier alias to a later one', () => {
    expect(named(['Дата отгрузки', 'Дата', 'Клиент', 'Сумма'])).toMatchObject({ date: 'Дата' });
    expect(named(['Дата заказа', 'Дата отгрузки', 'Клиент', 'Сумма'])).toMatchObject({ date: 'Дата отгрузки' });
    expect(named(['Сумма НДС', 'Сумма без НДС', 'Клиент', 'Дата'])).toMatchObject({ amount: 'Сумма без НДС' });
    expect(named(['Дата создания записи', 'Клиент', 'Выручка, руб.'])).toMatchObject({ date: 'Дата создания записи', amount: 'Выручка, руб.' });
  });

  it('finds the optional columns', () => {
    expect(
      named(['Клиент', 'Дата', 'Сумма', 'Прибыль', 'Кол-во', 'E-mail', 'Сайт', 'Менеджер', 'Теги', 'Потенциал']),
    ).toEqual({
      client: 'Клиент',
      date: 'Дата',
      amount: 'Сумма',
      profit: 'Прибыль',
      quantity: 'Кол-во',
      email: 'E-mail',
      domain: 'Сайт',
      kam: 'Менеджер',
      tags: 'Теги',
      potential: 'Потенциал',
    });
    expect(named(['Account ID', 'Account Name', 'Invoice Date', 'Net Sales', 'Account Manager', 'Labels'])).toEqual({
      client: 'Account ID',
      name: 'Account Name',
      date: 'Invoice Date',
      amount: 'Net Sales',
      kam: 'Account Manager',
      tags: 'Labels',
    });
  });

  it('never takes a product column for the client name', () => {
    expect(named(['Контрагент', 'Наименование товара', 'Дата', 'Сумма'])).toEqual({ client: 'Контрагент', date: 'Дата', amount: 'Сумма' });
  });

  it('takes columns named by header text or by number', () => {
    const headers = ['Покупатель', 'ИНН покупателя', 'Дата', 'Сумма', 'Сумма с НДС'];
    expect(named(headers, { client: 'инн  покупателя', amount: 5 })).toMatchObject({ client: 'ИНН покупателя', amount: 'Сумма с НДС' });
    expect(named(headers, { client: 1 })).toMatchObject({ client: 'Покупатель', amount: 'Сумма' });
  });

  it('names a column that does not exist, with the headers found', () => {
    const error = thrown(() => findColumns(['Клиент', 'Дата', 'Сумма'], { client: 'ИНН' }, 'en'));
    expect(error.message).toContain("'ИНН'");
    expect(error.message).toContain("'Клиент', 'Дата', 'Сумма'");
    const tooFar = thrown(() => findColumns(['Клиент', 'Дата', 'Сумма'], { amount: 4 }, 'ru'));
    expect(tooFar.message).toContain('4');
    expect(tooFar.message).toContain('столбцов: 3');
  });

  it('lists what is missing, what was expected and what was found', () => {
    const error = thrown(() => findColumns(['Foo', 'Bar', 'Order Date'], {}, 'en'));
    expect(error.message).toMatch(/client, amount/);
    expect(error.message).not.toMatch(/Cannot find the [^.]*date/);
    expect(error.message).toContain('Customer ID');
    expect(error.message).toContain('Sales');
    expect(error.message).toContain("'Foo', 'Bar', 'Order Date'");
    const ru = thrown(() => findColumns(['Foo'], {}, 'ru'));
    expect(ru.message).toMatch(/^Не найдены столбцы: клиент, дата, сумма/);
  });

  it('needs numbers, not names, without a header row', () => {
    const labels = ['#1', '#2', '#3'];
    expect(findColumns(labels, { client: 1, date: 2, amount: 3 }, 'en', false)).toEqual({ client: 0, date: 1, amount: 2 });
    expect(thrown(() => findColumns(labels, { client: 'Клиент' }, 'en', false)).message).toContain('number');
    expect(thrown(() => findColumns(labels, { client: 1 }, 'en', false)).message).toContain('by number');
  });
});
