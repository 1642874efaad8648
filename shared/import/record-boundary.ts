/**
 * Finds where complete CSV records end in text that arrives in pieces, so
 * that each block handed to papaparse starts and ends on a record boundary
 * even when a quoted field holds delimiters or line breaks.
 *
 * The quote rules mirror papaparse's: a quote opens a quoted field only as
 * the first character of a field; inside, `""` is a literal quote, and a
 * quote followed by the delimiter or the newline (whitespace allowed between)
 * closes the field; any other quote is literal. The scanner keeps its
 * position and quote state between calls, so text is scanned once however
 * it is chunked; a decision that needs characters not yet arrived (a quote
 * at the very end) waits for them.
 *
 * @example
 * const scan = createBoundaryScanner(',', '\n');
 * scan.next('a,"x\ny"\nb,c\nd', false); // 11: the newline after b,c ends the last complete record
 */

export type BoundaryScanner = {
  /**
   * Scans `text` up to `end` (default: all of it; the text must extend that
   * of the previous call, minus what `consumed` dropped) and returns the
   * index of the last record terminator found so far, or -1. With `final`
   * and `end` at the end of the text, nothing is waited for.
   */
  next(text: string, final: boolean, end?: number): number;
  /** The caller dropped the first `count` characters of the text. */
  consumed(count: number): void;
  /** Whether the scan ended inside a quoted field (an unclosed quote at the end of the input). */
  inQuotes(): boolean;
};

const QUOTE = 34;
/** What String.prototype.trim removes, as papaparse's check for spaces after a closing quote uses trim. */
const isWhitespace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

export function createBoundaryScanner(delimiter: string, newline: string): BoundaryScanner {
  const delim = delimiter.charCodeAt(0);
  const nl0 = newline.charCodeAt(0);
  const nlLength = newline.length;
  let pos = 0;
  let inQuotes = false;
  let lastBoundary = -1;
  // The next quote at or after `pos`, cached with how far the text was
  // searched, so text without quotes is searched once, not once per block.
  let quoteAt = -1;
  let searchedTo = 0;

  const nextQuote = (text: string, from: number): number => {
    if (quoteAt >= from) return quoteAt;
    quoteAt = text.indexOf('"', Math.max(from, searchedTo));
    searchedTo = quoteAt === -1 ? text.length : quoteAt;
    return quoteAt;
  };

  const newlineAt = (text: string, i: number): boolean =>
    text.charCodeAt(i) === nl0 && (nlLength === 1 || text.startsWith(newline, i));

  return {
    next(text, isFinal, end = text.length) {
      const n = Math.min(end, text.length);
      const final = isFinal && n === text.length;
      let i = pos;
      while (i < n) {
        if (!inQuotes) {
          // Jump to the next quote; the last newline before it is a boundary.
          const q = nextQuote(text, i);
          const stop = q === -1 || q >= n ? n : q;
          if (stop - i >= nlLength) {
            const at = text.lastIndexOf(newline, stop - nlLength);
            if (at >= i) lastBoundary = at;
          }
          if (stop === n) {
            // A `\r` at the very end may be half of a `\r\n` still to come: look at it again later.
            i = nlLength > 1 && !final && text.charCodeAt(n - 1) === nl0 ? n - 1 : n;
            break;
          }
          if (stop === 0 || text.charCodeAt(stop - 1) === delim || (stop >= nlLength && text.startsWith(newline, stop - nlLength))) {
            inQuotes = true;
          }
          i = stop + 1;
          continue;
        }
        const q = nextQuote(text, i);
        if (q === -1 || q >= n) {
          i = n;
          break;
        }
        i = q;
        // A quote inside a quoted field: escaped, closing, or literal.
        if (i + 1 >= n) {
          if (final) {
            inQuotes = false;
            i++;
          }
          break;
        }
        if (text.charCodeAt(i + 1) === QUOTE) {
          i += 2;
          continue;
        }
        // papaparse lets any whitespace stand between a closing quote and the delimiter or newline.
        let j = i + 1;
        let waiting = false;
        for (; j < n; j++) {
          const w = text.charCodeAt(j);
          if (w === delim) break;
          if (w === nl0) {
            if (j + nlLength > n) {
              waiting = true;
              break;
            }
            if (newlineAt(text, j)) break;
          }
          if (!isWhitespace(w)) break;
        }
        if ((j >= n || waiting) && !final) break;
        if (j >= n) {
          inQuotes = false;
          i = j;
          continue;
        }
        if (text.charCodeAt(j) === delim || newlineAt(text, j)) {
          inQuotes = false;
          i = j;
        } else i++;
      }
      pos = i;
      return lastBoundary;
    },
    consumed(count) {
      pos -= count;
      quoteAt = quoteAt >= count ? quoteAt - count : -1;
      searchedTo = Math.max(0, searchedTo - count);
      lastBoundary = lastBoundary >= count ? lastBoundary - count : -1;
    },
    inQuotes: () => inQuotes,
  };
}
