import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTransactions } from '../../shared/import/index.js';
import { segment } from '../../shared/segment.js';
import { realDataPath } from '../helpers/real-data.js';

const cdnow = realDataPath('cdnow_master.txt');
const superstore = realDataPath('superstore.csv');

describe('segmenting real data', () => {
  it.skipIf(!cdnow)('CDNOW: 23,570 customers, ties share a class, row order does not matter', () => {
    const { transactions } = importTransactions(readFileSync(cdnow!));
    const result = segment(transactions);
    expect(result.clients).toHaveLength(23_570);
    // Many customers bought exactly one CD for the same amount: every group of equal totals has one class.
    const classByTotal = new Map<number, string>();
    let tiedClients = 0;
    for (const c of result.clients) {
      const seen = classByTotal.get(c.total);
      if (seen !== undefined) {
        tiedClients++;
        expect(c.abc).toBe(seen);
      }
      classByTotal.set(c.total, c.abc);
    }
    expect(tiedClients).toBeGreaterThan(10_000);
    // Ties are broken by client id in code-unit order.
    for (let i = 1; i < result.clients.length; i++) {
      const [a, b] = [result.clients[i - 1], result.clients[i]];
      expect(a.total > b.total || (a.total === b.total && a.client < b.client)).toBe(true);
    }
    const reversed = segment([...transactions].reverse());
    expect(reversed.clients.map((c) => `${c.client}:${c.segment}:${c.rank}`)).toEqual(result.clients.map((c) => `${c.client}:${c.segment}:${c.rank}`));
    expect(result.pareto.topShare).toBeGreaterThan(0.5);
  });

  it.skipIf(!superstore)('Superstore: ABC by revenue and by profit differ, losses are C with a flag', () => {
    const { transactions } = importTransactions(readFileSync(superstore!));
    const byRevenue = segment(transactions);
    const byProfit = segment(transactions, { measure: 'profit' });
    expect(byRevenue.clients).toHaveLength(byProfit.clients.length);
    const losers = byProfit.clients.filter((c) => c.total < 0);
    expect(losers.length).toBeGreaterThan(0);
    for (const c of losers) expect([c.abc, c.abcFlag, c.share]).toEqual(['C', 'loss', 0]);
    const revenueClass = new Map(byRevenue.clients.map((c) => [c.client, c.abc]));
    expect(byProfit.clients.some((c) => revenueClass.get(c.client) !== c.abc)).toBe(true);
    // The default rule: the client that crosses 80% is still A.
    const firstB = byRevenue.clients.find((c) => c.abc === 'B')!;
    expect(firstB.cumBefore).toBeGreaterThanOrEqual(0.8 - 1e-12);
    const lastA = byRevenue.clients[firstB.rank - 2];
    expect(lastA.cumBefore).toBeLessThan(0.8);
    expect(byRevenue.window?.periods).toBe(48);
  });
});
