/**
 * Thresholds as spreadsheet users write them: `80%`, `0.8`, `80` (a number
 * above 1 is a percent) or a cell formatted as percent (which arrives as
 * 0.8). The rules they must obey are the core's options (zod's schema in
 * the sidebar's bundle, its light twin in the custom functions', see
 * segment-options-light.ts).
 *
 * @example
 * readShare('80%'); // 0.8
 * readShare(95); // 0.95
 * checkAbc(0.8, 0.95, 'before', sheetMessages('en')); // { a: 0.8, b: 0.95, rule: 'before' }
 */
import type { AbcRule, AbcThresholds } from '../shared/abc.js';
import { parseSegmentOptions } from '../shared/options.js';
import type { XyzThresholds } from '../shared/xyz.js';
import { isBlank } from './cells.js';
import type { CellValue } from './gas-types.js';
import type { SheetMessages } from './messages.js';

/** A plain non-negative number typed by hand (`0.8`, `0,8`, `80`): either decimal mark, whatever the locale. */
export function typedNumber(text: string): number | null {
  const normal = text.includes('.') ? text : text.replace(',', '.');
  return /^\d+(?:\.\d+)?$|^\.\d+$/.test(normal) ? Number(normal) : null;
}

/** A share as a fraction, or null when unreadable; text takes either decimal mark (`0,8`, `0.8`). */
export function readShare(value: CellValue): number | null {
  let n: number | null = null;
  let isPercent = false;
  if (typeof value === 'number') n = Number.isFinite(value) ? value : null;
  else if (typeof value === 'string') {
    const text = value.trim();
    isPercent = text.endsWith('%');
    n = typedNumber(isPercent ? text.slice(0, -1).trim() : text);
  }
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

const defaults = parseSegmentOptions({});

export const defaultAbc: AbcThresholds = defaults.abc;
export const defaultXyz: XyzThresholds = { x: defaults.xyz.x, y: defaults.xyz.y };
export const defaultDeviation = defaults.xyz.deviation;

export function checkAbc(a: number, b: number, rule: AbcRule, m: SheetMessages): AbcThresholds {
  try {
    return parseSegmentOptions({ abc: { a, b, rule } }).abc;
  } catch {
    throw new Error(m.abcOrder(a, b));
  }
}

export function checkXyz(x: number, y: number, m: SheetMessages): XyzThresholds {
  try {
    const { xyz } = parseSegmentOptions({ xyz: { x, y } });
    return { x: xyz.x, y: xyz.y };
  } catch {
    throw new Error(m.xyzOrder(x, y));
  }
}
