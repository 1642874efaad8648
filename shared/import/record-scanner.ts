/**
 * Finds the fields of one CSV record in a decoded text by their offsets, so
 * that a million rows cost no per-row arrays: the caller hands in one
 * `Fields` buffer, reused for every record, and slices only the cells it
 * reads.
 *
 * The rules are RFC 4180's, as spreadsheets write them: a quote opens a
 * quoted field only as a field's first character; inside, `""` is a literal
 * quote, and a quote followed by the delimiter, a line break or the end of
 * the text (spaces or tabs may stand between) closes the field; any other
 * quote is literal. Outside quotes `\n`, `\r\n` and a lone `\r` all end a
 * record. `whitespace` mode (fixed-width exports such as CDNOW's) splits on
 * runs of spaces and tabs and knows no quotes.
 *
 * A quoted field that would run past MAX_QUOTED_LINES line breaks, or past
 * MAX_QUOTED_CHARS characters once it has crossed a line break, or past the
 * end of the text, is a runaway:
 * the scan stops there and the caller re-reads the record's first line with
 * `lineOnly`, where a quote that does not close on its own line is literal.
 * Every step moves forward, so a scan is linear in the text's length.
 *
 * @example
 * const f = createFields();
 * scanRecord('a,"b,c"\nd', 0, true, 44, f, false); // 8: the record ends after its line break
 * cellAt('a,"b,c"\nd', f, 1);                      // 'b,c'
 */

/** Offsets of one record's fields in the scanned text; `kinds` is 0 plain, 1 quoted, 2 quoted with `""` inside. */
export type Fields = {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  /** Line breaks inside quoted fields: the record covers `1 + breaks` physical lines. */
  breaks: number;
  /** The first field that holds a line break, or -1. */
  multiline: number;
  /** Scratch: whether the quoted field just read holds `""`. */
  escaped: Uint8Array;
  /**
   * Set by the caller: 1 for fields that never hold a line break (ids, dates,
   * numbers). A quote there that reaches a line break runs away at once, so a
   * stray quote costs one line of scanning, not MAX_QUOTED_LINES.
   */
  singleLine: Uint8Array;
  /**
   * Where the next quote, CR and delimiter are in `scanned` (-1: none ahead,
   * -2: not searched yet), found with indexOf and kept until passed, so a
   * line with neither quotes nor a stray CR is split by native searches.
   */
  scanned: string;
  scannedFrom: number;
  quoteAt: number;
  crAt: number;
  delimAt: number;
};

/** The text ends inside the record: call again with more text. */
export const INCOMPLETE = -1;
/** A quoted field runs away (see the module comment): re-read the record's first line with `lineOnly`. */
export const RUNAWAY = -2;

export const MAX_QUOTED_LINES = 64;
export const MAX_QUOTED_CHARS = 65_536;
/** Fields beyond this many in one record are counted but not kept. */
const MAX_FIELDS = 4096;

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** Spaces or tabs allowed between a closing quote and what follows it (a tab only when it is not the delimiter). */
const isPad = (c: number, delim: number): boolean => c === SPACE || (c === TAB && delim !== TAB);

export function createFields(): Fields {
  return {
    count: 0,
    starts: new Int32Array(64),
    ends: new Int32Array(64),
    kinds: new Uint8Array(64),
    breaks: 0,
    multiline: -1,
    escaped: new Uint8Array(1),
    singleLine: new Uint8Array(0),
    scanned: '',
    scannedFrom: 0,
    quoteAt: -2,
    crAt: -2,
    delimAt: -2,
  };
}

function push(f: Fields, start: number, end: number, kind: number): void {
  const i = f.count++;
  if (i >= f.starts.length) {
    if (i >= MAX_FIELDS) return;
    const size = Math.min(MAX_FIELDS, f.starts.length * 2);
    const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    f.starts = grow(f.starts);
    f.ends = grow(f.ends);
    f.kinds = grow(f.kinds);
  }
  f.starts[i] = start;
  f.ends[i] = end;
  f.kinds[i] = kind;
}

/** After a record's terminator at `i` (a CR or LF): where the next record starts, or INCOMPLETE for a CR that may precede an LF yet to come. */
function afterBreak(text: string, i: number, final: boolean): number {
  if (text.charCodeAt(i) === CR) {
    if (i + 1 < text.length) return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
    return final ? i + 1 : INCOMPLETE;
  }
  return i + 1;
}

/** Line breaks in text[from, to): `\r\n`, `\n` and a lone `\r` count once each. */
export function countBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) breaks++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) breaks++;
  }
  return breaks;
}

/** The end of the physical line starting at `from` (the offset of its CR or LF, or the text's length). */
export function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return i;
  }
  return text.length;
}

/**
 * Where the quoted field opened at `open` closes, read char by char so the
 * cost is bounded by the caps: the offset of its closing quote, NOT_CLOSED
 * when the text (up to `limit`) ends first, or RUNAWAY past the caps.
 * `out[0]` tells whether the field holds `""` escapes.
 */
function closingQuote(text: string, open: number, limit: number, delim: number, final: boolean, out: Uint8Array, maxBreaks: number): number {
  // The character cap counts only once the cell has crossed a line break: a long cell on one line is just long.
  let cap = limit;
  let breaks = 0;
  out[0] = 0;
  for (let j = open + 1; j < cap; j++) {
    const c = text.charCodeAt(j);
    if (c === LF || (c === CR && text.charCodeAt(j + 1) !== LF)) {
      if (++breaks > maxBreaks) return RUNAWAY;
      if (breaks === 1) cap = Math.min(limit, open + MAX_QUOTED_CHARS);
      if (j >= cap) return RUNAWAY;
      continue;
    }
    if (c !== QUOTE) continue;
    if (j + 1 < limit && text.charCodeAt(j + 1) === QUOTE) {
      out[0] = 1;
      j++;
      continue;
    }
    let k = j + 1;
    while (k < limit && isPad(text.charCodeAt(k), delim)) k++;
    if (k >= limit) {
      if (limit < text.length || final) return j;
      return NOT_CLOSED;
    }
    const d = text.charCodeAt(k);
    if (d === delim || d === LF || d === CR) return j;
  }
  return cap < limit ? RUNAWAY : NOT_CLOSED;
}

const NOT_CLOSED = -3;

/**
 * Scans the record that starts at `from` into `f`. Returns the offset where
 * the next record starts (after this one's line break), INCOMPLETE when the
 * text ends first and more may come (`final` false), or RUNAWAY. `delim` is
 * the delimiter's char code, or -1 for runs of whitespace.
 */
export function scanRecord(text: string, from: number, final: boolean, delim: number, f: Fields, lineOnly: boolean): number {
  f.count = 0;
  f.breaks = 0;
  f.multiline = -1;
  const n = text.length;
  if (delim < 0) return scanWhitespace(text, from, final, f);
  if (!lineOnly) {
    const end = scanPlainLine(text, from, final, delim, f);
    if (end !== NOT_PLAIN) return end;
  }
  const limit = lineOnly ? lineEnd(text, from) : n;
  let i = from;
  for (;;) {
    const fieldStart = i;
    if (i < limit && text.charCodeAt(i) === QUOTE) {
      const oneLine = f.count < f.singleLine.length && f.singleLine[f.count] === 1;
      const close = closingQuote(text, i, limit, delim, final, f.escaped, oneLine ? 0 : MAX_QUOTED_LINES);
      if (close === RUNAWAY && !lineOnly) return RUNAWAY;
      if (close === NOT_CLOSED && !lineOnly) return final ? RUNAWAY : INCOMPLETE;
      if (close >= 0) {
        const breaks = lineOnly ? 0 : countBreaks(text, i + 1, close);
        if (breaks > 0) {
          f.breaks += breaks;
          if (f.multiline < 0) f.multiline = f.count;
        }
        push(f, i + 1, close, f.escaped[0] ? 2 : 1);
        i = close + 1;
        while (i < limit && isPad(text.charCodeAt(i), delim)) i++;
        const next = afterField(text, i, limit, final, delim, f);
        if (next !== NEXT_FIELD) return next;
        i++;
        continue;
      }
      // lineOnly and no closing quote on this line: the quote is literal, read on as a plain field.
    }
    for (; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c === delim || c === LF || c === CR) break;
    }
    push(f, fieldStart, i, 0);
    const next = afterField(text, i, limit, final, delim, f);
    if (next !== NEXT_FIELD) return next;
    i++;
  }
}

/** A delimiter follows the field: the next field starts after it. */
const NEXT_FIELD = -5;

/**
 * After a field that ends at `i`: NEXT_FIELD when a delimiter follows, else
 * where the next record starts (or INCOMPLETE). A delimiter that ends the
 * text leaves one more, empty, field.
 */
function afterField(text: string, i: number, limit: number, final: boolean, delim: number, f: Fields): number {
  const n = text.length;
  if (i >= n) return final ? n : INCOMPLETE;
  if (i >= limit || text.charCodeAt(i) !== delim) return afterBreak(text, i, final);
  if (i + 1 >= n && final) {
    push(f, n, n, 0);
    return n;
  }
  return NEXT_FIELD;
}

const NOT_PLAIN = -4;

/**
 * The common line, read with indexOf: no quote before its LF, no CR but the
 * one of a CRLF. Returns where the next record starts (or INCOMPLETE), or
 * NOT_PLAIN, having pushed no field, for the character loop to read it.
 */
function scanPlainLine(text: string, from: number, final: boolean, delim: number, f: Fields): number {
  // The positions hold for scans that move forward through one text; anything else searches afresh.
  if (f.scanned !== text || from < f.scannedFrom) {
    f.scanned = text;
    f.quoteAt = f.crAt = f.delimAt = -2;
  }
  // Searches below reach up to this line's end: a later scan of this text must start there or after.
  f.scannedFrom = from;
  const n = text.length;
  const lf = text.indexOf('\n', from);
  const lineEnd = lf === -1 ? n : lf;
  if (f.quoteAt !== -1 && f.quoteAt < from) f.quoteAt = text.indexOf('"', from);
  if (f.quoteAt !== -1 && f.quoteAt < lineEnd) return NOT_PLAIN;
  if (f.crAt !== -1 && f.crAt < from) f.crAt = text.indexOf('\r', from);
  let end = lineEnd;
  if (f.crAt !== -1 && f.crAt < lineEnd) {
    if (f.crAt !== lineEnd - 1 || lf === -1) return NOT_PLAIN;
    end = lineEnd - 1;
  }
  if (lf === -1 && !final) return INCOMPLETE;
  const mark = String.fromCharCode(delim);
  let start = from;
  for (;;) {
    if (f.delimAt !== -1 && f.delimAt < start) f.delimAt = text.indexOf(mark, start);
    const d = f.delimAt;
    if (d === -1 || d >= end) break;
    push(f, start, d, 0);
    start = d + 1;
  }
  push(f, start, end, 0);
  f.scannedFrom = lf === -1 ? n : lf + 1;
  return f.scannedFrom;
}

function scanWhitespace(text: string, from: number, final: boolean, f: Fields): number {
  const n = text.length;
  let i = from;
  for (;;) {
    while (i < n && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
    if (i >= n) return final ? n : INCOMPLETE;
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return afterBreak(text, i, final);
    const start = i;
    for (; i < n; i++) {
      const d = text.charCodeAt(i);
      if (d === SPACE || d === TAB || d === LF || d === CR) break;
    }
    push(f, start, i, 0);
  }
}

/** Field `index` of the record in `f` as text: quotes undone, `""` as `"`; '' when the record has no such field. */
export function cellAt(text: string, f: Fields, index: number): string {
  if (index < 0 || index >= f.count || index >= MAX_FIELDS) return '';
  const s = text.slice(f.starts[index], f.ends[index]);
  return f.kinds[index] === 2 ? s.replaceAll('""', '"') : s;
}
