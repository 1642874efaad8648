/**
 * Texts of the BigQuery path of the Sheets add-on, Russian and English: the
 * menu item, the sidebar, progress and errors.
 *
 * @example
 * bigQueryMessages('ru').menuItem; // 'Сегментировать таблицу BigQuery…'
 */
import { formatAmount } from '../../shared/format.js';
import type { Lang } from '../../shared/options.js';

const en = {
  menuItem: 'Segment a BigQuery table…',
  title: 'Segment a BigQuery table',
  intro: 'The query runs in BigQuery; only one row per client comes into the sheet.',
  project: 'Project that runs and pays for the query',
  table: 'Table (dataset.table)',
  columns: 'Column names in the table',
  client: 'Client',
  date: 'Date',
  amount: 'Amount',
  profit: 'Profit (optional)',
  quantity: 'Quantity (optional)',
  measure: 'ABC by',
  period: 'XYZ period',
  from: 'From (optional)',
  to: 'To (optional)',
  abc: 'ABC thresholds, %',
  xyz: 'XYZ thresholds, %',
  maxGigabytes: 'Maximum billed, GB',
  maxHint: 'BigQuery bills on-demand queries by bytes read; the query stops instead of costing more.',
  estimate: 'Estimate cost',
  run: 'Run in BigQuery',
  retry: 'Continue',
  estimateResult: (bytes: number) => `The query will read ${formatBytes(bytes, 'en')}.`,
  overCap: (bytes: number, cap: number) => `That is above your cap of ${cap} GB: raise it or narrow the window.`,
  noService: 'This copy of the add-on was built without BigQuery. Install the BigQuery build (npm run build:sheets -- --bigquery).',
  noRun: 'This run is no longer known (its state expired). Start it again.',
  waiting: (seconds: number) => `BigQuery is running the query… (${seconds} s)`,
  writing: (written: number, total: number) => `Writing clients into “Segments”: ${formatAmount(written, 'en')} of ${formatAmount(total, 'en')}`,
  matrix: 'Writing the “ABC-XYZ” sheet…',
  done: (clients: number) => `${formatAmount(clients, 'en')} clients segmented in BigQuery.`,
  tooMany: (clients: number) => `${formatAmount(clients, 'en')} clients do not fit in a sheet (10 million cells). Use kam sql and keep the result in BigQuery.`,
  failed: (message: string) => `BigQuery stopped: ${message}. The rows written so far are kept; Continue resumes from there.`,
  needColumn: (role: string) => `Name the ${role} column for this measure.`,
  tableNeedsDataset: (table: string) => `Name the table with its dataset: dataset.${table} (or project.dataset.${table}).`,
};

type BigQueryMessages = typeof en;

const ru: BigQueryMessages = {
  menuItem: 'Сегментировать таблицу BigQuery…',
  title: 'Сегментация таблицы BigQuery',
  intro: 'Запрос выполняется в BigQuery; в таблицу приходит только по строке на клиента.',
  project: 'Проект, который выполняет и оплачивает запрос',
  table: 'Таблица (dataset.table)',
  columns: 'Имена столбцов в таблице',
  client: 'Клиент',
  date: 'Дата',
  amount: 'Сумма',
  profit: 'Прибыль (необязательно)',
  quantity: 'Количество (необязательно)',
  measure: 'ABC по',
  period: 'Период XYZ',
  from: 'С (необязательно)',
  to: 'По (необязательно)',
  abc: 'Пороги ABC, %',
  xyz: 'Пороги XYZ, %',
  maxGigabytes: 'Не больше, ГБ к оплате',
  maxHint: 'BigQuery берёт плату за запросы по объёму прочитанных данных; запрос остановится, а не превысит предел.',
  estimate: 'Оценить стоимость',
  run: 'Запустить в BigQuery',
  retry: 'Продолжить',
  estimateResult: (bytes) => `Запрос прочитает ${formatBytes(bytes, 'ru')}.`,
  overCap: (bytes, cap) => `Это больше вашего предела ${cap} ГБ: увеличьте его или сузьте окно.`,
  noService: 'Эта копия дополнения собрана без BigQuery. Установите сборку с BigQuery (npm run build:sheets -- --bigquery).',
  noRun: 'Этот запуск больше не известен (его состояние устарело). Запустите заново.',
  waiting: (seconds) => `BigQuery выполняет запрос… (${seconds} с)`,
  writing: (written, total) => `Запись клиентов в «Segments»: ${formatAmount(written, 'ru')} из ${formatAmount(total, 'ru')}`,
  matrix: 'Запись листа «ABC-XYZ»…',
  done: (clients) => `Сегментировано клиентов в BigQuery: ${formatAmount(clients, 'ru')}.`,
  tooMany: (clients) => `Клиентов ${formatAmount(clients, 'ru')} — столько не помещается в таблицу (10 млн ячеек). Используйте kam sql и оставьте результат в BigQuery.`,
  failed: (message) => `BigQuery остановился: ${message}. Записанные строки сохранены; «Продолжить» продолжит с этого места.`,
  needColumn: (role) => `Для этого показателя укажите столбец «${role}».`,
  tableNeedsDataset: (table) => `Укажите таблицу вместе с набором данных: dataset.${table} (или project.dataset.${table}).`,
};

export function formatBytes(bytes: number, lang: Lang): string {
  const units = lang === 'ru' ? ['Б', 'КБ', 'МБ', 'ГБ', 'ТБ'] : ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${formatAmount(value, lang, unit === 0 ? 0 : 1)} ${units[unit]}`;
}

const catalogue: Record<Lang, BigQueryMessages> = { en, ru };

export function bigQueryMessages(lang: Lang): BigQueryMessages {
  return catalogue[lang];
}

export type { BigQueryMessages };
