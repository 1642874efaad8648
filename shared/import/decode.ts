/**
 * Bytes to text for CSV files: UTF-8 (a BOM is dropped), Windows-1251, the
 * encoding of Russian Excel and 1C exports, or UTF-16 (Excel's "Unicode
 * text", little- or big-endian). In `auto` mode the bytes are read as UTF-8
 * unless they are UTF-16 or not valid UTF-8.
 *
 * UTF-16 is recognised first, from the opening bytes: a BOM (FF FE or FE FF),
 * or, without one, NUL bytes on one side of the byte pairs only. Text in
 * UTF-8 or Windows-1251 has no NUL bytes, while UTF-16 has one in every
 * ASCII character (digits, delimiters, line breaks), on the odd bytes in
 * little-endian and the even ones in big-endian. The first SNIFF_BYTES bytes
 * (or the whole input, if shorter) decide, whatever the chunks; a code unit
 * or surrogate pair split between chunks waits for its other half.
 *
 * Detection works on a stream: ASCII is the same in both encodings, so ASCII
 * bytes are decoded at once, and the decision is taken at the first
 * non-ASCII bytes: an invalid UTF-8 sequence means Windows-1251, while
 * DECISIVE_SEQUENCES valid multi-byte sequences (or the end of the input)
 * mean UTF-8. A multi-byte character split between two chunks waits for its
 * remaining bytes instead of being taken for an invalid one. The decision only
 * looks at the start of the non-ASCII text, so a stray bad byte deep inside a
 * UTF-8 file becomes U+FFFD rather than turning the whole file to mojibake,
 * and it is the same however the input is cut into chunks.
 *
 * Only the platform TextDecoder is used, and only when there are bytes to
 * decode, so text input works where TextDecoder is missing (Apps Script).
 *
 * @example
 * decodeBytes(new Uint8Array([0xca, 0xeb, 0xe8, 0xe5, 0xed, 0xf2])); // { text: 'Клиент', encoding: 'windows-1251' }
 * const decoder = createStreamDecoder('auto');
 * const text = decoder.decode(chunk1) + decoder.decode(chunk2) + decoder.end();
 */
import { z } from 'zod';

export const EncodingOptionSchema = z.enum(['auto', 'utf-8', 'windows-1251', 'utf-16le', 'utf-16be']);
export type EncodingOption = z.infer<typeof EncodingOptionSchema>;
export type Encoding = Exclude<EncodingOption, 'auto'>;

/**
 * Valid UTF-8 multi-byte sequences that settle `auto` detection. Windows-1251
 * text almost never forms even two valid sequences in a row (a capital letter
 * followed by a byte in 0x80-0xBF), let alone eight without an invalid one.
 */
const DECISIVE_SEQUENCES = 8;

export type StreamDecoder = {
  /** Text of the chunk, minus bytes held back until the encoding is known or a character is complete. */
  decode(chunk: Uint8Array): string;
  /** Text still held back; call once after the last chunk. */
  end(): string;
  /** The encoding in use; `utf-8` until non-ASCII bytes have decided otherwise. */
  encoding(): Encoding;
};

type Verdict = Encoding | 'undecided';

/** Opening bytes that settle UTF-16 or not when there is no BOM. */
export const SNIFF_BYTES = 1024;

/**
 * UTF-16 from the opening bytes: a BOM, or NULs on one side of the byte
 * pairs only: at least 2, in at least an eighth of the pairs (Russian text
 * has them only in digits, delimiters and line breaks), and at most an
 * eighth as many on the other side (U+0100, U+0400 and CJK characters such
 * as U+4E00 have a NUL low byte).
 */
export function sniffUtf16(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const pairs = Math.min(head.length, SNIFF_BYTES) >> 1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  if (odd >= 2 && odd * 8 >= pairs && even * 8 <= odd) return 'utf-16le';
  if (even >= 2 && even * 8 >= pairs && odd * 8 <= even) return 'utf-16be';
  return undefined;
}

/**
 * Walks `bytes` as UTF-8 and reports the encoding they imply: Windows-1251 at
 * the first invalid sequence, UTF-8 after DECISIVE_SEQUENCES valid multi-byte
 * ones (or at the end when `final`), else undecided: more bytes are needed.
 */
function judgeUtf8(bytes: Uint8Array, final: boolean): Verdict {
  let valid = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return 'windows-1251';
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return final ? 'windows-1251' : 'undecided';
      const c = bytes[i + k];
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) return 'windows-1251';
    }
    i += need + 1;
    if (++valid >= DECISIVE_SEQUENCES) return 'utf-8';
  }
  return final ? 'utf-8' : 'undecided';
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function firstNonAscii(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  // Four bytes at a time where the buffer allows aligned 32-bit reads.
  const misaligned = (4 - (bytes.byteOffset % 4)) % 4;
  for (; i < n && i < misaligned; i++) if (bytes[i] >= 0x80) return i;
  const words = (n - i) >> 2;
  if (words > 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words);
    for (let w = 0; w < words; w++) {
      if ((view[w] & 0x80808080) !== 0) {
        i += w * 4;
        for (; i < n; i++) if (bytes[i] >= 0x80) return i;
      }
    }
    i += words * 4;
  }
  for (; i < n; i++) if (bytes[i] >= 0x80) return i;
  return -1;
}

export function createStreamDecoder(option: EncodingOption = 'auto'): StreamDecoder {
  let chosen: Encoding | undefined = option === 'auto' ? undefined : option;
  let decoder: TextDecoder | undefined = chosen ? new TextDecoder(chosen) : undefined;
  // Undecided auto mode: ASCII goes through a UTF-8 decoder (identical for
  // ASCII), non-ASCII bytes wait in `held` for the verdict.
  let asciiDecoder: TextDecoder | undefined;
  let held: Uint8Array = new Uint8Array(0);
  let started = false;
  // Auto mode: the opening bytes, held until they settle UTF-16 or not.
  let sniffed = option !== 'auto';
  let head: Uint8Array = new Uint8Array(0);

  /** Holds the opening bytes; once they decide, returns them to decode (with a decoder set for UTF-16). */
  const sniff = (chunk: Uint8Array, final: boolean): Uint8Array | undefined => {
    head = concatBytes(head, chunk);
    const bomOnly = head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
    if (head.length < SNIFF_BYTES && !final && !bomOnly) return undefined;
    sniffed = true;
    const bytes = head;
    head = new Uint8Array(0);
    const utf16 = sniffUtf16(bytes);
    if (utf16) {
      chosen = utf16;
      decoder = new TextDecoder(utf16);
    }
    return bytes;
  };

  const settle = (encoding: Encoding): string => {
    chosen = encoding;
    // A UTF-8 decoder that has only seen ASCII can go on as the real one.
    decoder = encoding === 'utf-8' && asciiDecoder ? asciiDecoder : new TextDecoder(encoding);
    const bytes = held;
    held = new Uint8Array(0);
    return decoder.decode(bytes, { stream: true });
  };

  const decodeAuto = (chunk: Uint8Array, final: boolean): string => {
    if (chunk.length === 0 && !final) return '';
    if (!started && held.length + chunk.length > 0) {
      const head = concatBytes(held, chunk.subarray(0, 3));
      if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
        started = true;
        held = concatBytes(held, chunk);
        asciiDecoder = undefined; // a fresh decoder drops the BOM
        return settle('utf-8');
      }
      if (head.length < 3 && (head.length === 0 || head[0] === 0xef) && !final) {
        // Could still be the start of a BOM split across chunks.
        held = concatBytes(held, chunk);
        return '';
      }
      started = true;
    }
    let text = '';
    if (held.length === 0) {
      const cut = firstNonAscii(chunk);
      if (cut === -1) {
        asciiDecoder ??= new TextDecoder('utf-8', { ignoreBOM: true });
        return asciiDecoder.decode(chunk, { stream: true });
      }
      if (cut > 0) {
        asciiDecoder ??= new TextDecoder('utf-8', { ignoreBOM: true });
        text = asciiDecoder.decode(chunk.subarray(0, cut), { stream: true });
      }
      held = chunk.slice(cut);
    } else {
      held = concatBytes(held, chunk);
    }
    const verdict = judgeUtf8(held, final);
    return verdict === 'undecided' ? text : text + settle(verdict);
  };

  const decode = (chunk: Uint8Array): string => {
    if (decoder) return decoder.decode(chunk, { stream: true });
    return decodeAuto(chunk, false);
  };

  return {
    decode(chunk) {
      if (!sniffed) {
        const bytes = sniff(chunk, false);
        if (bytes === undefined) return '';
        chunk = bytes;
      }
      return decode(chunk);
    },
    end() {
      const opening = sniffed ? '' : decode(sniff(new Uint8Array(0), true)!);
      const rest = decoder ? '' : decodeAuto(new Uint8Array(0), true);
      return opening + rest + (decoder ? decoder.decode() : asciiDecoder ? asciiDecoder.decode() : '');
    },
    encoding: () => chosen ?? 'utf-8',
  };
}

/** Decodes a whole file at once; same rules as the stream decoder. */
export function decodeBytes(bytes: Uint8Array, option: EncodingOption = 'auto'): { text: string; encoding: Encoding } {
  const decoder = createStreamDecoder(option);
  const text = decoder.decode(bytes) + decoder.end();
  return { text, encoding: decoder.encoding() };
}
