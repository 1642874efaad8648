/**
 * Numbers as people and spreadsheets write them: `1234.56`, `1 234,56` (with a
 * plain, non-breaking U+00A0, narrow U+202F or thin U+2009 space), `1,234.56`,
 * `1.234,56`, `1'234.56`, `(123.45)` for a negative, a leading `-`, `+` or
 * Unicode minus U+2212, `1.5E+3`, and a currency mark before or after the
 * number (₽, руб., руб, р., р, $, €, £, RUB, RUR, USD, EUR; any case).
 * Numbers that are already JS numbers pass through when finite.
 *
 * Which mark is the decimal one:
 * - both `.` and `,` present: the later one is decimal, the other groups thousands;
 * - the same mark twice or more (`1,234,567`, `1.234.567`): it groups thousands;
 * - one mark, once: decimal (`12,5` is 12.5 as in Russian files; `12.5` is
 *   12.5), except the ambiguous `1,234` / `1.234` (1-3 digits with no leading
 *   zero, the mark, exactly 3 digits): decimal unless `decimalMark` says the
 *   file uses the other mark, in which case it groups thousands. The importer
 *   settles `decimalMark` from the numbers of the first rows (see
 *   settleDecimalMark).
 * Thousands groups must have 3 digits; anything else (`1 2 3`, `12abc`,
 * `1,2,3`) is not a number and gives null, as does an empty cell.
 *
 * @example
 * parseNumber('1 234,56 ₽'); // 1234.56
 * parseNumber('(1,234.50)'); // -1234.5
 * parseNumber('1,234', '.'); // 1234
 * parseNumber('n/a');        // null
 */

export type DecimalMark = '.' | ',';

const DOT = 46;
const COMMA = 44;
const MINUS = 45;
const ZERO = 48;
const NINE = 57;

const CURRENCY_MARKS = ['руб.', 'руб', 'р.', 'р', '₽', '$', '€', '£', 'rub', 'rur', 'usd', 'eur'];

const isDigit = (c: number): boolean => c >= ZERO && c <= NINE;
const isGroupSpace = (c: number): boolean =>
  c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 39 /* ' */ || c === 0x2019 /* ’ */;

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

const isGroupSpaceCode = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;

/**
 * The common cells, read in one pass without allocation: an optional `-`,
 * digits optionally grouped by spaces (`1 234 567`), then an optional `.` or
 * `,` and decimals. Up to 15 digits the value is computed from the digits:
 * the scaled integer and the power of ten are exact, so the one division
 * rounds exactly as Number(text) would. Returns undefined when the text
 * needs the full reader (signs, currency, `1,234.56`, the ambiguous
 * `1,234` against a hint, very long numbers).
 */
function fastNumber(text: string, decimalMark: DecimalMark | undefined, start = 0, n = text.length): number | undefined {
  if (n <= start) return undefined;
  const negative = text.charCodeAt(start) === MINUS;
  let i = negative ? start + 1 : start;
  const intStart = i;
  let scaled = 0;
  let digits = 0;
  let run = 0;
  let groups = 0;
  let c = 0;
  for (; i < n; i++) {
    c = text.charCodeAt(i);
    if (c >= ZERO && c <= NINE) {
      scaled = scaled * 10 + (c - ZERO);
      digits++;
      run++;
    } else if (isGroupSpaceCode(c)) {
      if (run === 0 || run > 3 || (groups > 0 && run !== 3)) return undefined;
      groups++;
      run = 0;
    } else break;
  }
  if (digits === 0 || (groups > 0 && run !== 3)) return undefined;
  const intDigits = digits;
  let fractionDigits = 0;
  if (i < n) {
    if (c !== DOT && c !== COMMA) return undefined;
    const mark = c;
    const fracStart = ++i;
    for (; i < n; i++) {
      c = text.charCodeAt(i);
      if (c < ZERO || c > NINE) return undefined;
      scaled = scaled * 10 + (c - ZERO);
    }
    fractionDigits = i - fracStart;
    if (fractionDigits === 0) return undefined;
    // `1,234` / `1.234` against a hint for the other mark is 1234: the full reader decides.
    const ambiguous = groups === 0 && fractionDigits === 3 && intDigits <= 3 && text.charCodeAt(intStart) !== ZERO;
    if (ambiguous && decimalMark !== undefined && decimalMark !== (mark === DOT ? '.' : ',')) return undefined;
  }
  if (intDigits + fractionDigits > 15) return undefined;
  const value = scaled / POWERS_OF_TEN[fractionDigits];
  return value === 0 ? 0 : negative ? -value : value;
}

function stripCurrency(text: string): string {
  const lower = text.toLowerCase();
  for (const mark of CURRENCY_MARKS) {
    if (lower.endsWith(mark)) return text.slice(0, text.length - mark.length).trim();
  }
  for (const mark of CURRENCY_MARKS) {
    if (lower.startsWith(mark)) return text.slice(mark.length).trim();
  }
  return text;
}

type Unsigned = { digits: string; fraction: string; decimal: DecimalMark | undefined; ambiguous: boolean };

/** Checks that the integer part's groups are 1-3 digits then exactly 3 each; returns the bare digits. */
function groupedDigits(part: string, groupIsSpace: boolean, group: number): string | null {
  let digits = '';
  let run = 0;
  let groups = 0;
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (isDigit(c)) {
      run++;
      continue;
    }
    const isGroup = groupIsSpace ? isGroupSpace(c) : c === group;
    if (!isGroup) return null;
    if (run === 0 || run > 3 || (groups > 0 && run !== 3)) return null;
    digits += part.slice(i - run, i);
    run = 0;
    groups++;
  }
  if (groups > 0 && run !== 3) return null;
  return digits + part.slice(part.length - run);
}

/**
 * Splits an unsigned number into integer digits and fraction digits, or null.
 * `ambiguous` marks the `1,234` / `1.234` case that decimalMark decides.
 */
function readUnsigned(s: string, decimalMark: DecimalMark | undefined): Unsigned | null {
  let dots = 0;
  let commas = 0;
  let lastDot = -1;
  let lastComma = -1;
  let spaces = false;
  let digitsSeen = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) digitsSeen = true;
    else if (c === DOT) (dots++, (lastDot = i));
    else if (c === COMMA) (commas++, (lastComma = i));
    else if (isGroupSpace(c)) spaces = true;
    else return null;
  }
  if (!digitsSeen || !isDigit(s.charCodeAt(s.length - 1))) return null;

  let decimalAt = -1;
  let group = -1; // char code of the thousands mark, if it is `.` or `,`
  let ambiguous = false;
  if (dots > 0 && commas > 0) {
    const decimalIsDot = lastDot > lastComma;
    if ((decimalIsDot ? dots : commas) !== 1) return null;
    decimalAt = decimalIsDot ? lastDot : lastComma;
    group = decimalIsDot ? COMMA : DOT;
    if (spaces) return null;
  } else if (dots + commas > 1) {
    if (dots > 0 && commas > 0) return null;
    group = dots > 0 ? DOT : COMMA;
    if (spaces) return null;
  } else if (dots + commas === 1) {
    const at = dots ? lastDot : lastComma;
    const mark: DecimalMark = dots ? '.' : ',';
    const head = s.slice(0, at);
    const fractionLength = s.length - at - 1;
    ambiguous = !spaces && fractionLength === 3 && head.length >= 1 && head.length <= 3 && head.charCodeAt(0) !== ZERO;
    if (ambiguous && decimalMark !== undefined && decimalMark !== mark) group = mark === '.' ? DOT : COMMA;
    else decimalAt = at;
  }

  const intPart = decimalAt === -1 ? s : s.slice(0, decimalAt);
  const fraction = decimalAt === -1 ? '' : s.slice(decimalAt + 1);
  for (let i = 0; i < fraction.length; i++) if (!isDigit(fraction.charCodeAt(i))) return null;
  if (intPart.length === 0 && fraction.length === 0) return null;
  const digits = group === -1 ? groupedDigits(intPart, true, 0) : groupedDigits(intPart, false, group);
  if (digits === null) return null;
  const decimal: DecimalMark | undefined = decimalAt === -1 ? undefined : s.charCodeAt(decimalAt) === DOT ? '.' : ',';
  return { digits, fraction, decimal, ambiguous };
}

type Parts = { negative: boolean; body: string };

/** Peels sign, parentheses and currency marks off a trimmed cell. */
function peel(text: string): Parts {
  let s = text;
  let negative = false;
  const last = s.charCodeAt(s.length - 1);
  if (last >= ZERO && last <= NINE) {
    const first = s.charCodeAt(0);
    if (first >= ZERO && first <= NINE) return { negative, body: s };
  }
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  s = stripCurrency(s);
  const c = s.charCodeAt(0);
  if (c === MINUS || c === 0x2212 || c === 43 /* + */) {
    if (c !== 43) negative = !negative;
    s = stripCurrency(s.slice(1).trim());
  }
  return { negative, body: s };
}

/**
 * Whether `s` is `1.5E+3`-style: digits with an optional `.` (or `.5`), then
 * `e`, an optional sign and digits. Checked in one pass: the regular
 * expression this replaces backtracked on long runs of digits.
 */
function isExponential(s: string): boolean {
  const n = s.length;
  let i = 0;
  let mantissa = 0;
  while (i < n && isDigit(s.charCodeAt(i))) (i++, mantissa++);
  if (i < n && s.charCodeAt(i) === DOT) {
    i++;
    while (i < n && isDigit(s.charCodeAt(i))) (i++, mantissa++);
  }
  if (mantissa === 0 || i >= n || (s.charCodeAt(i) | 32) !== 101 /* e */) return false;
  i++;
  if (i < n && (s.charCodeAt(i) === 43 || s.charCodeAt(i) === MINUS)) i++;
  const exponentStart = i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  return i === n && i > exponentStart;
}

/** Longest number or date cell read: anything longer is not a value someone typed or exported. */
export const MAX_VALUE_CHARS = 64;

/**
 * parseNumber over `text[start, end)` without slicing it first, for the
 * importer's hot loop; the same result as parseNumber of that slice.
 *
 * @example
 * parseNumberIn('a,1 234,56', 2, 10, ','); // 1234.56
 */
export function parseNumberIn(text: string, start: number, end: number, decimalMark?: DecimalMark): number | null {
  const fast = fastNumber(text, decimalMark, start, end);
  return fast !== undefined ? fast : parseNumber(text.slice(start, end), decimalMark);
}

export function parseNumber(value: string | number | null | undefined, decimalMark?: DecimalMark): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
  if (value == null || value.length === 0 || value.length > MAX_VALUE_CHARS) return null;
  const fast = fastNumber(value, decimalMark);
  if (fast !== undefined) return fast;
  const { negative, body } = peel(value.trim());
  if (body.length === 0) return null;
  let result: number;
  if (isExponential(body)) result = Number(body);
  else {
    const parts = readUnsigned(body, decimalMark);
    if (!parts) return null;
    result = Number(`${parts.digits || '0'}.${parts.fraction || '0'}`);
  }
  if (!Number.isFinite(result)) return null;
  if (negative) result = -result;
  return result === 0 ? 0 : result;
}

/**
 * The decimal mark a cell proves, if any: `1 234,56` proves `,`, `1,234.56`
 * and `12.5` prove `.`, while `1,234`, `1.234` and `1234` prove nothing.
 */
export function decimalMarkOf(value: string): DecimalMark | undefined {
  if (value.length > MAX_VALUE_CHARS) return undefined;
  const { body } = peel(value.trim());
  const parts = readUnsigned(body, undefined);
  if (!parts || parts.ambiguous) return undefined;
  return parts.decimal;
}

/**
 * Whether a cell is `1,234` / `1.234`: a number whose mark could be decimal
 * or thousands, which only the rest of the file can settle.
 *
 * @example
 * isAmbiguousNumber('12,500'); // true
 * isAmbiguousNumber('12,50');  // false
 */
export function isAmbiguousNumber(value: string): boolean {
  if (value.length > MAX_VALUE_CHARS) return false;
  const { body } = peel(value.trim());
  return readUnsigned(body, undefined)?.ambiguous ?? false;
}

/**
 * The file's decimal mark from a sample of numeric cells: the only mark any
 * of them proves, or undefined when none proves one or they disagree (then
 * each ambiguous cell is read with the decimal default).
 *
 * @example
 * settleDecimalMark(['1,234', '99.90']); // '.'
 */
export function settleDecimalMark(values: Iterable<string>): DecimalMark | undefined {
  let dot = false;
  let comma = false;
  for (const value of values) {
    const mark = decimalMarkOf(value);
    if (mark === '.') dot = true;
    else if (mark === ',') comma = true;
  }
  return dot === comma ? undefined : dot ? '.' : ',';
}
