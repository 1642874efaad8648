/**
 * Numbers typed as text, read with the spreadsheet locale's marks, as Sheets
 * itself reads what a user types: in en_US `12,500` is twelve thousand five
 * hundred and `12,5` is not a number; in ru_RU `12,5` is twelve and a half,
 * `1.234` and `1 234` are 1234, and `12.5` is not a number. Group marks must
 * group by three. A sign (`-`, `+`, U+2212), parentheses for a negative, an
 * exponent (`1.5E+3` with the locale's decimal mark) and a currency mark
 * before or after (`$`, `€`, `£`, `₽`, `руб.`, `р.`, `RUB`, `USD`, `EUR`) are
 * allowed. Real number cells never come here: they are numbers already.
 *
 * Kept apart from the CSV import's reader, which has to guess a file's
 * marks: here the spreadsheet says them, and custom functions must stay light.
 *
 * @example
 * const en = numberReader(localeMarks('en_US'));
 * en('12,500'); // 12500
 * en('12,5');   // null (impossible in en_US)
 * numberReader(localeMarks('ru_RU'))('1 234,56 ₽'); // 1234.56
 */

export type LocaleMarks = { decimal: '.' | ','; groups: string };

/** Languages whose spreadsheets write the decimal part after a comma (Google Sheets' locales). */
const COMMA_DECIMAL = new Set([
  'ru', 'uk', 'be', 'kk', 'uz', 'ky', 'az', 'hy', 'ka', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'bg',
  'ro', 'hu', 'sv', 'fi', 'da', 'nb', 'no', 'nn', 'is', 'et', 'lv', 'lt', 'el', 'tr', 'id', 'vi', 'ca', 'gl', 'eu', 'af', 'mk', 'sq',
]);
/** Locales of those languages that write a decimal point all the same. */
const DOT_DECIMAL = new Set(['de_CH', 'it_CH', 'fr_CH', 'es_MX', 'es_US', 'es_PR', 'es_DO', 'es_GT', 'es_HN', 'es_NI', 'es_PA', 'es_SV']);

const SPACES = ' \u00a0\u202f\u2009';

/** The decimal mark and the marks that group thousands in a Sheets locale (`en_US`, `ru_RU`, `de_CH`). */
export function localeMarks(locale: string | undefined): LocaleMarks {
  const code = (locale ?? 'en_US').replace('-', '_');
  const language = code.split('_')[0].toLowerCase();
  if (DOT_DECIMAL.has(code)) return { decimal: '.', groups: `${SPACES}'’,` };
  if (COMMA_DECIMAL.has(language)) return { decimal: ',', groups: `${SPACES}.` };
  return { decimal: '.', groups: `${SPACES},'’` };
}

const CURRENCY = /^(?:руб\.?|р\.|₽|\$|€|£|rub|rur|usd|eur)\s*|\s*(?:руб\.?|р\.?|₽|\$|€|£|rub|rur|usd|eur)$/i;

/** A reader of text cells for the given marks: the number, or null when the text is not one in that locale. */
export function numberReader(marks: LocaleMarks): (text: string) => number | null {
  const { decimal, groups } = marks;
  const isGroup = (c: string) => groups.includes(c);
  return (raw) => {
    let s = raw.trim();
    if (s === '') return null;
    let negative = false;
    if (s[0] === '(' && s[s.length - 1] === ')') {
      negative = true;
      s = s.slice(1, -1).trim();
    }
    for (let pass = 0; pass < 2; pass++) {
      s = s.replace(CURRENCY, '');
      const c = s[0];
      if (c === '-' || c === '+' || c === '\u2212') {
        if (c !== '+') negative = !negative;
        s = s.slice(1).trim();
      }
    }
    let digits = '';
    let fraction = '';
    let exponent = '';
    let run = 0;
    let grouped = 0;
    let i = 0;
    for (; i < s.length; i++) {
      const c = s[i];
      if (c >= '0' && c <= '9') {
        digits += c;
        run++;
      } else if (c !== decimal && isGroup(c)) {
        // `1 234`, `1.234.567`: 1-3 digits, then groups of exactly three.
        if (run === 0 || run > 3 || (grouped > 0 && run !== 3)) return null;
        grouped++;
        run = 0;
      } else break;
    }
    if (grouped > 0 && run !== 3) return null;
    if (i < s.length && s[i] === decimal) {
      for (i++; i < s.length && s[i] >= '0' && s[i] <= '9'; i++) fraction += s[i];
      if (fraction === '' && digits === '') return null;
    }
    if (i < s.length && (s[i] === 'e' || s[i] === 'E')) {
      const match = /^[eE][+-]?\d+$/.exec(s.slice(i));
      if (!match || digits + fraction === '') return null;
      exponent = match[0];
      i = s.length;
    }
    if (i !== s.length || digits + fraction === '') return null;
    const value = Number(`${digits || '0'}.${fraction || '0'}${exponent}`);
    if (!Number.isFinite(value)) return null;
    return value === 0 ? 0 : negative ? -value : value;
  };
}
