/**
 * A CSV file's text and header row, however it was saved: bytes in UTF-8 or
 * Windows-1251 (Russian Excel, 1C), any of the usual delimiters.
 *
 * @example
 * const { text, header, delimiter } = csvText(bytes);
 * header; // ['client', 'name', 'domains', ...]
 */
import Papa from 'papaparse';
import { decodeBytes, detectDelimiter, type Delimiter } from '../../shared/import/index.js';

export type CsvText = { text: string; header: string[]; delimiter: Delimiter; newline: '\r\n' | '\n' | '\r' };

export function csvText(input: Uint8Array | string): CsvText {
  const text = (typeof input === 'string' ? input : decodeBytes(input).text).replace(/^\uFEFF/, '');
  const lf = text.indexOf('\n');
  const newline = lf > 0 && text[lf - 1] === '\r' ? '\r\n' : lf >= 0 ? '\n' : text.includes('\r') ? '\r' : '\n';
  const sample = text.slice(0, 65_536);
  const delimiter = detectDelimiter(sample);
  const firstLine = sample.split(newline).find((line) => line.trim() !== '') ?? '';
  const header =
    delimiter === 'whitespace'
      ? firstLine.trim().split(/\s+/)
      : (Papa.parse<string[]>(firstLine, { delimiter, preview: 1 }).data[0] ?? []).map((h) => h.trim());
  return { text, header, delimiter, newline };
}
