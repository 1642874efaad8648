/**
 * A tiny Windows-1251 encoder for tests: enough of the table to write Russian
 * exports byte by byte (А-я at 0xC0-0xFF, Ё 0xA8, ё 0xB8, № 0xB9, « 0xAB,
 * » 0xBB, no-break space 0xA0), so the decoder is checked against bytes that
 * were not produced by the decoder's own library.
 *
 * @example
 * encodeCp1251('Клиент'); // Uint8Array [0xca, 0xeb, 0xe8, 0xe5, 0xed, 0xf2]
 */
const SPECIAL: Record<string, number> = { Ё: 0xa8, ё: 0xb8, '№': 0xb9, '«': 0xab, '»': 0xbb, '\u00a0': 0xa0 };

export function encodeCp1251(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes[i] = code;
    else if (code >= 0x410 && code <= 0x44f) bytes[i] = 0xc0 + (code - 0x410);
    else if (ch in SPECIAL) bytes[i] = SPECIAL[ch];
    else throw new Error(`no Windows-1251 byte for ${JSON.stringify(ch)} in this test table`);
  }
  return bytes;
}

/** Every character the table above can encode, for generators. */
export const CP1251_CHARS = [
  ...Array.from({ length: 0x40 }, (_, k) => String.fromCharCode(0x410 + k)),
  ...Object.keys(SPECIAL),
];
