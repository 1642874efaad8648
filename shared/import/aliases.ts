/**
 * Header texts that identify each column role, in Russian and English, in
 * order of preference: when several headers match a role, the one matching
 * the earlier alias wins. Matching ignores case, `_`, extra spaces and quotes
 * (see columns.ts).
 *
 * `client` is split in two groups because a file often carries both a client
 * id and a client name: the id wins the client role and the name-like header
 * then serves as the name.
 *
 * @example
 * CLIENT_ID_ALIASES.includes('ИНН'); // true
 */
import type { Role } from './roles.js';

/** Headers that hold an identifier of the client: preferred for `client`. */
export const CLIENT_ID_ALIASES = [
  'ИНН',
  'Код клиента',
  'Код контрагента',
  'Customer ID',
  'Client ID',
  'Account ID',
  'Customer Code',
  'Client Code',
];

/** Headers that name the client: the client when there is no id, else the name. */
export const CLIENT_NAME_LIKE_ALIASES = [
  'Клиент',
  'Контрагент',
  'Покупатель',
  'Заказчик',
  'Customer',
  'Client',
  'Account',
];

export const ROLE_ALIASES: Record<Role, readonly string[]> = {
  client: [...CLIENT_ID_ALIASES, ...CLIENT_NAME_LIKE_ALIASES],
  name: [
    'Наименование клиента',
    'Название клиента',
    'Клиент (наименование)',
    'Наименование',
    'Название',
    'Customer Name',
    'Client Name',
    'Company Name',
    'Account Name',
    'Company',
  ],
  date: [
    'Дата',
    'Дата отгрузки',
    'Дата заказа',
    'Дата документа',
    'Дата продажи',
    'Период',
    'Date',
    'Order Date',
    'Invoice Date',
    'Transaction Date',
    'Sale Date',
  ],
  amount: [
    'Сумма',
    'Выручка',
    'Сумма продаж',
    'Сумма с НДС',
    'Сумма без НДС',
    'Оборот',
    'Sales',
    'Amount',
    'Revenue',
    'Total',
    'Dollar Value',
    'Value',
    'Net Sales',
  ],
  profit: ['Прибыль', 'Маржа', 'Валовая прибыль', 'Маржинальная прибыль', 'Profit', 'Margin', 'Gross Profit'],
  quantity: ['Количество', 'Кол-во', 'Qty', 'Quantity', 'Units', 'Number of CDs'],
  email: ['E-mail', 'Email', 'Почта', 'Эл. почта', 'Электронная почта', 'Contact Email'],
  domain: ['Домен', 'Сайт', 'Domain', 'Website'],
  kam: ['Менеджер', 'КАМ', 'KAM', 'Ответственный', 'Owner', 'Account Manager', 'Sales Rep', 'Manager'],
  tags: ['Теги', 'Метки', 'Tags', 'Labels'],
  potential: ['Потенциал', 'Potential'],
};

/**
 * The segments table's own headers (see segmentColumns in
 * ../segments-table.ts), matched exactly only, so that a table written by
 * `kam segment --out` reads back as itself: `name` is the client's name,
 * `emails` and `domains` its e-mails and domains. (`client`, `kam` and
 * `total` are aliases above already.) Loosely, `name` would take `Sales Rep
 * Name` or `File name` for the client's name.
 */
export const EXACT_ONLY_ALIASES: Partial<Record<Role, readonly string[]>> = {
  name: ['name'],
  email: ['emails'],
  domain: ['domains'],
};

/**
 * Words that mark a product column ("Наименование товара", "Product Name"):
 * a loose (contains) match must not take it for the client or its name.
 */
export const PRODUCT_WORDS = ['товар', 'номенклатур', 'продукц', 'продукт', 'артикул', 'product', 'item', 'sku'];
