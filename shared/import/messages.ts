/**
 * Every user-facing text of the import, in Russian and English. Texts with
 * parameters are functions so a translation can reorder them.
 *
 * @example
 * importMessages('ru').badDate('31.02.2024'); // "нераспознанная дата '31.02.2024'"
 */
import type { Role } from './roles.js';

export type ImportLang = 'ru' | 'en';

/** A column as the user sees it: 1-based number and header text. */
export type ColumnRef = { number: number; header: string };

const column = ({ number, header }: ColumnRef): string => `${number} '${header}'`;

export type ImportMessages = {
  roleNames: Record<Role, string>;
  emptyClient: string;
  undecodableClient: (value: string) => string;
  emptyDate: string;
  badDate: (value: string) => string;
  dateOutOfRange: (value: string) => string;
  emptyAmount: string;
  badAmount: (value: string) => string;
  badNumber: (role: string, value: string) => string;
  fieldCount: (expected: number, got: number) => string;
  tooLong: (role: string, value: string) => string;
  tooLarge: (role: string, value: string) => string;
  numberNotDate: (value: string) => string;
  strayQuote: string;
  decimalMarkAssumed: (example: string) => string;
  dateOrderAssumed: (order: 'dmy' | 'mdy') => string;
  unclosedQuote: (line: number) => string;
  emptyFile: string;
  missingColumns: (missing: string[], expected: string[], headers: string[]) => string;
  unknownColumn: (name: string, headers: string[]) => string;
  columnOutOfRange: (index: number, count: number, headers: string[]) => string;
  namedColumnWithoutHeader: (name: string) => string;
  noColumnsWithoutHeader: string;
  /** Two columns that could serve one role: which one is used. */
  ambiguousColumn: (role: string, used: ColumnRef, other: ColumnRef) => string;
  badOptions: (details: string) => string;
};

/** Headers as a message lists them: each cut to 40 characters, at most 30 of them (a 5 MB header line stays a line). */
const quoteList = (items: string[]): string => {
  const shown = items.slice(0, 30).map((item) => `'${item.length > 40 ? `${item.slice(0, 40)}…` : item}'`);
  return shown.join(', ') + (items.length > 30 ? `, … (+${items.length - 30})` : '');
};

const en: ImportMessages = {
  roleNames: {
    client: 'client',
    name: 'client name',
    date: 'date',
    amount: 'amount',
    profit: 'profit',
    quantity: 'quantity',
    email: 'e-mail',
    domain: 'domain',
    kam: 'account manager',
    tags: 'tags',
    potential: 'potential',
  },
  emptyClient: 'empty client',
  undecodableClient: (value) => `client '${value}' holds bytes that are not text in the file's encoding (${'\uFFFD'}): the file mixes encodings? Save it again in one encoding`,
  emptyDate: 'empty date',
  badDate: (value) => `unreadable date '${value}'`,
  dateOutOfRange: (value) => `date '${value}' is outside 1900-2100`,
  emptyAmount: 'empty amount',
  badAmount: (value) => `unreadable amount '${value}'`,
  badNumber: (role, value) => `unreadable ${role} '${value}'`,
  fieldCount: (expected, got) => `wrong number of fields: expected ${expected}, found ${got}`,
  tooLong: (role, value) => `${role} too long to be a value: '${value}'`,
  tooLarge: (role, value) => `${role} too large (over 10^15): '${value}'`,
  numberNotDate: (value) => `'${value}' is a number, not a date (the date column holds calendar dates)`,
  strayQuote: 'a stray quote (") at the start of a field; the line was not used, check it',
  decimalMarkAssumed: (example) =>
    `numbers like '${example}' were read with ',' as the decimal mark (so ${example.replace(',', '.')}): nothing in the first 1,000 rows shows which mark the file uses. If ',' separates thousands there, save the file with ',' as the delimiter or with decimal points.`,
  dateOrderAssumed: (order) =>
    order === 'dmy'
      ? "dates like 03/05/2024 were read day first (3 May): nothing in the first 1,000 rows shows the order. If the file writes the month first, read it month first (in the CLI: --date-order mdy)."
      : 'dates like 03/05/2024 were read month first (5 March).',
  unclosedQuote: (line) =>
    `A quote (") opened on line ${line} is never closed, and the line does not read as a row without it. ` +
    'Nothing was imported: fix the quote on that line (or double it as "") and import again.',
  emptyFile: 'The file is empty: no header row was found.',
  missingColumns: (missing, expected, headers) =>
    `Cannot find the ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}. ` +
    `Expected headers such as: ${expected.join('; ')}. ` +
    `Headers found: ${quoteList(headers)}. Name the columns explicitly if the headers differ.`,
  unknownColumn: (name, headers) => `There is no column '${name}'. Headers found: ${quoteList(headers)}.`,
  columnOutOfRange: (index, count, headers) =>
    `There is no column number ${index}: the file has ${count} column${count === 1 ? '' : 's'}` +
    (headers.length ? ` (${quoteList(headers)}).` : '.'),
  namedColumnWithoutHeader: (name) =>
    `Column '${name}' is named by its header, but the file is read without a header row: give its number instead.`,
  noColumnsWithoutHeader:
    'Without a header row the client, date and amount columns must be given by number, e.g. { client: 1, date: 2, amount: 3 }.',
  ambiguousColumn: (role, used, other) =>
    `columns ${column(used)} and ${column(other)} could both be the ${role}: column ${column(used)} is used; name the column to use the other`,
  badOptions: (details) => `Invalid import options: ${details}`,
};

const ru: ImportMessages = {
  roleNames: {
    client: 'клиент',
    name: 'наименование клиента',
    date: 'дата',
    amount: 'сумма',
    profit: 'прибыль',
    quantity: 'количество',
    email: 'e-mail',
    domain: 'домен',
    kam: 'менеджер',
    tags: 'теги',
    potential: 'потенциал',
  },
  emptyClient: 'не указан клиент',
  undecodableClient: (value) => `клиент '${value}' содержит байты, которые не читаются в кодировке файла (${'\uFFFD'}): в файле смешаны кодировки? Пересохраните его в одной кодировке`,
  emptyDate: 'не указана дата',
  badDate: (value) => `нераспознанная дата '${value}'`,
  dateOutOfRange: (value) => `дата '${value}' вне 1900–2100 гг.`,
  emptyAmount: 'не указана сумма',
  badAmount: (value) => `нераспознанная сумма '${value}'`,
  badNumber: (role, value) => `нераспознанное значение «${role}» '${value}'`,
  fieldCount: (expected, got) => `неверное число полей: ожидалось ${expected}, найдено ${got}`,
  tooLong: (role, value) => `слишком длинное значение «${role}»: '${value}'`,
  tooLarge: (role, value) => `слишком большое значение «${role}» (больше 10^15): '${value}'`,
  numberNotDate: (value) => `'${value}' — число, а не дата (в столбце даты — календарные даты)`,
  strayQuote: 'лишняя кавычка (") в начале поля; строка не использована, проверьте её',
  decimalMarkAssumed: (example) =>
    `числа вроде '${example}' прочитаны с запятой как десятичным знаком (${example.replace(',', '.')}): по первым 1000 строкам не видно, какой знак в файле. Если запятая там разделяет тысячи, сохраните файл с разделителем «,» или с десятичной точкой.`,
  dateOrderAssumed: (order) =>
    order === 'dmy'
      ? 'даты вроде 03/05/2024 прочитаны как день/месяц (3 мая): по первым 1000 строкам порядок не виден. Если в файле сначала месяц, читайте его как месяц/день (в командной строке: --date-order mdy).'
      : 'даты вроде 03/05/2024 прочитаны как месяц/день (5 марта).',
  unclosedQuote: (line) =>
    `Кавычка ("), открытая в строке ${line}, нигде не закрыта, и без неё строка не читается. ` +
    'Ничего не импортировано: исправьте кавычку в этой строке (или удвойте её: "") и импортируйте снова.',
  emptyFile: 'Файл пуст: не найдена строка заголовков.',
  missingColumns: (missing, expected, headers) =>
    `Не найден${missing.length > 1 ? 'ы столбцы' : ' столбец'}: ${missing.join(', ')}. ` +
    `Ожидались заголовки вроде: ${expected.join('; ')}. ` +
    `Найденные заголовки: ${quoteList(headers)}. Если заголовки другие, укажите столбцы явно.`,
  unknownColumn: (name, headers) => `Нет столбца '${name}'. Найденные заголовки: ${quoteList(headers)}.`,
  columnOutOfRange: (index, count, headers) =>
    `Нет столбца номер ${index}: в файле столбцов: ${count}` + (headers.length ? ` (${quoteList(headers)}).` : '.'),
  namedColumnWithoutHeader: (name) =>
    `Столбец '${name}' указан по заголовку, но файл читается без строки заголовков: укажите его номер.`,
  noColumnsWithoutHeader:
    'Без строки заголовков столбцы клиента, даты и суммы нужно указать номерами, например { client: 1, date: 2, amount: 3 }.',
  ambiguousColumn: (role, used, other) =>
    `столбцы ${column(used)} и ${column(other)} оба подходят как «${role}»: используется столбец ${column(used)}; чтобы взять другой, укажите столбец явно`,
  badOptions: (details) => `Неверные параметры импорта: ${details}`,
};

const catalogue: Record<ImportLang, ImportMessages> = { en, ru };

export function importMessages(lang: ImportLang): ImportMessages {
  return catalogue[lang];
}
