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

const quoteList = (items: string[]): string => items.map((item) => `'${item}'`).join(', ');

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
