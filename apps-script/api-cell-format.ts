/**
 * A cell's look (number format pattern, background colour) in the Sheets
 * API's terms. SpreadsheetApp speaks in patterns and '#rrggbb'; the API
 * wants a format type next to the pattern, and colours as fractions of
 * 255. Defaults ('General', white) become nothing, so a copied cell carries
 * only what was set on purpose.
 *
 * @example
 * numberFormatOf('0.00%'); // { type: 'PERCENT', pattern: '0.00%' }
 * numberFormatOf('@'); // { type: 'TEXT', pattern: '@' }
 * colourOf('#57bb8a'); // { red: 0.341…, green: 0.733…, blue: 0.541… }
 * cellFormatOf('yyyy-mm-dd', '#ffffff'); // { numberFormat: { type: 'DATE', pattern: 'yyyy-mm-dd' } }
 */
import type { ApiObject } from './gas-types.js';

export type ApiNumberFormat = { type: 'TEXT' | 'NUMBER' | 'PERCENT' | 'DATE' | 'TIME' | 'DATE_TIME'; pattern: string };

export function numberFormatOf(pattern: string | undefined): ApiNumberFormat | undefined {
  if (!pattern || /^general$/i.test(pattern)) return undefined;
  if (pattern === '@') return { type: 'TEXT', pattern };
  // Quoted literals ("days") and escaped characters say nothing about the kind of format.
  const tokens = pattern.replace(/"[^"]*"|\\./g, '');
  if (tokens.includes('%')) return { type: 'PERCENT', pattern };
  const date = /[yd]/i.test(tokens) || /m{3,}/i.test(tokens);
  const time = /[hs]/i.test(tokens) || /am\/pm/i.test(tokens);
  if (date && time) return { type: 'DATE_TIME', pattern };
  if (date) return { type: 'DATE', pattern };
  if (time) return { type: 'TIME', pattern };
  return { type: 'NUMBER', pattern };
}

export function colourOf(hex: string | undefined): { red: number; green: number; blue: number } | undefined {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!match || /^#ffffff$/i.test(hex ?? '')) return undefined;
  const [red, green, blue] = match.slice(1).map((part) => parseInt(part, 16) / 255);
  return { red, green, blue };
}

/** The API's userEnteredFormat for a cell; {} when it has neither a number format nor a colour. */
export function cellFormatOf(pattern: string | undefined, background: string | undefined): ApiObject {
  const format: ApiObject = {};
  const numberFormat = numberFormatOf(pattern);
  if (numberFormat) format.numberFormat = numberFormat;
  const rgbColor = colourOf(background);
  if (rgbColor) format.backgroundColorStyle = { rgbColor };
  return format;
}
