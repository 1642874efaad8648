/**
 * Thresholds as spreadsheet users write them: `80%`, `0.8`, `80` (a number
 * above 1 is a percent) or a cell formatted as percent (which arrives as
 * 0.8). The rules they must obey are the core's options schema.
 *
 * @example
 * readShare('80%'); // 0.8
 * readShare(95); // 0.95
 * abcThresholds(0.8, '95%', 'en', sheetMessages('en')); // { a: 0.8, b: 0.95, rule: 'before' }
 */
import type { AbcRule, AbcThresholds } from '../shared/abc.js';
import { SegmentOptionsSchema } from '../shared/options.js';
import type { XyzThresholds } from '../shared/xyz.js';
import { isBlank, readNumberCell } from './cells.js';
import type { CellValue } from './gas-types.js';
import type { SheetMessages } from './messages.js';

/** A share as a fraction, or null when unreadable. */
export function readShare(value: CellValue): number | null {
  const text = typeof value === 'string' ? value.trim() : value;
  const isPercent = typeof text === 'string' && text.endsWith('%');
  const n = readNumberCell(isPercent ? (text as string).slice(0, -1) : text);
  if (n === null) return null;
  return isPercent || n > 1 ? n / 100 : n;
}

/** An optional share argument: its default when blank, else the share or an error naming it. */
export function shareArg(value: CellValue | undefined, name: string, fallback: number, m: SheetMessages): number {
  if (value === undefined || isBlank(value)) return fallback;
  const share = readShare(value);
  if (share === null) throw new Error(m.badShare(name, String(value)));
  return share;
}

const defaults = SegmentOptionsSchema.parse({});

export const defaultAbc: AbcThresholds = defaults.abc;
export const defaultXyz: XyzThresholds = defaults.xyz;

export function checkAbc(a: number, b: number, rule: AbcRule, m: SheetMessages): AbcThresholds {
  const parsed = SegmentOptionsSchema.shape.abc.safeParse({ a, b, rule });
  if (!parsed.success) throw new Error(m.abcOrder(a, b));
  return parsed.data;
}

export function checkXyz(x: number, y: number, m: SheetMessages): XyzThresholds {
  const parsed = SegmentOptionsSchema.shape.xyz.safeParse({ x, y });
  if (!parsed.success) throw new Error(m.xyzOrder(x, y));
  return parsed.data;
}
