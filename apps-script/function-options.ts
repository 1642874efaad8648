/**
 * The `options` of the custom functions: `key=value` pairs, forgiving where
 * the meaning is clear. Spaces around `=` and `/`, `;` or `,` (or spaces)
 * between pairs, keys in any case, values in English or Russian
 * (`period=месяц`, `measure=прибыль`), shares as percents or fractions
 * (`abc=80/95`, `abc=0.8/0.95`, `abc=80%/95%`), dates in ISO or in the
 * spreadsheet's order (`from=01/02/2024` is 2 January in en_US, 1 February
 * in ru_RU), and a range of option cells (`"period=week"` per cell, or a key
 * column beside a value column). Anything else is an error listing every key
 * and its values in the user's language. Plain data and no zod: this runs on
 * every recalculation (see build.mjs); tests hold the value lists to the
 * core's schemas.
 *
 * @example
 * const o = parseFunctionOptions('abc = 80 / 95, period=квартал', optionContext('en', 'mdy'));
 * o.segment.abc; // { a: 0.8, b: 0.95, rule: 'before' }
 * o.segment.period; // 'quarter'
 */
import { excelSerialToIso, parseDate, type DateOrder } from '../shared/import/dates.js';
import type { Lang, SegmentOptionsInput } from '../shared/options.js';
import type { CellValue } from './gas-types.js';
import { sheetMessages, type SheetMessages } from './messages.js';
import { isDate } from './sheet-dates.js';
import { checkAbc, checkXyz, defaultAbc, defaultXyz, typedNumber } from './thresholds.js';

/** The values each choice key takes, each with the words (English, Russian) that mean it; the first word is the canonical one. */
export const optionChoices = {
  rule: { before: ['before', 'до'], including: ['including', 'включая'] },
  deviation: { population: ['population', 'генеральная'], sample: ['sample', 'выборочная'] },
  series: { window: ['window', 'окно'], 'first-purchase': ['first-purchase', 'первая-покупка', 'первая'] },
  period: { month: ['month', 'месяц', 'мес'], week: ['week', 'неделя', 'нед'], quarter: ['quarter', 'квартал', 'кв'] },
  measure: { revenue: ['revenue', 'выручка', 'оборот'], profit: ['profit', 'прибыль'], quantity: ['quantity', 'количество', 'кол-во'] },
  dates: { auto: ['auto', 'авто'], dmy: ['dmy', 'дмг'], mdy: ['mdy', 'мдг'] },
  lang: { ru: ['ru', 'русский', 'рус'], en: ['en', 'english', 'английский', 'англ'] },
  errors: { stop: ['stop', 'error', 'стоп', 'ошибка'], skip: ['skip', 'пропустить', 'пропуск'] },
  headers: { auto: ['auto', 'авто'], '0': ['0', 'нет', 'no', 'false'], '1': ['1', 'да', 'yes', 'true'] },
  header: { true: ['true', 'yes', '1', 'да', 'истина'], false: ['false', 'no', '0', 'нет', 'ложь'] },
} as const;

type Choices = typeof optionChoices;
type ChoiceKey = keyof Choices;

/** Every key `options` accepts, in the README's order, with the example the help and the errors show. */
export const optionExamples = {
  abc: 'abc=80/95',
  rule: 'rule=before',
  xyz: 'xyz=10/25',
  deviation: 'deviation=population',
  series: 'series=window',
  period: 'period=month',
  measure: 'measure=revenue',
  from: 'from=2024-01-01',
  to: 'to=2024-12-31',
  dates: 'dates=auto',
  lang: 'lang=ru',
  errors: 'errors=skip',
  headers: 'headers=1',
  header: 'header=false',
} as const;

export type OptionKey = keyof typeof optionExamples;
export const optionKeys = Object.keys(optionExamples) as OptionKey[];

export type FunctionOptions = {
  segment: SegmentOptionsInput;
  lang: Lang;
  dates: DateOrder | 'auto';
  errors: 'stop' | 'skip';
  headers: 'auto' | '0' | '1';
  header: boolean;
};

/** What reading options needs from the spreadsheet: its language, its day/month order, and how to read a date cell. */
export type OptionContext = { lang: Lang; dateOrder: DateOrder; dayOf?: (date: Date) => string | null };

export const optionContext = (lang: Lang, dateOrder: DateOrder): OptionContext => ({ lang, dateOrder });

/** `abc=80/95` for shares, `period=month | week | quarter (месяц | неделя | квартал)` for choices. */
function describeKey(key: OptionKey, lang: Lang): string {
  if (!Object.prototype.hasOwnProperty.call(optionChoices, key)) return optionExamples[key];
  const values = Object.values(optionChoices[key as ChoiceKey]) as readonly (readonly string[])[];
  const english = values.map((words) => words[0]).join(' | ');
  const russian = values.map((words) => words.find((w) => /[а-яё]/i.test(w))).filter(Boolean);
  return `${key}=${english}${lang === 'ru' && russian.length === values.length ? ` (${russian.join(' | ')})` : ''}`;
}

export function describeOptions(lang: Lang): string {
  return optionKeys.map((key) => describeKey(key, lang)).join(', ');
}

/** The options argument as one text: a range of cells gives one pair per cell, or per row of key and value. */
function optionsText(arg: unknown, dayOf: OptionContext['dayOf']): string {
  if (arg === undefined || arg === null) return '';
  if (!Array.isArray(arg)) return cellText(arg as CellValue, dayOf);
  return arg
    .map((row: unknown) => {
      const cells = (Array.isArray(row) ? row : [row]).map((cell) => cellText(cell as CellValue, dayOf)).filter((text) => text !== '');
      // A key column beside a value column: `period | week`.
      if (cells.length === 2 && !cells[0].includes('=')) return `${cells[0]}=${cells[1]}`;
      return cells.join(';');
    })
    .filter(Boolean)
    .join(';');
}

function cellText(cell: CellValue, dayOf: OptionContext['dayOf']): string {
  if (isDate(cell)) return (dayOf ? dayOf(cell) : null) ?? new Date(cell.getTime()).toISOString().slice(0, 10);
  return cell === undefined || cell === null ? '' : String(cell).trim();
}

/** Splits the text into pairs: `=` and `/` may have spaces around them; `;`, spaces, or a `,` before the next key separate pairs. */
function pairs(text: string, m: SheetMessages, lang: Lang): Map<OptionKey, string> {
  const found = new Map<OptionKey, string>();
  const tight = text.replace(/\s*=\s*/g, '=').replace(/\s*\/\s*/g, '/');
  const tokens = tight.split(/[\s;]+|,(?=\s*[a-zA-Z]+=)/).map((t) => t.replace(/,$/, '')).filter(Boolean);
  for (const token of tokens) {
    const at = token.indexOf('=');
    if (at <= 0 || at === token.length - 1) throw new Error(m.badOptionSyntax(token, describeOptions(lang)));
    const key = token.slice(0, at).toLowerCase();
    if (!(optionKeys as string[]).includes(key)) throw new Error(m.unknownOption(key, describeOptions(lang)));
    found.set(key as OptionKey, token.slice(at + 1));
  }
  return found;
}

function choice<K extends ChoiceKey>(key: K, value: string | undefined, m: SheetMessages, lang: Lang): keyof Choices[K] | undefined {
  if (value === undefined) return undefined;
  const word = value.toLowerCase().replace(/ё/g, 'е');
  for (const [canonical, words] of Object.entries(optionChoices[key]) as [string, readonly string[]][]) {
    if (words.some((w) => w.replace(/ё/g, 'е') === word)) return canonical as keyof Choices[K];
  }
  throw new Error(m.badOptionValue(key, value, describeKey(key, lang)));
}

/**
 * `80/95`, `0.8/0.95`, `80%/95%`: percents when a `%` says so or every number is 1 or more, fractions
 * when every number is 1 or less; a mix (`0.5/1.5`) is fractions for XYZ, whose CV thresholds may pass
 * 100%, and ambiguous for ABC, whose shares stay below 1.
 */
function sharePair(key: 'abc' | 'xyz', value: string | undefined, m: SheetMessages): [number, number] | undefined {
  if (value === undefined) return undefined;
  const parts = value.split('/');
  const example = optionExamples[key];
  if (parts.length !== 2) throw new Error(m.badOptionValue(key, value, example));
  const read = parts.map((part) => {
    const percent = part.endsWith('%');
    return { n: typedNumber(percent ? part.slice(0, -1) : part), percent };
  });
  if (read.some((r) => r.n === null)) throw new Error(m.badOptionValue(key, value, example));
  const numbers = read.map((r) => r.n as number);
  const anyPercent = read.some((r) => r.percent);
  let percents: boolean;
  if (anyPercent) percents = true;
  else if (numbers.every((n) => n <= 1)) percents = false;
  else if (numbers.every((n) => n >= 1)) percents = true;
  else if (key === 'xyz') percents = false;
  else throw new Error(m.ambiguousShares(key, value));
  const shares = read.map((r) => (percents || r.percent ? (r.n as number) / 100 : (r.n as number)));
  return [shares[0], shares[1]];
}

function date(key: 'from' | 'to', value: string | undefined, order: DateOrder, m: SheetMessages): string | undefined {
  if (value === undefined) return undefined;
  const iso = /^\d{4}-\d{1,2}-\d{1,2}$/.test(value) ? parseDate(value) : /^\d{5}$/.test(value) ? excelSerialToIso(Number(value)) : parseDate(value, order);
  if (iso === null) throw new Error(m.badOptionValue(key, value, order === 'mdy' ? 'YYYY-MM-DD, MM/DD/YYYY' : 'YYYY-MM-DD, ДД.ММ.ГГГГ'));
  return iso;
}

/** Reads `options` (a text, a cell or a range); errors are in the language the options ask for, else the spreadsheet's. */
export function parseFunctionOptions(arg: unknown, context: OptionContext): FunctionOptions {
  const raw = optionsText(arg, context.dayOf);
  const asked = /(?:^|[\s;,])lang\s*=\s*([^\s;,]+)/i.exec(raw)?.[1]?.toLowerCase();
  const askedLang = asked && optionChoices.lang.ru.includes(asked as 'ru') ? 'ru' : asked && optionChoices.lang.en.includes(asked as 'en') ? 'en' : undefined;
  const lang: Lang = askedLang ?? context.lang;
  const m = sheetMessages(lang);
  const found = pairs(raw, m, lang);
  const abc = sharePair('abc', found.get('abc'), m) ?? [defaultAbc.a, defaultAbc.b];
  const xyz = sharePair('xyz', found.get('xyz'), m) ?? [defaultXyz.x, defaultXyz.y];
  const dates = choice('dates', found.get('dates'), m, lang) ?? 'auto';
  const dateOrder = dates === 'auto' ? context.dateOrder : dates;
  choice('lang', found.get('lang'), m, lang);
  const from = date('from', found.get('from'), dateOrder, m);
  const to = date('to', found.get('to'), dateOrder, m);
  if (from && to && from > to) throw new Error(m.fromAfterTo(from, to));
  const segment: SegmentOptionsInput = {
    abc: checkAbc(abc[0], abc[1], choice('rule', found.get('rule'), m, lang) ?? defaultAbc.rule, m),
    xyz: {
      ...checkXyz(xyz[0], xyz[1], m),
      deviation: choice('deviation', found.get('deviation'), m, lang),
      seriesStart: choice('series', found.get('series'), m, lang),
    },
    period: choice('period', found.get('period'), m, lang),
    measure: choice('measure', found.get('measure'), m, lang),
    from,
    to,
    lang,
  };
  return {
    segment,
    lang,
    dates,
    errors: choice('errors', found.get('errors'), m, lang) ?? 'stop',
    headers: choice('headers', found.get('headers'), m, lang) ?? 'auto',
    header: (choice('header', found.get('header'), m, lang) ?? 'true') === 'true',
  };
}
