/**
 * The `options` text of `=ABCXYZ`: `key=value` pairs separated by spaces or
 * `;`, keys in any case. Every key is listed in {@link optionKeys} and in
 * the README. Defaults are the core's.
 *
 * @example
 * const o = parseFunctionOptions('abc=80/95 xyz=10/25 period=quarter lang=ru', 'en');
 * o.segment.abc; // { a: 0.8, b: 0.95, rule: 'before' }
 * o.lang; // 'ru'
 */
import { z } from 'zod';
import { parseDate } from '../shared/import/dates.js';
import { LangSchema, MeasureSchema, PeriodSchema, type Lang, type SegmentOptionsInput } from '../shared/options.js';
import { sheetMessages, type SheetMessages } from './messages.js';
import { checkAbc, checkXyz, defaultAbc, defaultXyz, readShare } from './thresholds.js';

const Choice = {
  period: PeriodSchema,
  measure: MeasureSchema,
  lang: LangSchema,
  rule: z.enum(['before', 'including']),
  deviation: z.enum(['population', 'sample']),
  series: z.enum(['window', 'first-purchase']),
  dates: z.enum(['auto', 'dmy', 'mdy']),
};

/** Every key `options` accepts, in the README's order. */
export const optionKeys = ['abc', 'rule', 'xyz', 'deviation', 'series', 'period', 'measure', 'from', 'to', 'dates', 'lang'] as const;

type OptionKey = (typeof optionKeys)[number];

export const FunctionOptionsSchema = z.object({
  segment: z.custom<SegmentOptionsInput>(),
  lang: LangSchema,
  dates: Choice.dates,
});

export type FunctionOptions = z.infer<typeof FunctionOptionsSchema>;

/** Splits the text into pairs; `=` may have spaces around it. */
function pairs(text: string, m: SheetMessages): Map<OptionKey, string> {
  const found = new Map<OptionKey, string>();
  const tokens = text.replace(/\s*=\s*/g, '=').split(/[\s;]+/).filter(Boolean);
  for (const token of tokens) {
    const at = token.indexOf('=');
    if (at <= 0 || at === token.length - 1) throw new Error(m.badOptionSyntax(token));
    const key = token.slice(0, at).toLowerCase();
    if (!(optionKeys as readonly string[]).includes(key)) throw new Error(m.unknownOption(key, optionKeys));
    found.set(key as OptionKey, token.slice(at + 1));
  }
  return found;
}

function choice<K extends keyof typeof Choice>(key: K, value: string | undefined, m: SheetMessages): z.infer<(typeof Choice)[K]> | undefined {
  if (value === undefined) return undefined;
  const parsed = Choice[key].safeParse(value.toLowerCase());
  if (!parsed.success) throw new Error(m.badOptionValue(key, value, Choice[key].options.join(' | ')));
  return parsed.data as z.infer<(typeof Choice)[K]>;
}

function sharePair(key: string, value: string | undefined, m: SheetMessages): [number, number] | undefined {
  if (value === undefined) return undefined;
  const parts = value.split('/');
  const shares = parts.map((part) => readShare(part));
  if (parts.length !== 2 || shares[0] === null || shares[1] === null) throw new Error(m.badOptionValue(key, value, key === 'abc' ? '80/95' : '10/25'));
  return [shares[0], shares[1]];
}

function date(key: string, value: string | undefined, m: SheetMessages): string | undefined {
  if (value === undefined) return undefined;
  const iso = parseDate(value);
  if (iso === null) throw new Error(m.badOptionValue(key, value, 'YYYY-MM-DD'));
  return iso;
}

/** Reads `options`; errors are in the language the text asks for, else `fallbackLang`. */
export function parseFunctionOptions(text: unknown, fallbackLang: Lang): FunctionOptions {
  const raw = text === undefined || text === null ? '' : String(text);
  const asked = /(?:^|[\s;])lang\s*=\s*(ru|en)(?=$|[\s;])/i.exec(raw)?.[1]?.toLowerCase();
  const lang: Lang = asked === 'ru' || asked === 'en' ? asked : fallbackLang;
  const m = sheetMessages(lang);
  const found = pairs(raw, m);
  const abc = sharePair('abc', found.get('abc'), m) ?? [defaultAbc.a, defaultAbc.b];
  const xyz = sharePair('xyz', found.get('xyz'), m) ?? [defaultXyz.x, defaultXyz.y];
  const segment: SegmentOptionsInput = {
    abc: checkAbc(abc[0], abc[1], choice('rule', found.get('rule'), m) ?? defaultAbc.rule, m),
    xyz: {
      ...checkXyz(xyz[0], xyz[1], m),
      deviation: choice('deviation', found.get('deviation'), m),
      seriesStart: choice('series', found.get('series'), m),
    },
    period: choice('period', found.get('period'), m),
    measure: choice('measure', found.get('measure'), m),
    from: date('from', found.get('from'), m),
    to: date('to', found.get('to'), m),
    lang,
  };
  return { segment, lang, dates: choice('dates', found.get('dates'), m) ?? 'auto' };
}
