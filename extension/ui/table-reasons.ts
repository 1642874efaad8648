/**
 * A segments table's reasons, worded again in the reader's language. A table
 * carries its reasons as one text in the language it was made in ("A: 32,0%
 * накопленной доли до него, место 2 из 8; Y: КВ 18% за 18 мес.; …"). Its row
 * holds most of the numbers; the few it lacks (the ABC rule, the number of
 * periods, the days since the last order and the usual gap) are read from
 * that text, through patterns made from the core's own catalogue, so the two
 * cannot drift apart. A part in any other form (edited by hand in a Sheet) is
 * shown as it was written.
 *
 * @example
 * tableReasons(row, 8, 'en');
 * // { abc: 'A: 32.0% cumulative before it, rank 2 of 8', xyz: 'Y: CV 18% over 18 months', risk: 'at risk: 94 days since the last order, usual gap 30' }
 */
import { messages } from '../../shared/messages.js';
import type { Lang, Period } from '../../shared/options.js';
import { abcReason, riskReason, xyzReason } from '../../shared/reasons.js';
import type { SegmentRow } from '../../shared/segments-table.js';

/** `window`: the periods the XYZ reason was measured over, when its text says so. */
export type TableReasons = { abc: string; xyz: string; risk: string | undefined; window?: { periods: number; period: Period } };

type AbcForm = { pattern: RegExp; rule?: 'before' | 'including'; tie?: true; flag?: true };
type XyzForm = { pattern: RegExp; period: Period; periods?: number };

// Stand-ins passed to the catalogue's functions, then turned into pattern groups.
const CLASS = '\u0001';
const TEXT = '\u0002';
const FIRST = 7771;
const SECOND = 7772;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The catalogue's text as a whole-text pattern, each stand-in replaced by its group. */
function formOf(text: string, groups: [string | number, string][]): RegExp {
  let source = escape(text);
  for (const [standIn, group] of groups) source = source.split(escape(String(standIn))).join(group);
  return new RegExp(`^${source}$`, 'u');
}

const langs = Object.values(messages);
const periods: Period[] = ['month', 'week', 'quarter'];

const abcForms = (): AbcForm[] => langs.flatMap((m) => [
  ...(['before', 'including'] as const).map((rule) => ({ rule, pattern: formOf(m.reasonAbc(CLASS, TEXT, rule, FIRST, SECOND), [[CLASS, '[ABC]'], [TEXT, '.+?'], [FIRST, '\\d+'], [SECOND, '(\\d+)']]) })),
  { tie: true as const, pattern: formOf(m.reasonAbcTie(CLASS, FIRST), [[CLASS, '[ABC]'], [FIRST, '(\\d+)']]) },
  { flag: true as const, pattern: formOf(m.reasonAbcNoRevenue(), []) },
  { flag: true as const, pattern: formOf(m.reasonAbcLoss(TEXT), [[TEXT, '.+']]) },
]);

// One period reads differently from several ('1 month', '18 months'), so both are patterns.
const xyzForms = (): XyzForm[] => langs.flatMap((m) =>
  periods.flatMap((period) => [
    { period, pattern: formOf(m.reasonXyz(CLASS, TEXT, FIRST, period), [[CLASS, '[XYZ]'], [TEXT, '.+?'], [FIRST, '(\\d+)']]) },
    { period, pattern: formOf(m.reasonXyzNoSales(FIRST, period), [[FIRST, '(\\d+)']]) },
    { period, periods: 1, pattern: formOf(m.reasonXyz(CLASS, TEXT, 1, period), [[CLASS, '[XYZ]'], [TEXT, '.+?']]) },
    { period, periods: 1, pattern: formOf(m.reasonXyzNoSales(1, period), []) },
  ]),
);

// Built at the first card a table's client opens, not on every page the content script loads on.
let forms: { abc: AbcForm[]; xyz: XyzForm[] } | undefined;
const formsOf = () => (forms ??= { abc: abcForms(), xyz: xyzForms() });

const riskPrefixes = langs.flatMap((m) => Object.values(m.risk).map((word) => `${word.toLowerCase()}:`));

export function tableReasons(row: SegmentRow, count: number, lang: Lang): TableReasons {
  const parts = row.reason ? row.reason.split(/;\s+/) : [];
  const abcText = parts.find((p) => p.startsWith(`${row.abc}:`));
  const xyzText = parts.find((p) => p.startsWith(`${row.xyz}:`));
  const riskText = parts.find((p) => riskPrefixes.some((prefix) => p.toLowerCase().startsWith(prefix)));
  const window = xyzText ? xyzWindow(xyzText) : undefined;
  return {
    abc: abcText ? abcAgain(row, abcText, count, lang) : row.abc,
    xyz: xyzText ? xyzAgain(row, xyzText, lang) : row.xyz,
    risk: riskAgain(row, riskText, lang),
    ...(window ? { window } : {}),
  };
}

function abcAgain(row: SegmentRow, text: string, count: number, lang: Lang): string {
  for (const form of formsOf().abc) {
    const found = form.pattern.exec(text);
    if (!found) continue;
    // The core leaves cum_share blank exactly for the clients it flags: a loss, or no revenue.
    const flag = row.cum_share === null ? (row.total < 0 ? ('loss' as const) : ('no-revenue' as const)) : undefined;
    if (form.flag && !flag) return text;
    const cumShare = row.cum_share ?? 0;
    const input = { abc: row.abc, cumBefore: Math.max(0, cumShare - row.share), cumShare, rank: row.rank, total: row.total, flag };
    const of = form.rule ? Number(found[1]) : count;
    return abcReason(input, of, form.rule ?? 'before', lang, form.tie ? Number(found[1]) : undefined);
  }
  return text;
}

function xyzAgain(row: SegmentRow, text: string, lang: Lang): string {
  for (const form of formsOf().xyz) {
    const found = form.pattern.exec(text);
    if (found) return xyzReason(row.xyz, row.cv ?? NaN, form.periods ?? Number(found[1]), form.period, lang);
  }
  return text;
}

function xyzWindow(text: string): TableReasons['window'] {
  for (const form of formsOf().xyz) {
    const found = form.pattern.exec(text);
    if (found) return { periods: form.periods ?? Number(found[1]), period: form.period };
  }
  return undefined;
}

function riskAgain(row: SegmentRow, text: string | undefined, lang: Lang): string | undefined {
  if (!row.risk) return undefined;
  const numbers = (text?.match(/\d+/g) ?? []).map(Number);
  if (row.risk === 'at-risk' && numbers.length === 2) return riskReason({ risk: 'at-risk', daysSince: numbers[0], usualGap: numbers[1] }, lang);
  if (row.risk === 'lost' && numbers.length === 1) return riskReason({ risk: 'lost', daysSince: numbers[0] }, lang);
  return text ?? messages[lang].risk[row.risk];
}
