/**
 * Turns `kam segment FILE --abc 70/90 ...` into the file, the import options
 * and the segmentation options, or a usage error naming the bad flag.
 *
 * @example
 * parseCliArgs(['segment', 'sales.csv', '--abc', '70/90'], 'en').segment.abc; // { a: 0.7, b: 0.9 }
 */
import { parseArgs } from 'node:util';
import { isValidIsoDate } from '../shared/calendar.js';
import type { Lang, SegmentOptionsInput } from '../shared/options.js';
import { cliMessages } from './messages.js';
import { keyAccountFlags, parseKeyAccountArgs, type KeyAccountArgs } from './key-account-args.js';
import { keyAccountCliMessages } from './key-account-messages.js';

export type CliArgs = {
  help: boolean;
  file: string;
  out?: string;
  top: number;
  strict: boolean;
  lang: Lang;
  segment: SegmentOptionsInput;
  keyAccounts: KeyAccountArgs;
  import: {
    columns: Record<string, string | number>;
    header: boolean;
    dateOrder: 'auto' | 'dmy' | 'mdy';
    encoding: 'auto' | 'utf-8' | 'windows-1251' | 'utf-16le' | 'utf-16be';
    delimiter: 'auto' | ',' | ';' | '\t' | 'whitespace';
    lang: Lang;
  };
};

export class UsageError extends Error {}

const columnFlags = ['client', 'date', 'amount', 'profit', 'quantity', 'name', 'email', 'domain', 'kam', 'tags', 'potential'] as const;
const stringFlags = ['out', 'measure', 'period', 'abc', 'abc-rule', 'xyz', 'deviation', 'series-start', 'from', 'to', 'as-of', 'new-periods', 'lost-days', 'risk-min-days', 'breadwinner', 'date-order', 'encoding', 'delimiter', 'top', 'lang', ...columnFlags] as const;
const delimiters = { auto: 'auto', comma: ',', semicolon: ';', tab: '\t', whitespace: 'whitespace' } as const;

/** The language for messages: a valid `--lang` in argv wins (so even a usage error before parsing follows it), else the environment. */
export function defaultLang(env: Record<string, string | undefined>, argv: readonly string[] = []): Lang {
  return langInArgv(argv) ?? (/^ru/i.test(env.KAM_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '') ? 'ru' : 'en');
}

/** The last valid `--lang ru|en` (or `--lang=…`) before a `--`, if any. */
function langInArgv(argv: readonly string[]): Lang | undefined {
  let found: Lang | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (value === 'ru' || value === 'en') found = value;
  }
  return found;
}

/** Counts the segmentation refuses at 0 (0 top clients, lost after 0 days). */
const atLeastOne = new Set(['top', 'lost-days']);
const numericFlags = new Set(['top', 'new-periods', 'lost-days', 'risk-min-days', 'breadwinner', 'abc', 'xyz', 'tiers', 'kam-load']);

/** Node's parseArgs errors (English, `argument is ambiguous.`) in the user's language. */
function parseArgsProblem(error: Error & { code?: string }, argv: readonly string[], lang: Lang): string {
  const m = cliMessages[lang];
  const option = /'(-{1,2}[^' =]+)/.exec(error.message)?.[1];
  if (!option) return error.message.split('\n')[0];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return m.unknownOption(option);
  if (/does not take an argument/.test(error.message)) return m.noValueTaken(option);
  const next = argv[argv.indexOf(option) + 1];
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && next !== undefined && next.startsWith('-') && !/^--?[a-z]/i.test(next)) {
    // `--top -1`: a negative number, read by parseArgs as another option.
    const name = option.replace(/^-+/, '');
    if (numericFlags.has(name)) return m.badValue(name, next, expectedFor(name, lang));
    return m.dashValue(option, next);
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return m.missingValue(option);
  return error.message.split('\n')[0];
}

function expectedFor(option: string, lang: Lang): string {
  const e = cliMessages[lang].expected;
  const k = keyAccountCliMessages[lang].expected;
  if (atLeastOne.has(option)) return e.positiveWhole;
  if (option === 'breadwinner') return e.percent;
  if (option === 'abc' || option === 'xyz') return e[option];
  if (option === 'tiers') return k.tiers;
  if (option === 'kam-load') return k.kamLoad;
  return e.wholeNumber;
}

export function parseCliArgs(argv: string[], envLang: Lang): CliArgs {
  const fallbackLang = langInArgv(argv) ?? envLang;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        ...Object.fromEntries(stringFlags.map((flag) => [flag, { type: 'string' as const }])),
        'no-header': { type: 'boolean' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        ...keyAccountFlags,
      },
    });
  } catch (error) {
    throw new UsageError(parseArgsProblem(error as Error, argv, fallbackLang));
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  const lang = oneOf(v, 'lang', ['ru', 'en'], fallbackLang);
  const m = cliMessages[lang];
  const fail = (option: string, expected: string): never => {
    throw new UsageError(m.badValue(option, v[option] === '' ? "''" : String(v[option]), expected));
  };
  const [command, file, ...rest] = parsed.positionals;
  if (v.help || command === undefined || command === 'help') return { help: true, file: '', top: 10, strict: false, lang, segment: {}, keyAccounts: { previous: false, score: {} }, import: defaultImport(lang) };
  if (command !== 'segment') throw new UsageError(m.unknownCommand(command));
  if (!file) throw new UsageError(m.missingFile);
  if (rest.length) throw new UsageError(m.extraArguments(rest.join(' ')));

  const pair = (option: string): [number, number] | undefined => {
    const text = v[option] as string | undefined;
    if (text === undefined) return undefined;
    const match = /^(\d+(?:[.,]\d+)?)\s*[/:]\s*(\d+(?:[.,]\d+)?)$/.exec(text.trim());
    if (!match) return fail(option, expectedFor(option, lang));
    const [a, b] = [match[1], match[2]].map((x) => Number(x.replace(',', '.')));
    // 80/95 and 0.8/0.95 both mean percentages of 80 and 95.
    const [x, y] = a > 1 || b > 1 ? [a / 100, b / 100] : [a, b];
    // The segmentation's own rules (0 < first < second, ABC below 100%), checked here to name the option.
    if (!(x > 0 && x < y && (option !== 'abc' || y < 1))) return fail(option, expectedFor(option, lang));
    return [x, y];
  };
  const integer = (option: string): number | undefined => {
    const text = v[option] as string | undefined;
    if (text === undefined) return undefined;
    if (!/^\d+$/.test(text) || (atLeastOne.has(option) && Number(text) < 1)) return fail(option, expectedFor(option, lang));
    return Number(text);
  };
  const date = (option: string): string | undefined => {
    const text = v[option] as string | undefined;
    if (text === undefined) return undefined;
    // A real calendar day in the years dates in the data may have (2024-13-45 and 0001-01-01 are refused).
    const year = Number(text.slice(0, 4));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !isValidIsoDate(text) || year < 1900 || year > 2100) return fail(option, m.realDate);
    return text;
  };

  const from = date('from');
  const to = date('to');
  if (from !== undefined && to !== undefined && from > to) throw new UsageError(m.fromAfterTo(from, to));
  const abc = pair('abc');
  const xyz = pair('xyz');
  const breadwinner = v.breadwinner === undefined ? undefined : Number(String(v.breadwinner).replace(',', '.'));
  if (breadwinner !== undefined && !(breadwinner > 0 && breadwinner < 100)) fail('breadwinner', m.expected.percent);
  const segment: SegmentOptionsInput = {
    lang,
    measure: oneOf(v, 'measure', ['revenue', 'profit', 'quantity'], 'revenue'),
    period: oneOf(v, 'period', ['month', 'week', 'quarter'], 'month'),
    abc: { ...(abc && { a: abc[0], b: abc[1] }), rule: oneOf(v, 'abc-rule', ['before', 'including'], 'before') },
    xyz: { ...(xyz && { x: xyz[0], y: xyz[1] }), deviation: oneOf(v, 'deviation', ['population', 'sample'], 'population'), seriesStart: oneOf(v, 'series-start', ['window', 'first-purchase'], 'window') },
    ...defined('from', from),
    ...defined('to', to),
    ...defined('asOf', date('as-of')),
    ...defined('newPeriods', integer('new-periods')),
    ...defined('lostDays', integer('lost-days')),
    ...defined('riskMinDays', integer('risk-min-days')),
    ...defined('breadwinnerShare', breadwinner === undefined ? undefined : breadwinner / 100),
  };
  const top = integer('top') ?? 10;
  const columns: Record<string, string | number> = {};
  for (const flag of columnFlags) {
    const value = v[flag] as string | undefined;
    if (value === undefined) continue;
    if (!value.trim() || /^0+$/.test(value.trim())) fail(flag, m.expected.column);
    columns[flag] = /^\d+$/.test(value) ? Number(value) : value;
  }
  if (v.out === '' || (typeof v.out === 'string' && !/\.(csv|json)$/i.test(v.out))) fail('out', m.expected.out);
  return {
    help: false,
    file,
    out: v.out as string | undefined,
    top,
    strict: Boolean(v.strict),
    lang,
    segment,
    keyAccounts: parseKeyAccountArgs(v, fail, lang),
    import: {
      columns,
      header: !v['no-header'],
      dateOrder: oneOf(v, 'date-order', ['auto', 'dmy', 'mdy'], 'auto'),
      encoding: oneOf(v, 'encoding', ['auto', 'utf-8', 'windows-1251', 'utf-16le', 'utf-16be'], 'auto'),
      delimiter: delimiters[oneOf(v, 'delimiter', Object.keys(delimiters) as (keyof typeof delimiters)[], 'auto')],
      lang,
    },
  };

  function oneOf<const T extends string>(values: Record<string, unknown>, option: string, allowed: readonly T[], fallback: T): T {
    const value = values[option];
    if (value === undefined) return fallback;
    if (!allowed.includes(value as T)) throw new UsageError(cliMessages[fallbackLang].badValue(option, String(value), allowed.join(' | ')));
    return value as T;
  }
}

function defaultImport(lang: Lang): CliArgs['import'] {
  return { columns: {}, header: true, dateOrder: 'auto', encoding: 'auto', delimiter: 'auto', lang };
}

function defined<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
