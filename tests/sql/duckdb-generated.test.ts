/**
 * The DuckDB engine against the core on generated data built to hit every
 * convention: tied totals, returns, clients netting to zero or a loss, months
 * without purchases, several rows a day, boundaries landing exactly on 80%,
 * and every option that changes the query's path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromDayNumber } from '../../shared/calendar.js';
import type { SegmentOptionsInput } from '../../shared/options.js';
import type { Transaction } from '../../shared/transaction.js';
import { compareEngines } from './compare.js';

const day0 = 19_000; // 2022-01-08

const transactionArb = fc.record({
  client: fc.constantFrom('c01', 'c02', 'c03', 'c04', 'c05', 'c06', 'c07', 'c08', 'c09', 'c10', 'Z', 'a', 'é'),
  day: fc.integer({ min: 0, max: 700 }),
  // Whole cents, so ties and net zero occur often; returns are negative.
  cents: fc.oneof(fc.constantFrom(10_000, -10_000, 5_000, 20_000, 0), fc.integer({ min: -50_000, max: 200_000 })),
  profit: fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: undefined }),
});

const toTransactions = (rows: { client: string; day: number; cents: number; profit?: number }[]): Transaction[] =>
  rows.map((r) => ({ client: r.client, date: isoFromDayNumber(day0 + r.day), amount: r.cents / 100, ...(r.profit !== undefined && { profit: r.profit }) }));

const optionsArb: fc.Arbitrary<SegmentOptionsInput> = fc.record({
  period: fc.constantFrom('month', 'week', 'quarter'),
  measure: fc.constantFrom('revenue', 'revenue', 'profit'),
  abc: fc.record({ a: fc.constantFrom(0.5, 0.8), b: fc.constantFrom(0.9, 0.95), rule: fc.constantFrom('before', 'including') }),
  xyz: fc.record({ x: fc.constantFrom(0.1, 0.2), y: fc.constantFrom(0.25, 1), deviation: fc.constantFrom('population', 'sample'), seriesStart: fc.constantFrom('window', 'first-purchase') }),
  from: fc.option(fc.constantFrom('2022-03-15', '2021-11-01'), { nil: undefined }),
  to: fc.option(fc.constantFrom('2023-06-30', '2023-12-31'), { nil: undefined }),
  asOf: fc.option(fc.constantFrom('2024-01-31'), { nil: undefined }),
  riskMinDays: fc.constantFrom(0, 30),
}) as fc.Arbitrary<SegmentOptionsInput>;

describe('DuckDB engine on generated data', () => {
  it('agrees with segment() on every client, for any data and options', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(transactionArb, { minLength: 1, maxLength: 120 }), optionsArb, async (rows, options) => {
        const { differences } = await compareEngines(toTransactions(rows), options);
        expect(differences).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('ties, returns, net-zero and loss clients, empty months, a boundary exactly at 80%', async () => {
    const t = (client: string, date: string, amount: number): Transaction => ({ client, date, amount });
    const transactions = [
      // a: 80% of the positive total; b and c tie at 5% each; d crosses 95%.
      t('a', '2024-01-05', 800), t('a', '2024-03-05', 0.1), t('a', '2024-03-06', -0.1),
      t('c', '2024-01-10', 50), t('b', '2024-02-10', 50),
      t('d', '2024-04-01', 100),
      // e nets to zero (a return), f is a loss, g only ever returns.
      t('e', '2024-01-02', 30), t('e', '2024-02-02', -30),
      t('f', '2024-01-02', 10), t('f', '2024-05-02', -25),
      t('g', '2024-02-02', -5),
    ];
    const { core, duck, differences } = await compareEngines(transactions);
    expect(differences).toEqual([]);
    // The case must exercise what it claims: a tie, both flags, a zero month.
    expect(core.clients.map((c) => [c.client, c.abc, c.abcFlag ?? '', c.tieRank ?? ''])).toEqual([
      ['a', 'A', '', ''], ['d', 'B', '', ''], ['b', 'B', '', ''], ['c', 'B', '', 3], ['e', 'C', 'no-revenue', ''], ['g', 'C', 'loss', ''], ['f', 'C', 'loss', ''],
    ]);
    expect(duck.clients.map((c) => c.abc)).toEqual(core.clients.map((c) => c.abc));
  });

  it('values exactly on a threshold, as floats leave them: CV 10% (1.10 and 0.90) and a 10% trend', async () => {
    const t = (client: string, date: string, amount: number): Transaction => ({ client, date, amount });
    const months = ['2024-01-10', '2024-02-10', '2024-03-10', '2024-04-10', '2024-05-10', '2024-06-10'];
    const transactions = [
      ...months.map((d, i) => t('steady', d, i % 2 ? 0.9 : 1.1)),
      ...months.map((d, i) => t('growing', d, i < 3 ? 1 : 1.1)),
    ];
    const { core, differences } = await compareEngines(transactions, { trendPeriods: 3 });
    expect(differences).toEqual([]);
    expect(core.clients.find((c) => c.client === 'steady')!.xyz).toBe('X');
    expect(core.clients.find((c) => c.client === 'growing')!.trend).toBe('stable');
  });

  it('no client with a positive total, a single client, and an empty window', async () => {
    const t = (client: string, date: string, amount: number): Transaction => ({ client, date, amount });
    const losses = await compareEngines([t('a', '2024-01-05', -10), t('b', '2024-02-05', 0), t('a', '2024-03-05', 5)]);
    expect(losses.differences).toEqual([]);
    expect(losses.duck.clients.map((c) => [c.abc, c.abcFlag, c.share])).toEqual([['C', 'no-revenue', 0], ['C', 'loss', 0]]);
    const single = await compareEngines([t('solo', '2024-01-05', 10)], { xyz: { deviation: 'sample' } });
    expect(single.differences).toEqual([]);
    expect(single.duck.clients[0]).toMatchObject({ abc: 'A', xyz: 'Z', share: 1 });
    const empty = await compareEngines([t('a', '2024-01-05', 10)], { from: '2025-01-01' });
    expect(empty.duck.clients).toEqual([]);
    expect(empty.duck.transactions.outsideWindow).toBe(1);
  });
});
