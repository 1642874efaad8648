/**
 * The add-on's message catalogue: every text a spreadsheet user reads from
 * the Sheets add-on (function errors, headers, menu, sidebar, the sheets it
 * writes), in Russian and English. Texts with parameters are functions so a
 * translation can reorder them. The core's texts (cell actions, reasons) and
 * the import's role names come from their own catalogues.
 *
 * @example
 * sheetMessages('ru').badNumber('строка 3', '12abc'); // "строка 3: '12abc' — не число"
 * langOfLocale('ru_RU'); // 'ru'
 */
import { formatAmount, formatPercent } from '../shared/format.js';
import type { Lang, Measure, Period } from '../shared/options.js';
import { segmentColumns } from '../shared/segments-table.js';

type SegmentColumn = (typeof segmentColumns)[number];

/** Texts the sidebar's page shows; sent to it with the page (see sidebar-state.ts). */
export type SidebarTexts = Record<keyof typeof sidebarEn, string>;

const sidebarEn = {
  segmentTitle: 'Segment clients',
  shareTitle: 'Share segments',
  sheet: 'Transactions sheet',
  rows: 'data rows',
  refresh: 'Re-read the sheet',
  columns: 'Columns',
  columnsHint: 'Found by header: check them before running.',
  required: 'required',
  moreColumns: 'More columns (optional)',
  none: '— none —',
  settings: 'Settings',
  measure: 'ABC by',
  period: 'XYZ period',
  abc: 'ABC thresholds, cumulative %',
  xyz: 'XYZ thresholds, CV %',
  run: 'Run',
  running: 'Working…',
  done: 'Done',
  openSegments: 'Open “Segments”',
  openMatrix: 'Open “ABC-XYZ”',
  emails: 'Share with (e-mails, one per line or separated by commas)',
  emailsPlaceholder: 'kam1@example.com, kam2@example.com',
  share: 'Create shared copy',
  sharing: 'Copying and sharing…',
  openCopy: 'Open the shared copy',
  csvLink: 'CSV link for the Chrome extension',
  csvHint: 'Paste this link into the extension’s “Subscribe to segments” field. It works for everyone the copy is shared with.',
  copy: 'Copy',
  copied: 'Copied',
  shareIntro: 'Copies the “Segments” sheet into a new spreadsheet that the people below can view.',
  close: 'Close',
  noSegments: 'There is no “Segments” sheet yet: run “Segment clients…” first.',
  noSheet: 'This spreadsheet has no sheet with transactions.',
  found: 'found',
};

const sidebarRu: SidebarTexts = {
  segmentTitle: 'Сегментация клиентов',
  shareTitle: 'Поделиться сегментами',
  sheet: 'Лист с транзакциями',
  rows: 'строк данных',
  refresh: 'Перечитать лист',
  columns: 'Столбцы',
  columnsHint: 'Найдены по заголовкам: проверьте перед запуском.',
  required: 'обязательно',
  moreColumns: 'Другие столбцы (необязательно)',
  none: '— нет —',
  settings: 'Настройки',
  measure: 'ABC по',
  period: 'Период XYZ',
  abc: 'Пороги ABC, накопленный %',
  xyz: 'Пороги XYZ, КВ %',
  run: 'Запустить',
  running: 'Выполняется…',
  done: 'Готово',
  openSegments: 'Открыть «Segments»',
  openMatrix: 'Открыть «ABC-XYZ»',
  emails: 'Открыть доступ (e-mail, по одному в строке или через запятую)',
  emailsPlaceholder: 'kam1@example.com, kam2@example.com',
  share: 'Создать общую копию',
  sharing: 'Копирую и открываю доступ…',
  openCopy: 'Открыть общую копию',
  csvLink: 'CSV-ссылка для расширения Chrome',
  csvHint: 'Вставьте эту ссылку в поле «Подписка на сегменты» расширения. Она работает у всех, кому открыт доступ к копии.',
  copy: 'Копировать',
  copied: 'Скопировано',
  shareIntro: 'Копирует лист «Segments» в новую таблицу, которую смогут просматривать указанные ниже люди.',
  close: 'Закрыть',
  noSegments: 'Листа «Segments» ещё нет: сначала запустите «Сегментировать клиентов…».',
  noSheet: 'В таблице нет листа с транзакциями.',
  found: 'найден',
};

const percent = (fraction: number, lang: Lang) => formatPercent(fraction, lang, fraction * 100 === Math.round(fraction * 100) ? 0 : 1);
const list = (items: readonly string[]) => items.join(', ');

const en = {
  menu: { title: 'KAM', segment: 'Segment clients…', share: 'Share segments…' },
  sidebar: sidebarEn,
  measures: { revenue: 'revenue', profit: 'profit', quantity: 'quantity' } satisfies Record<Measure, string>,
  periods: { month: 'month', week: 'week', quarter: 'quarter' } satisfies Record<Period, string>,
  /** The header of =ABCXYZ's result, in its column order. */
  abcxyzHeader: ['Client', 'Total', 'Share', 'Cumulative share', 'ABC', 'CV', 'XYZ', 'Segment'],
  row: (n: number) => `row ${n}`,
  missingArgument: (name: string) => `${name} is missing.`,
  notOneColumn: (name: string) => `${name} must be one column (or one row) of cells.`,
  lengthsDiffer: (counts: string) => `clients, dates and amounts must have the same number of rows (got ${counts}).`,
  tooManyAmountColumns: (n: number) => `amounts has ${n} columns: give one column of revenue, or up to three adjacent ones: revenue, profit, quantity.`,
  badNumber: (where: string, value: string) => `${where}: '${value}' is not a number.`,
  badDate: (where: string, value: string) => `${where}: '${value}' is not a date.`,
  emptyDate: (where: string) => `${where}: the date is empty.`,
  emptyAmount: (where: string) => `${where}: the amount is empty.`,
  badShare: (name: string, value: string) => `${name}: expected a share such as 80% or 0.8, got '${value}'.`,
  abcOrder: (a: number, b: number) => `ABC thresholds must satisfy 0 < a < b < 100%, got a = ${percent(a, 'en')}, b = ${percent(b, 'en')}.`,
  xyzOrder: (x: number, y: number) => `XYZ thresholds must satisfy 0 < x < y, got x = ${percent(x, 'en')}, y = ${percent(y, 'en')}.`,
  badFraction: (value: string) => `fraction must be above 0 and at most 100% (e.g. 20% or 0.2), got '${value}'.`,
  badOptionSyntax: (token: string) => `options: expected key=value, got '${token}'. Example: abc=80/95 xyz=10/25 period=month.`,
  unknownOption: (key: string, known: readonly string[]) => `options: unknown key '${key}'. Known keys: ${list(known)}.`,
  badOptionValue: (key: string, value: string, allowed: string) => `options: ${key}=${value} is not valid; expected ${allowed}.`,
  noMeasureColumn: (measure: string, column: number) => `measure=${measure} needs amounts to include a ${measure} column (column ${column} of amounts).`,
  outputIsSource: (name: string) => `The active sheet is “${name}”, which the add-on writes. Switch to the sheet with the transactions.`,
  noDataRows: (name: string) => `Sheet “${name}” has no data below its header row.`,
  missingColumn: (role: string) => `Choose the ${role} column.`,
  sameColumn: (a: string, b: string) => `The ${a} and ${b} columns must differ.`,
  noSheet: (name: string) => `Sheet “${name}” no longer exists. Re-read the sheet.`,
  noSegments: sidebarEn.noSegments,
  noEmails: 'Enter at least one e-mail address.',
  badEmails: (emails: readonly string[]) => `These are not e-mail addresses: ${list(emails)}.`,
  progressReading: (done: number, total: number) => `Reading rows: ${formatAmount(done, 'en')} of ${formatAmount(total, 'en')}`,
  progressSegmenting: 'Segmenting clients…',
  progressWriting: 'Writing the “Segments” and “ABC-XYZ” sheets…',
  summary: (clients: number, rows: number, skipped: number) =>
    `${formatAmount(clients, 'en')} clients from ${formatAmount(rows, 'en')} rows${skipped ? `; ${formatAmount(skipped, 'en')} rows skipped (unreadable date or amount)` : ''}.`,
  skippedRow: (row: number, reason: string) => `row ${row}: ${reason}`,
  segmentsNotes: {
    client: 'Client id',
    name: 'Client name',
    domains: 'Web domains of the client',
    emails: 'E-mails of the client',
    kam: 'Key account manager',
    total: 'Total of the measure over the window',
    share: 'Share of the total',
    cum_share: 'Cumulative share, largest clients first',
    rank: 'Rank by total',
    abc: 'ABC class: A makes the first 80% of the total',
    cv: 'Coefficient of variation of revenue per period',
    xyz: 'XYZ class: X steady, Y swinging, Z irregular',
    segment: 'ABC-XYZ cell',
    type: 'Key-account types',
    trend: 'Trend of the last periods',
    first_purchase: 'First purchase',
    last_purchase: 'Last purchase',
    risk: 'Churn risk',
    reason: 'Why the client is in its classes',
  } satisfies Record<SegmentColumn, string>,
  matrix: {
    title: 'ABC-XYZ matrix',
    subtitle: (measure: string, period: string, from: string, to: string) => `ABC by ${measure}, XYZ by ${period}; ${from} – ${to}`,
    clients: 'Clients',
    share: 'Share of the total',
    segment: 'Segment',
    total: 'Total',
    action: 'Recommended action',
    pareto: 'Pareto summary',
    paretoClients: 'Clients with a positive total',
    paretoTotal: 'Total',
    paretoTop: (fraction: number) => `Share of the top ${percent(fraction, 'en')} of clients`,
    paretoTarget: (target: number) => `Clients that make ${percent(target, 'en')}`,
    paretoTargetShare: (target: number) => `…as a share of clients (${percent(target, 'en')} of the total)`,
    gini: 'Gini coefficient',
    hhi: 'HHI (sum of squared shares)',
    largest: 'Largest client’s share',
    chartTitle: 'Pareto: clients by total, with the cumulative share',
    chartClient: 'Client',
    chartTotal: 'Total',
    chartCumulative: 'Cumulative share',
  },
  shareCopyName: (source: string, date: string) => `Segments — ${source} — ${date}`,
};

type Catalogue = typeof en;

const ru: Catalogue = {
  menu: { title: 'KAM', segment: 'Сегментировать клиентов…', share: 'Поделиться сегментами…' },
  sidebar: sidebarRu,
  measures: { revenue: 'выручке', profit: 'прибыли', quantity: 'количеству' },
  periods: { month: 'месяц', week: 'неделя', quarter: 'квартал' },
  abcxyzHeader: ['Клиент', 'Сумма', 'Доля', 'Накопленная доля', 'ABC', 'КВ', 'XYZ', 'Сегмент'],
  row: (n) => `строка ${n}`,
  missingArgument: (name) => `Не указан аргумент ${name}.`,
  notOneColumn: (name) => `${name}: нужен один столбец (или одна строка) ячеек.`,
  lengthsDiffer: (counts) => `В clients, dates и amounts должно быть одинаковое число строк (сейчас ${counts}).`,
  tooManyAmountColumns: (n) => `В amounts ${n} столбцов: укажите один столбец выручки или до трёх соседних: выручка, прибыль, количество.`,
  badNumber: (where, value) => `${where}: '${value}' — не число.`,
  badDate: (where, value) => `${where}: '${value}' — не дата.`,
  emptyDate: (where) => `${where}: не указана дата.`,
  emptyAmount: (where) => `${where}: не указана сумма.`,
  badShare: (name, value) => `${name}: нужна доля, например 80% или 0,8, а не '${value}'.`,
  abcOrder: (a, b) => `Пороги ABC должны быть 0 < a < b < 100%, сейчас a = ${percent(a, 'ru')}, b = ${percent(b, 'ru')}.`,
  xyzOrder: (x, y) => `Пороги XYZ должны быть 0 < x < y, сейчас x = ${percent(x, 'ru')}, y = ${percent(y, 'ru')}.`,
  badFraction: (value) => `fraction: нужна доля больше 0 и не больше 100% (например 20% или 0,2), а не '${value}'.`,
  badOptionSyntax: (token) => `options: ожидалось ключ=значение, а не '${token}'. Пример: abc=80/95 xyz=10/25 period=month.`,
  unknownOption: (key, known) => `options: неизвестный ключ '${key}'. Допустимые ключи: ${list(known)}.`,
  badOptionValue: (key, value, allowed) => `options: недопустимое значение ${key}=${value}; ожидалось ${allowed}.`,
  noMeasureColumn: (measure, column) => `Для measure=${measure} в amounts нужен столбец «${measure}» (столбец ${column} в amounts).`,
  outputIsSource: (name) => `Активный лист — «${name}», его заполняет надстройка. Перейдите на лист с транзакциями.`,
  noDataRows: (name) => `На листе «${name}» нет данных под строкой заголовков.`,
  missingColumn: (role) => `Выберите столбец «${role}».`,
  sameColumn: (a, b) => `Столбцы «${a}» и «${b}» должны быть разными.`,
  noSheet: (name) => `Листа «${name}» больше нет. Перечитайте лист.`,
  noSegments: sidebarRu.noSegments,
  noEmails: 'Укажите хотя бы один адрес e-mail.',
  badEmails: (emails) => `Это не адреса e-mail: ${list(emails)}.`,
  progressReading: (done, total) => `Чтение строк: ${formatAmount(done, 'ru')} из ${formatAmount(total, 'ru')}`,
  progressSegmenting: 'Сегментация клиентов…',
  progressWriting: 'Запись листов «Segments» и «ABC-XYZ»…',
  summary: (clients, rows, skipped) =>
    `Клиентов: ${formatAmount(clients, 'ru')}, строк: ${formatAmount(rows, 'ru')}${skipped ? `; пропущено строк: ${formatAmount(skipped, 'ru')} (нечитаемая дата или сумма)` : ''}.`,
  skippedRow: (row, reason) => `строка ${row}: ${reason}`,
  segmentsNotes: {
    client: 'Идентификатор клиента',
    name: 'Наименование клиента',
    domains: 'Веб-домены клиента',
    emails: 'Адреса e-mail клиента',
    kam: 'Ключевой менеджер (KAM)',
    total: 'Сумма показателя за период анализа',
    share: 'Доля в общей сумме',
    cum_share: 'Накопленная доля, от крупных клиентов к мелким',
    rank: 'Место по сумме',
    abc: 'Класс ABC: A дают первые 80% суммы',
    cv: 'Коэффициент вариации выручки по периодам',
    xyz: 'Класс XYZ: X стабильные, Y колеблющиеся, Z нерегулярные',
    segment: 'Ячейка матрицы ABC-XYZ',
    type: 'Типы ключевых клиентов',
    trend: 'Тренд последних периодов',
    first_purchase: 'Первая покупка',
    last_purchase: 'Последняя покупка',
    risk: 'Риск ухода',
    reason: 'Почему клиент попал в свои классы',
  },
  matrix: {
    title: 'Матрица ABC-XYZ',
    subtitle: (measure, period, from, to) => `ABC по ${measure}, XYZ по периоду «${period}»; ${from} – ${to}`,
    clients: 'Клиентов',
    share: 'Доля в сумме',
    segment: 'Сегмент',
    total: 'Сумма',
    action: 'Рекомендуемые действия',
    pareto: 'Парето',
    paretoClients: 'Клиентов с положительной суммой',
    paretoTotal: 'Сумма',
    paretoTop: (fraction) => `Доля ${percent(fraction, 'ru')} крупнейших клиентов`,
    paretoTarget: (target) => `Клиентов, дающих ${percent(target, 'ru')}`,
    paretoTargetShare: (target) => `…в долях от числа клиентов (${percent(target, 'ru')} суммы)`,
    gini: 'Коэффициент Джини',
    hhi: 'HHI (сумма квадратов долей)',
    largest: 'Доля крупнейшего клиента',
    chartTitle: 'Парето: клиенты по сумме и накопленная доля',
    chartClient: 'Клиент',
    chartTotal: 'Сумма',
    chartCumulative: 'Накопленная доля',
  },
  shareCopyName: (source, date) => `Segments — ${source} — ${date}`,
};

export type SheetMessages = Catalogue;

const catalogue: Record<Lang, Catalogue> = { en, ru };

export function sheetMessages(lang: Lang): SheetMessages {
  return catalogue[lang];
}

/** Russian for a Russian-speaking spreadsheet or user (`ru`, `ru_RU`), English otherwise. */
export function langOfLocale(locale: string | undefined): Lang {
  return /^ru([_-]|$)/i.test(locale ?? '') ? 'ru' : 'en';
}
