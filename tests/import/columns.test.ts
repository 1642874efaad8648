import { describe, expect, it } from 'vitest';
import { thrownImportError as thrown } from './thrown.js';
import { findColumns, normalizeHeader, resolveColumns } from '../../shared/import/columns.js';
import { segmentColumns } from '../../shared/segments-table.js';
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

describe('the segments table read back', () => {
  it('reads the segments table headers as themselves', () => {
    const map = findColumns([...segmentColumns], {}, 'en', true, ['client']);
    const named = Object.fromEntries(Object.entries(map).map(([role, index]) => [role, segmentColumns[index!]]));
    expect(named).toEqual({ client: 'client', name: 'name', domain: 'domains', email: 'emails', kam: 'kam', amount: 'total' });
    expect(resolveColumns([...segmentColumns], {}, 'ru', true, ['client']).warnings).toEqual([]);
  });

  it('takes a lone `name` as the client, but never a `... Name` column loosely', () => {
    expect(named(['name', 'date', 'amount'])).toEqual({ client: 'name', date: 'date', amount: 'amount' });
    expect(named(['Customer', 'Sales Rep Name', 'Date', 'Amount'])).toEqual({ client: 'Customer', kam: 'Sales Rep Name', date: 'Date', amount: 'Amount' });
  });
});

describe('duplicate and ambiguous headers', () => {
  const warn = (headers: string[], choice = {}, lang: 'en' | 'ru' = 'en') => resolveColumns(headers, choice, lang);

  it('warns about a duplicate amount header, naming both columns and the one used', () => {
    const { map, warnings } = warn(['client', 'date', 'amount', 'amount']);
    expect(map.amount).toBe(2);
    expect(warnings).toEqual(["columns 3 'amount' and 4 'amount' could both be the amount: column 3 'amount' is used; name the column to use the other"]);
  });

  it('warns about a duplicate client header instead of taking the twin as the name', () => {
    const { map, warnings } = warn(['client', 'client', 'date', 'amount']);
    expect(map).toEqual({ client: 0, date: 2, amount: 3 });
    expect(warnings).toEqual(["columns 1 'client' and 2 'client' could both be the client: column 1 'client' is used; name the column to use the other"]);
  });

  it('warns when two different headers could both serve a role, in Russian too', () => {
    const { map, warnings } = warn(['Клиент', 'Дата', 'Сумма', 'Выручка'], {}, 'ru');
    expect(map.amount).toBe(2);
    expect(warnings).toEqual(["столбцы 3 'Сумма' и 4 'Выручка' оба подходят как «сумма»: используется столбец 3 'Сумма'; чтобы взять другой, укажите столбец явно"]);
    expect(warn(['Дата заказа', 'Дата отгрузки', 'Клиент', 'Сумма']).warnings).toEqual([
      "columns 2 'Дата отгрузки' and 1 'Дата заказа' could both be the date: column 2 'Дата отгрузки' is used; name the column to use the other",
    ]);
    expect(warn(['Дата отгрузки', 'Дата', 'Клиент', 'Сумма']).warnings).toHaveLength(1);
  });

  it('warns when a column named by the user has a twin', () => {
    const { map, warnings } = warn(['client', 'date', 'Sum', 'sum'], { amount: 'SUM' });
    expect(map.amount).toBe(2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("column 3 'Sum' is used");
    expect(warnings[0]).toContain("4 'sum'");
  });

  it('stays quiet when each column has one role: real exports, loose losers, client id plus name', () => {
    expect(warn(SUPERSTORE).warnings).toEqual([]);
    expect(warn(['customer_id', 'date', 'number_of_cds', 'dollar_value']).warnings).toEqual([]);
    expect(warn('ИНН;Контрагент;Дата;Сумма;Прибыль;Количество;E-mail;Домен;Менеджер;Теги;Потенциал'.split(';')).warnings).toEqual([]);
    expect(warn(['Клиент', 'Код клиента', 'Дата', 'Сумма']).warnings).toEqual([]);
    expect(warn(['Дата создания записи', 'Дата', 'Клиент', 'Сумма']).warnings).toEqual([]);
    expect(warn(['client', 'date', 'amount'], { client: 1, date: 2, amount: 3 }).warnings).toEqual([]);
  });
});
