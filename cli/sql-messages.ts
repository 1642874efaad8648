/**
 * Messages of `kam sql` and of the DuckDB engine, Russian and English.
 *
 * @example
 * sqlMessages.en.duckdbMissing('Cannot find package'); // 'The DuckDB engine needs ...'
 */
import type { Lang } from '../shared/options.js';

const en = {
  usage: `Usage: kam sql --dialect duckdb|bigquery [--table NAME] [options]

Prints the segmentation as one SQL query, for DuckDB or BigQuery: one row per client with
client, total, share, cum_share, rank, abc, cv, xyz, segment, trend, first/last purchase, risk
and the figures behind them, with the same classes as kam segment.

The input table has columns client (text), date (DATE), amount (number), optional profit, quantity.
Options are bound parameters, not pasted into the text: the query header lists them;
--json prints {"sql", "params", "bigqueryParameters"} for a program to bind.

Options:
  --dialect duckdb|bigquery  SQL dialect (required)
  --table NAME               table: transactions, dataset.table or project.dataset.table (default transactions)
  --client COL --date COL --amount COL   column names in the table (default client, date, amount)
  --profit COL --quantity COL   read these columns too (needed for --measure profit|quantity)
  --json                     print the query and its parameters as JSON
  and the segmentation options of kam segment: --measure --period --abc --abc-rule --xyz
  --deviation --series-start --from --to --as-of --new-periods --lost-days --risk-min-days --lang`,
  duckdbMissing: (detail: string) =>
    `The DuckDB engine needs the optional package @duckdb/node-api, which is not installed here (${detail}).\n` +
    `Install it with: npm install @duckdb/node-api   or run without --engine duckdb (the built-in engine gives the same table).`,
  badEngine: (value: string) => `--engine ${value}: expected core | duckdb`,
  needDialect: '--dialect is required: duckdb | bigquery',
  needMeasureColumn: (measure: string) => `--measure ${measure} needs the column: name it with --${measure} COL`,
};

type SqlMessages = typeof en;

const ru: SqlMessages = {
  usage: `Использование: kam sql --dialect duckdb|bigquery [--table ИМЯ] [параметры]

Печатает сегментацию одним SQL-запросом для DuckDB или BigQuery: по строке на клиента с
client, total, share, cum_share, rank, abc, cv, xyz, segment, trend, первой и последней покупкой, риском
и числами, из которых они получены; классы те же, что у kam segment.

Входная таблица: столбцы client (текст), date (DATE), amount (число), необязательные profit, quantity.
Параметры передаются привязкой, а не вставляются в текст: они перечислены в заголовке запроса;
--json печатает {"sql", "params", "bigqueryParameters"} для программы.

Параметры:
  --dialect duckdb|bigquery  диалект SQL (обязательно)
  --table ИМЯ                таблица: transactions, dataset.table или project.dataset.table (по умолчанию transactions)
  --client СТОЛБЕЦ --date СТОЛБЕЦ --amount СТОЛБЕЦ   имена столбцов (по умолчанию client, date, amount)
  --profit СТОЛБЕЦ --quantity СТОЛБЕЦ   читать и эти столбцы (нужны для --measure profit|quantity)
  --json                     напечатать запрос и параметры в JSON
  и параметры сегментации kam segment: --measure --period --abc --abc-rule --xyz
  --deviation --series-start --from --to --as-of --new-periods --lost-days --risk-min-days --lang`,
  duckdbMissing: (detail) =>
    `Для движка DuckDB нужен необязательный пакет @duckdb/node-api, он здесь не установлен (${detail}).\n` +
    `Установите его: npm install @duckdb/node-api   или запустите без --engine duckdb (встроенный движок даёт ту же таблицу).`,
  badEngine: (value) => `--engine ${value}: ожидается core | duckdb`,
  needDialect: 'Укажите --dialect: duckdb | bigquery',
  needMeasureColumn: (measure) => `Для --measure ${measure} нужен столбец: укажите --${measure} СТОЛБЕЦ`,
};

export const sqlMessages: Record<Lang, SqlMessages> = { en, ru };
