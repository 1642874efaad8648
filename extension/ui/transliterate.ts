/**
 * One spelling for Cyrillic and Latin names, so "Romashka" finds «Ромашка»
 * and "Вектор" finds "Vector": Cyrillic goes to Latin by the ICAO Doc 9303
 * table (the one Russian passports use since 2013: ж zh, х kh, ц ts, щ shch,
 * ю iu, я ia), then both sides are folded where common Latin spellings of
 * the same sounds differ (x/ks, w/v, c/k, kh/h, y/j/i, ph/f).
 *
 * @example
 * searchForm('ромашка') === searchForm('Romashka'); // true
 * searchForm('Вектор') === searchForm('vector'); // true
 * searchForm('Юрьев') === searchForm('Yurev'); // true
 */
const ICAO: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'iu', я: 'ia',
};

export function transliterate(text: string): string {
  let out = '';
  for (const char of text.toLowerCase()) out += ICAO[char] ?? char;
  return out;
}

/** Latin spellings of one sound brought together; `ch`, `sh`, `zh` are kept whole before `c` and `h` fold. */
function fold(latin: string): string {
  return latin
    .replace(/shch|sch/g, '\u0001')
    .replace(/ch/g, '\u0002')
    .replace(/sh/g, '\u0003')
    .replace(/zh/g, '\u0004')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/q/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/c/g, 'k')
    .replace(/kh/g, 'h')
    .replace(/tz/g, 'ts')
    .replace(/[yj]/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** The form names and queries are compared in. */
export function searchForm(text: string): string {
  return fold(transliterate(text));
}
