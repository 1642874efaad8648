/**
 * The win-back list: at-risk and lost clients, and those gone since the
 * previous window, ranked by what they bought in the twelve months up to
 * their last purchase, with days since that purchase, the usual gap, the
 * class before the lapse (the previous window's when known), the KAM and the
 * dossier's next step.
 *
 * @example
 * winbackRows({ current: result, movement, history, accounts })[0];
 * // { client: '7701', risk: 'lost', revenue_12m: 840000, days_since: 212, class_before: 'AX', next_step: 'позвонить', ... }
 */
import { dayNumber } from '../calendar.js';
import type { Segmentation } from '../segment.js';
import type { Account } from './account.js';
import type { LapseHistory } from './lapse-history.js';
import type { MovementResult } from './movement.js';

export const winbackColumns = ['client', 'name', 'kam', 'risk', 'revenue_12m', 'last_purchase', 'days_since', 'usual_gap', 'class_before', 'next_step', 'next_step_date'] as const;

export type WinbackRow = {
  client: string;
  name: string;
  kam: string;
  risk: 'at-risk' | 'lost';
  revenue_12m: number;
  last_purchase: string;
  days_since: number;
  usual_gap: number | null;
  class_before: string;
  next_step: string;
  next_step_date: string;
};

export type WinbackInput = {
  current: Pick<Segmentation, 'clients' | 'asOf' | 'options'>;
  movement?: Pick<MovementResult, 'byClient' | 'gone'>;
  history?: LapseHistory;
  accounts?: ReadonlyMap<string, Account>;
};

export function winbackRows({ current, movement, history, accounts }: WinbackInput): WinbackRow[] {
  const asOfDay = current.asOf ? dayNumber(current.asOf) : NaN;
  const rows: WinbackRow[] = [];
  const push = (c: { client: string; name: string; kam: string; lastPurchase?: string; usualGapDays?: number; revenue: number }, risk: WinbackRow['risk'], classBefore: string) => {
    const lapse = history?.lapse(c.client);
    const last = lapse?.lastPurchase ?? c.lastPurchase ?? '';
    const account = accounts?.get(c.client);
    rows.push({
      client: c.client,
      name: account?.name || c.name,
      kam: account?.kam || c.kam,
      risk,
      revenue_12m: lapse?.revenue12m ?? c.revenue,
      last_purchase: last,
      days_since: last ? Math.max(0, asOfDay - dayNumber(last)) : 0,
      usual_gap: c.usualGapDays === undefined ? null : Math.round(c.usualGapDays),
      class_before: classBefore,
      next_step: account?.next_step ?? '',
      next_step_date: account?.next_step_date ?? '',
    });
  };
  for (const c of current.clients) {
    if (c.risk) push(c, c.risk, movement?.byClient.get(c.client)?.prevSegment ?? c.segment);
  }
  for (const g of movement?.gone ?? []) {
    const last = history?.lapse(g.client)?.lastPurchase ?? g.lastPurchase;
    const days = last ? asOfDay - dayNumber(last) : Infinity;
    push(g, days >= current.options.lostDays ? 'lost' : 'at-risk', g.segment);
  }
  return rows.sort((a, b) => b.revenue_12m - a.revenue_12m || a.days_since - b.days_since || a.client.localeCompare(b.client));
}
