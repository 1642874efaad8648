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

// One pass: at each position the longest spelling wins (shch before sch before sh, ch before c, kh and ck before k).
const SPELLINGS = /shch|sch|ch|sh|zh|kh|ph|ck|tz|x|w|q|c|y|j/g;
const FOLDED: Record<string, string> = {
  shch: '\u0001', sch: '\u0001', ch: '\u0002', sh: '\u0003', zh: '\u0004', kh: 'h', ph: 'f', ck: 'k', tz: 'ts', x: 'ks', w: 'v', q: 'k', c: 'k', y: 'i', j: 'i',
};

/** Latin spellings of one sound brought together; `ch`, `sh`, `zh` are kept whole before `c` and `h` fold; doubled letters count once. */
function fold(latin: string): string {
  return latin.replace(SPELLINGS, (found) => FOLDED[found]).replace(/(.)\1+/g, '$1');
}

/** The form names and queries are compared in. */
export function searchForm(text: string): string {
  return fold(transliterate(text));
}
