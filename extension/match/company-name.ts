/**
 * Company names as CRMs and accounting exports write them, reduced to the
 * words that name the company: case, ё, quotes and legal forms (ООО, АО,
 * ПАО, ИП, LLC, Inc., GmbH, ...) do not tell two companies apart.
 *
 * @example
 * normaliseCompanyName('ООО «Ромашка»'); // 'ромашка'
 * normaliseCompanyName('Romashka, LLC'); // 'romashka'
 * normaliseCompanyName('Общество с ограниченной ответственностью "Ромашка"'); // 'ромашка'
 */

/** Legal forms written as one word (compared after dots are dropped: `L.L.C.` is `llc`). */
const LEGAL_FORMS = new Set([
  'ооо', 'оао', 'зао', 'пао', 'ао', 'нао', 'ип', 'чп', 'тоо', 'одо', 'оо', 'гуп', 'муп', 'фгуп', 'нко', 'ано', 'тов', 'пт',
  'llc', 'inc', 'ltd', 'limited', 'corp', 'corporation', 'co', 'plc', 'llp', 'lp', 'gmbh', 'ag', 'kg', 'ug', 'sa', 'sas', 'sarl',
  'srl', 'spa', 'bv', 'nv', 'oy', 'aps', 'kft', 'sro', 'doo', 'pte', 'pty', 'company',
]);

/** Legal forms written out in words. */
const LEGAL_PHRASES = [
  'общество с ограниченной ответственностью',
  'открытое акционерное общество',
  'закрытое акционерное общество',
  'публичное акционерное общество',
  'непубличное акционерное общество',
  'акционерное общество',
  'индивидуальный предприниматель',
  'товарищество с ограниченной ответственностью',
  'limited liability company',
].map((phrase) => phrase.split(' '));

export function normaliseCompanyName(raw: string): string {
  let words = raw
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}&+]+/u)
    .filter(Boolean);
  // Dropping one form can bring the words of another together, so repeat until nothing changes: this keeps the function idempotent.
  for (;;) {
    const next = dropPhrases(words.filter((word) => !LEGAL_FORMS.has(word)));
    if (next.length === words.length) break;
    words = next;
  }
  return words.join(' ');
}

function dropPhrases(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const phrase = LEGAL_PHRASES.find((p) => p.every((word, k) => words[i + k] === word));
    if (phrase) i += phrase.length;
    else out.push(words[i++]);
  }
  return out;
}
