/**
 * The CLI's message catalogue, Russian and English.
 *
 * @example
 * cliMessages.en.rows(100, 98, 2); // 'Rows: 100 read, 98 used, 2 rejected'
 */
import type { Lang } from '../shared/options.js';
import type { LineCounts } from '../shared/import/importer.js';

/** English count with its noun: `1 client`, `2 clients`. */
const count = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;
/** A usage detail without its own closing period, so the frame adds exactly one. */
const noStop = (detail: string) => detail.replace(/\.+$/, '');

const en = {
  usage: `Usage: kam segment FILE [options]

Segments clients of a transactions CSV: ABC-XYZ matrix, Pareto summary, top clients with reasons.

Options:
  --out FILE.csv|FILE.json   write the segments table
  --measure revenue|profit|quantity   what ABC ranks by (default revenue)
  --period month|week|quarter         XYZ period (default month)
  --abc 80/95                A and B thresholds, cumulative % (default 80/95)
  --abc-rule before|including  boundary rule (default before: the client crossing a boundary stays in the upper class)
  --xyz 10/25                X and Y thresholds, CV % (default 10/25)
  --deviation population|sample       standard deviation (default population)
  --series-start window|first-purchase  where each client's series starts (default window)
  --from DATE --to DATE      analysis window (default: first to last period in the data)
  --as-of DATE               day risk is measured at (default: last date in the data)
  --new-periods N            new = first purchase within the last N periods (default 6)
  --lost-days N              lost = no purchase for N days (default 180)
  --risk-min-days N          at risk only after N days without a purchase (default 30; 0 = bare 2x-gap rule)
  --breadwinner PCT          breadwinner share of the total, % (default 10)
  --client COL --date COL --amount COL --profit COL --quantity COL
  --name COL --email COL --domain COL --kam COL --tags COL --potential COL
                             columns by header or 1-based number (default: found by header)
  --no-header                the file has no header row (then name columns by number)
  --date-order auto|dmy|mdy  day/month order (default auto: settled from the data)
  --encoding auto|utf-8|windows-1251|utf-16le|utf-16be  (default auto: UTF-16 by its BOM or NUL bytes,
                             else UTF-8 unless the bytes are not valid UTF-8, then Windows-1251)
  --delimiter auto|comma|semicolon|tab|whitespace  (default auto)
  --top N                    top clients to list (default 10)
  --strict                   rejected rows are fatal (exit 1)
  --engine core|duckdb       scoring engine (default core; duckdb needs npm install @duckdb/node-api)
  --lang ru|en               language (default from LANG)
  -h, --help                 this help

kam sql --help: the same segmentation as one SQL query (DuckDB, BigQuery).

Exit codes: 0 success, 1 bad input, 2 bad usage.`,
  badUsage: (detail: string) => `Bad usage: ${noStop(detail)}. See kam --help.`,
  extraArguments: (args: string) => `unexpected ${args}: kam segment takes one file`,
  unknownOption: (option: string) => `unknown option ${option}`,
  missingValue: (option: string) => `${option} needs a value`,
  noValueTaken: (option: string) => `${option} takes no value`,
  dashValue: (option: string, value: string) => `${option} ${value}: a value starting with '-' is written ${option}=${value}`,
  expected: {
    wholeNumber: 'a whole number (0, 1, 2, …)',
    positiveWhole: 'a whole number ≥ 1',
    percent: 'a percentage above 0 and below 100, e.g. 10',
    abc: 'two percentages A/B with 0 < A < B < 100, e.g. 80/95',
    xyz: 'two percentages X/Y (coefficient of variation) with 0 < X < Y, e.g. 10/25',
    column: 'a column header or a column number from 1, e.g. 2',
    out: 'FILE.csv | FILE.json',
  },
  unknownCommand: (name: string) => `Unknown command '${name}'. The command is: kam segment FILE`,
  missingFile: 'Name the transactions file: kam segment FILE',
  cannotRead: (file: string, reason: string) => `Cannot read ${file}: ${reason}`,
  cannotWrite: (file: string, reason: string) => `Cannot write ${file}: ${reason}`,
  outIsInput: (out: string, input: string) => `--out ${out} is the input file ${input}: writing there would overwrite the data. Choose another file name.`,
  ioReasons: { noSuchFile: 'no such file', noSuchFolder: 'no such folder', denied: 'permission denied', isFolder: 'it is a folder' },
  realDate: 'a real date YYYY-MM-DD between 1900 and 2100',
  fromAfterTo: (from: string, to: string) => `--from ${from} is after --to ${to}`,
  measureMissing: (measure: string, option: string) => `--measure ${option}: the file has no ${measure} column. Name it with --${option} COLUMN, or leave --measure out to rank by revenue.`,
  measureEmpty: (measure: string, option: string, column: string) => `--measure ${option}: the ${measure} column '${column}' is empty in every row used, so every client would rank at 0.`,
  warning: (text: string) => `Warning: ${text}`,
  tooLarge: (n: number) => `${n} rows left out: an amount, profit or quantity above 1e15 in magnitude (it could overflow the totals)`,
  badValue: (option: string, value: string, expected: string) => `--${option} ${value}: expected ${expected}`,
  rows: (read: number, used: number, rejected: number) => `Rows: ${read} read, ${used} used, ${rejected} rejected`,
  lines: (l: LineCounts) => `Lines: ${l.total} in the file = ${l.header} header + ${l.blank} blank + ${l.used} used + ${l.rejected} rejected`,
  rejectedLine: (line: number, reason: string) => `  line ${line}: ${reason}`,
  moreRejected: (n: number) => `  … and ${n} more`,
  outsideWindow: (n: number) => `${n} rows outside the analysis window were left out`,
  strictFailed: (n: number) => `${n} rows rejected and --strict is on: stopping.`,
  noClients: 'No client could be segmented: no usable rows.',
  progress: (file: string, percent: number, rows: number) => `Reading ${file}: ${percent}% (${rows} rows)`,
  matrixTitle: (measure: string, clients: number, from: string, to: string, periods: number, period: string) =>
    `ABC-XYZ matrix by ${measure}: ${count(clients, 'client')}, ${from} … ${to} (${count(periods, period)})`,
  cellLegend: 'each cell: clients · share of the total',
  paretoTitle: 'Pareto',
  paretoTop: (k: string, count: number, share: string) => `Top ${k} of clients (${count}) bring ${share} of the total`,
  paretoTarget: (target: string, share: string, count: number) => `${target} of the total comes from ${share} of clients (${count})`,
  paretoConcentration: (gini: string, hhi: string, largest: string) => `Gini ${gini}, HHI ${hhi}, largest client ${largest} of the total`,
  topTitle: (n: number) => `Top ${count(n, 'client')}`,
  actionsTitle: 'What to do per cell',
  written: (file: string, rows: number) => `Segments table written: ${file} (${count(rows, 'client')})`,
  measures: { revenue: 'revenue', profit: 'profit', quantity: 'quantity' },
  periods: { month: 'month', week: 'week', quarter: 'quarter' },
  signals: (atRisk: number, lost: number, keyAtRisk: number) => `Signals: ${count(atRisk, 'client')} at risk, ${lost} lost; ${keyAtRisk} of them in class A`,
};

type CliMessages = typeof en;

const ru: CliMessages = {
  usage: `Использование: kam segment ФАЙЛ [параметры]

Сегментирует клиентов по CSV с продажами: матрица ABC-XYZ, сводка Парето, топ клиентов с причинами.

Параметры:
  --out ФАЙЛ.csv|ФАЙЛ.json   записать таблицу сегментов
  --measure revenue|profit|quantity   по чему ранжировать ABC: выручка, прибыль, количество (по умолчанию revenue)
  --period month|week|quarter         период XYZ: месяц, неделя, квартал (по умолчанию month)
  --abc 80/95                пороги A и B, накопленная доля в % (по умолчанию 80/95)
  --abc-rule before|including  правило границы (по умолчанию before: клиент на границе остаётся в верхнем классе)
  --xyz 10/25                пороги X и Y, коэффициент вариации в % (по умолчанию 10/25)
  --deviation population|sample       стандартное отклонение: генеральное или выборочное (по умолчанию population)
  --series-start window|first-purchase  откуда считать ряд клиента (по умолчанию window)
  --from ДАТА --to ДАТА      окно анализа (по умолчанию от первого до последнего периода в данных)
  --as-of ДАТА               дата, на которую считается риск (по умолчанию последняя дата в данных)
  --new-periods N            новый = первая покупка в последние N периодов (по умолчанию 6)
  --lost-days N              потерян = нет покупок N дней (по умолчанию 180)
  --risk-min-days N          под угрозой не раньше N дней без покупок (по умолчанию 30; 0 = только правило двух интервалов)
  --breadwinner ПРОЦЕНТ      доля кормильца от общей суммы, % (по умолчанию 10)
  --client КОЛ --date КОЛ --amount КОЛ --profit КОЛ --quantity КОЛ
  --name КОЛ --email КОЛ --domain КОЛ --kam КОЛ --tags КОЛ --potential КОЛ
                             столбцы по заголовку или номеру с 1 (по умолчанию находятся по заголовку)
  --no-header                в файле нет строки заголовков (тогда столбцы указываются номерами)
  --date-order auto|dmy|mdy  порядок дня и месяца (по умолчанию определяется по данным)
  --encoding auto|utf-8|windows-1251|utf-16le|utf-16be  кодировка (по умолчанию определяется: UTF-16 по BOM
                             или нулевым байтам, иначе UTF-8, а если байты не UTF-8 — Windows-1251)
  --delimiter auto|comma|semicolon|tab|whitespace  разделитель (по умолчанию определяется)
  --top N                    сколько крупнейших клиентов показать (по умолчанию 10)
  --strict                   отклонённые строки — ошибка (код 1)
  --engine core|duckdb       движок расчёта (по умолчанию core; для duckdb: npm install @duckdb/node-api)
  --lang ru|en               язык (по умолчанию из LANG)
  -h, --help                 эта справка

kam sql --help: та же сегментация одним SQL-запросом (DuckDB, BigQuery).

Коды выхода: 0 успех, 1 ошибка в данных, 2 ошибка в параметрах.`,
  badUsage: (detail) => `Ошибка в параметрах: ${noStop(detail)}. См. kam --help.`,
  extraArguments: (args) => `лишнее: ${args} — kam segment принимает один файл`,
  unknownOption: (option) => `неизвестный параметр ${option}`,
  missingValue: (option) => `для ${option} нужно значение`,
  noValueTaken: (option) => `${option} не принимает значения`,
  dashValue: (option, value) => `${option} ${value}: значение, начинающееся с «-», пишется так: ${option}=${value}`,
  expected: {
    wholeNumber: 'целое число (0, 1, 2, …)',
    positiveWhole: 'целое число ≥ 1',
    percent: 'процент больше 0 и меньше 100, например 10',
    abc: 'два процента A/B, 0 < A < B < 100, например 80/95',
    xyz: 'два процента X/Y (коэффициент вариации), 0 < X < Y, например 10/25',
    column: 'заголовок столбца или номер столбца с 1, например 2',
    out: 'ФАЙЛ.csv | ФАЙЛ.json',
  },
  unknownCommand: (name) => `Неизвестная команда «${name}». Команда: kam segment ФАЙЛ`,
  missingFile: 'Укажите файл с продажами: kam segment ФАЙЛ',
  cannotRead: (file, reason) => `Не удаётся прочитать ${file}: ${reason}`,
  cannotWrite: (file, reason) => `Не удаётся записать ${file}: ${reason}`,
  outIsInput: (out, input) => `--out ${out} — это входной файл ${input}: запись туда уничтожила бы данные. Выберите другое имя файла.`,
  ioReasons: { noSuchFile: 'нет такого файла', noSuchFolder: 'нет такой папки', denied: 'нет прав доступа', isFolder: 'это папка' },
  realDate: 'существующая дата ГГГГ-ММ-ДД от 1900 до 2100 года',
  fromAfterTo: (from, to) => `--from ${from} позже, чем --to ${to}`,
  measureMissing: (measure, option) => `--measure ${option}: в файле нет столбца «${measure}». Укажите его через --${option} СТОЛБЕЦ или уберите --measure, чтобы ранжировать по выручке.`,
  measureEmpty: (measure, option, column) => `--measure ${option}: столбец «${measure}» ('${column}') пуст во всех использованных строках — все клиенты получили бы 0.`,
  warning: (text) => `Предупреждение: ${text}`,
  tooLarge: (n) => `Строк не учтено: ${n} — сумма, прибыль или количество больше 1e15 по модулю (переполнили бы итоги)`,
  badValue: (option, value, expected) => `--${option} ${value}: ожидается ${expected}`,
  rows: (read, used, rejected) => `Строк: прочитано ${read}, использовано ${used}, отклонено ${rejected}`,
  lines: (l) => `Строк в файле: ${l.total} = заголовок ${l.header} + пустых ${l.blank} + использовано ${l.used} + отклонено ${l.rejected}`,
  rejectedLine: (line, reason) => `  строка ${line}: ${reason}`,
  moreRejected: (n) => `  … и ещё ${n}`,
  outsideWindow: (n) => `Строк вне окна анализа: ${n}, они не учтены`,
  strictFailed: (n) => `Отклонено строк: ${n}, включён --strict: остановка.`,
  noClients: 'Ни одного клиента не удалось сегментировать: нет пригодных строк.',
  progress: (file, percent, rows) => `Чтение ${file}: ${percent}% (${rows} строк)`,
  matrixTitle: (measure, clients, from, to, periods, period) =>
    `Матрица ABC-XYZ по показателю «${measure}»: клиентов ${clients}, ${from} … ${to} (периодов: ${periods}, ${period})`,
  cellLegend: 'в ячейке: клиентов · доля от общей суммы',
  paretoTitle: 'Парето',
  paretoTop: (k, count, share) => `Топ ${k} клиентов (${count}) дают ${share} общей суммы`,
  paretoTarget: (target, share, count) => `${target} общей суммы дают ${share} клиентов (${count})`,
  paretoConcentration: (gini, hhi, largest) => `Джини ${gini}, HHI ${hhi}, крупнейший клиент — ${largest} общей суммы`,
  topTitle: (n) => `Топ-${n} клиентов`,
  actionsTitle: 'Что делать в каждой ячейке',
  written: (file, rows) => `Таблица сегментов записана: ${file} (клиентов: ${rows})`,
  measures: { revenue: 'выручка', profit: 'прибыль', quantity: 'количество' },
  periods: { month: 'месяц', week: 'неделя', quarter: 'квартал' },
  signals: (atRisk, lost, keyAtRisk) => `Сигналы: под угрозой ${atRisk}, потеряно ${lost}; из них в классе A — ${keyAtRisk}`,
};

export const cliMessages: Record<Lang, CliMessages> = { en, ru };
