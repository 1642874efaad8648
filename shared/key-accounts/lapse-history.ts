/**
 * What each client bought in the twelve months up to its last purchase: the
 * win-back list ranks lapsed clients by it. It sees every transaction up to
 * `until` (not only the analysis window), keeping one sum per client and
 * month, so memory follows clients x months, not rows.
 *
 * @example
 * const history = createLapseHistory();
 * history.add({ client: 'c1', date: '2023-05-10', amount: 300 });
 * history.lapse('c1'); // { lastPurchase: '2023-05-10', revenue12m: 300 }
 */
import type { Transaction } from '../transaction.js';

export type Lapse = { lastPurchase: string; revenue12m: number };

export type LapseHistory = {
  add(transaction: Transaction): void;
  lapse(client: string): Lapse | undefined;
  /** The first purchase seen, before any analysis window: tenure counts from it. */
  firstPurchase(client: string): string | undefined;
};

export function createLapseHistory(until?: string): LapseHistory {
  const months = new Map<string, Map<number, number>>();
  const last = new Map<string, string>();
  const first = new Map<string, string>();
  return {
    add(t) {
      if (typeof t.client !== 'string' || !t.client || typeof t.date !== 'string' || !(typeof t.amount === 'number' && Number.isFinite(t.amount))) return;
      if (until !== undefined && t.date > until) return;
      const month = Number(t.date.slice(0, 4)) * 12 + Number(t.date.slice(5, 7)) - 1;
      if (!Number.isFinite(month)) return;
      let sums = months.get(t.client);
      if (!sums) months.set(t.client, (sums = new Map()));
      sums.set(month, (sums.get(month) ?? 0) + t.amount);
      if (t.amount > 0 && t.date > (last.get(t.client) ?? '')) last.set(t.client, t.date);
      if (t.amount > 0 && !(t.date >= (first.get(t.client) ?? '9'))) first.set(t.client, t.date);
    },
    firstPurchase: (client) => first.get(client),
    lapse(client) {
      const lastPurchase = last.get(client);
      if (!lastPurchase) return undefined;
      const end = Number(lastPurchase.slice(0, 4)) * 12 + Number(lastPurchase.slice(5, 7)) - 1;
      let revenue12m = 0;
      for (const [month, sum] of months.get(client)!) if (month > end - 12 && month <= end) revenue12m += sum;
      return { lastPurchase, revenue12m: Math.round(revenue12m * 100) / 100 };
    },
  };
}
