/**
 * The DuckDB engine against the core on the real files beside the
 * repository: CDNOW (23,570 customers, thousands of tied totals, 18 months)
 * and Superstore (804 customers, returns, profit). Every client must get the
 * core's class and rank, and shares and CV within 1e-9.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTransactions } from '../../shared/import/index.js';
import { realDataPath } from '../helpers/real-data.js';
import { compareEngines } from './compare.js';

const cdnow = realDataPath('cdnow_master.txt');
const superstore = realDataPath('superstore.csv');

describe('DuckDB engine on real data', () => {
  it.skipIf(!cdnow)('CDNOW, monthly and weekly with sample deviation', async () => {
    const { transactions } = importTransactions(new Uint8Array(readFileSync(cdnow!)));
    const monthly = await compareEngines(transactions);
    expect(monthly.core.clients).toHaveLength(23_570);
    expect(monthly.differences).toEqual([]);
    const weekly = await compareEngines(transactions, { period: 'week', xyz: { deviation: 'sample' }, abc: { rule: 'including' } });
    expect(weekly.differences).toEqual([]);
  }, 120_000);

  it.skipIf(!superstore)('Superstore by profit, quarterly, a window, series from the first purchase', async () => {
    const { transactions } = importTransactions(new Uint8Array(readFileSync(superstore!)));
    const options = { measure: 'profit', period: 'quarter', from: '2020-01-01', to: '2021-12-31', xyz: { seriesStart: 'first-purchase' } } as const;
    const { core, duck, differences } = await compareEngines(transactions, options);
    expect(core.clients.length).toBeGreaterThan(700);
    expect(core.clients.some((c) => c.abcFlag === 'loss')).toBe(true);
    expect(differences).toEqual([]);
    expect(duck.transactions.outsideWindow).toBe(core.transactions.outsideWindow);
  }, 120_000);
});
