/**
 * `kam sql --dialect duckdb|bigquery [--table NAME] [options]`: prints the
 * segmentation query. Its own flags (dialect, table, column names, --json)
 * are taken here; every segmentation flag is read by the same parser as
 * `kam segment`, so the two commands cannot disagree on what `--abc 70/90`
 * or `--from` mean.
 *
 * @example
 * // kam sql --dialect bigquery --table shop.sales.transactions --period quarter --json
 */
import { parseCliArgs, UsageError } from './args.js';
import type { Lang } from '../shared/options.js';
import { OptionsError } from '../shared/options.js';
import { bigQueryParameters, sqlParameters } from '../shared/sql/parameters.js';
import { SqlNameError } from '../shared/sql/identifier.js';
import { segmentationSql, type SqlSource } from '../shared/sql/segmentation-sql.js';
import type { DialectName } from '../shared/sql/dialect.js';
import { cliMessages } from './messages.js';
import { sqlMessages } from './sql-messages.js';

const valueFlags = ['dialect', 'table', 'client', 'date', 'amount', 'profit', 'quantity'] as const;
const booleanFlags = ['json'] as const;

type SqlArgs = { help: boolean; dialect?: DialectName; json: boolean; source: SqlSource; rest: string[] };

export function parseSqlArgs(argv: readonly string[], lang: Lang): SqlArgs {
  const own: Record<string, string | true> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') ? argv[i].slice(2).split(/=(.*)/s, 2) : [undefined, undefined];
    if (flag && (valueFlags as readonly string[]).includes(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(cliMessages[lang].badValue(flag, '', flag === 'dialect' ? 'duckdb | bigquery' : 'a name'));
      own[flag] = value;
    } else if (flag && (booleanFlags as readonly string[]).includes(flag)) own[flag] = true;
    else rest.push(argv[i]);
  }
  const dialect = own.dialect as string | undefined;
  if (dialect !== undefined && dialect !== 'duckdb' && dialect !== 'bigquery') throw new UsageError(cliMessages[lang].badValue('dialect', dialect, 'duckdb | bigquery'));
  return {
    help: rest.includes('--help') || rest.includes('-h'),
    dialect: dialect as DialectName | undefined,
    json: Boolean(own.json),
    source: {
      table: (own.table as string | undefined) ?? 'transactions',
      columns: { client: own.client as string | undefined, date: own.date as string | undefined, amount: own.amount as string | undefined, profit: own.profit as string | undefined, quantity: own.quantity as string | undefined },
    },
    rest,
  };
}

/** Runs the command; returns the exit code (0, or 2 for bad usage). */
export function runSqlCommand(argv: readonly string[], fallbackLang: Lang, write: (text: string) => void, warn: (text: string) => void): number {
  try {
    const args = parseSqlArgs(argv, fallbackLang);
    // The segmentation flags, read exactly as `kam segment` reads them (the file name is a placeholder).
    const segmentArgs = parseCliArgs(args.help ? args.rest : ['segment', '-', ...args.rest], fallbackLang);
    const lang = segmentArgs.lang;
    if (args.help) {
      write(sqlMessages[lang].usage + '\n');
      return 0;
    }
    if (!args.dialect) throw new UsageError(sqlMessages[lang].needDialect);
    const measure = segmentArgs.segment.measure;
    if ((measure === 'profit' || measure === 'quantity') && !args.source.columns?.[measure]) throw new UsageError(sqlMessages[lang].needMeasureColumn(measure));
    const sql = segmentationSql(args.dialect, args.source);
    const params = sqlParameters(segmentArgs.segment);
    if (args.json) {
      write(JSON.stringify({ dialect: args.dialect, sql, params, ...(args.dialect === 'bigquery' && { bigqueryParameters: bigQueryParameters(params) }) }, null, 2) + '\n');
      return 0;
    }
    const prefix = args.dialect === 'duckdb' ? '$' : '@';
    const header = Object.entries(params).map(([name, value]) => `--   ${prefix}${name} = ${value === null ? 'NULL (from the data)' : JSON.stringify(value)}`);
    write(`-- Bind these parameters (${args.dialect === 'duckdb' ? 'prepared statement' : 'jobs.query, parameterMode NAMED'}):\n${header.join('\n')}\n${sql}`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof OptionsError || error instanceof SqlNameError) {
      warn(cliMessages[fallbackLang].badUsage(error.message) + '\n');
      return 2;
    }
    throw error;
  }
}

/** Takes `--engine core|duckdb` out of a `kam segment` command line. */
export function takeEngineFlag(argv: readonly string[], lang: Lang): { engine: 'core' | 'duckdb'; argv: string[] } {
  const rest: string[] = [];
  let engine = 'core';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--engine') engine = argv[++i] ?? '';
    else if (argv[i].startsWith('--engine=')) engine = argv[i].slice('--engine='.length);
    else rest.push(argv[i]);
  }
  if (engine !== 'core' && engine !== 'duckdb') throw new UsageError(sqlMessages[lang].badEngine(engine));
  return { engine, argv: rest };
}
