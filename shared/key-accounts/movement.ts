/**
 * Class movement: the same clients segmented in the window before, and
 * where each one went. `up` and `down` compare ABC first and XYZ within the
 * same ABC class (AZ → BX is down: turnover matters more than regularity);
 * `new`: no purchase in the previous window; `gone`: bought then, not now.
 *
 * @example
 * const windows = previousWindow({ from: '2024-01-01', to: '2024-12-31' }, 'month');
 * // { from: '2023-01-01', to: '2023-12-31' }
 * const moves = compareWindows(segment(rows, current), segment(rows, windows));
 * moves.byClient.get('7701'); // { prevSegment: 'AY', movement: 'down', ... }
 */
import type { CellCode } from '../messages.js';
import type { Period } from '../options.js';
import { periodEnd, periodOf, periodStart } from '../periods.js';
import type { ClientSegment, Segmentation } from '../segment.js';
import type { Movement } from './messages.js';

export type { Movement } from './messages.js';

export type Window = { from: string; to: string };

export type ClientMovement = { prevAbc: string | undefined; prevXyz: string | undefined; prevSegment: CellCode | undefined; movement: Movement };

export type Downgrade = { client: string; name: string; kam: string; from: CellCode; to: CellCode | 'gone'; revenueBefore: number; revenueNow: number };

export type MovementResult = {
  current: Window;
  previous: Window;
  /** Every client with a purchase in the current window. */
  byClient: Map<string, ClientMovement>;
  /** Clients of the previous window with no purchase in the current one, in the previous ranking's order. */
  gone: ClientSegment[];
  /** Clients per (previous cell or `new`, current cell or `gone`). */
  summary: Map<`${CellCode | 'new'}>${CellCode | 'gone'}`, number>;
  /** Down and gone clients, the largest loss of revenue first. */
  downgrades: Downgrade[];
};

/** The window of the same number of periods just before `span`. */
export function previousWindow(span: Window, period: Period): Window {
  const start = periodOf(span.from, period);
  const end = periodOf(span.to, period);
  const length = end - start + 1;
  return { from: periodStart(start - length, period), to: periodEnd(start - 1, period) };
}

/** The last `periods` periods up to `lastDate`, and the window before them. */
export function lastWindows(lastDate: string, period: Period, periods = 12): { current: Window; previous: Window } {
  const end = periodOf(lastDate, period);
  const current = { from: periodStart(end - periods + 1, period), to: periodEnd(end, period) };
  return { current, previous: previousWindow(current, period) };
}

const abcOrder: Record<string, number> = { A: 0, B: 1, C: 2 };
const xyzOrder: Record<string, number> = { X: 0, Y: 1, Z: 2 };

export function movementOf(before: CellCode | undefined, now: CellCode | undefined): Movement {
  if (before === undefined) return 'new';
  if (now === undefined) return 'gone';
  const rank = (cell: CellCode) => abcOrder[cell[0]] * 3 + xyzOrder[cell[1]];
  return rank(now) < rank(before) ? 'up' : rank(now) > rank(before) ? 'down' : 'same';
}

export function compareWindows(current: Segmentation, previous: Segmentation): MovementResult {
  const before = new Map(previous.clients.map((c) => [c.client, c]));
  const byClient = new Map<string, ClientMovement>();
  const summary: MovementResult['summary'] = new Map();
  const count = (key: `${CellCode | 'new'}>${CellCode | 'gone'}`) => summary.set(key, (summary.get(key) ?? 0) + 1);
  const downgrades: Downgrade[] = [];
  for (const c of current.clients) {
    const p = before.get(c.client);
    const movement = movementOf(p?.segment, c.segment);
    byClient.set(c.client, { prevAbc: p?.abc, prevXyz: p?.xyz, prevSegment: p?.segment, movement });
    count(`${p?.segment ?? 'new'}>${c.segment}`);
    if (movement === 'down') downgrades.push({ client: c.client, name: c.name || p!.name, kam: c.kam || p!.kam, from: p!.segment, to: c.segment, revenueBefore: p!.revenue, revenueNow: c.revenue });
  }
  const gone = previous.clients.filter((p) => !byClient.has(p.client));
  for (const p of gone) {
    count(`${p.segment}>gone`);
    downgrades.push({ client: p.client, name: p.name, kam: p.kam, from: p.segment, to: 'gone', revenueBefore: p.revenue, revenueNow: 0 });
  }
  downgrades.sort((a, b) => b.revenueBefore - b.revenueNow - (a.revenueBefore - a.revenueNow) || a.client.localeCompare(b.client));
  const spanOf = (s: Segmentation): Window => ({ from: s.window?.from ?? s.options.from ?? '', to: s.window?.to ?? s.options.to ?? '' });
  return { current: spanOf(current), previous: spanOf(previous), byClient, gone, summary, downgrades };
}
