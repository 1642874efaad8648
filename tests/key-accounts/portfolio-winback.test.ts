/**
 * KAM portfolios (counts, revenue and share, load against the 4-10 rule, the
 * dossier's KAM winning) and the win-back list (who is on it and in which
 * order).
 */
import { describe, expect, it } from 'vitest';
import { AccountSchema } from '../../shared/key-accounts/account.js';
import { createLapseHistory } from '../../shared/key-accounts/lapse-history.js';
import { compareWindows, previousWindow } from '../../shared/key-accounts/movement.js';
import { loadOf, portfolioRows } from '../../shared/key-accounts/portfolio.js';
import { formatRowsCsv } from '../../shared/key-accounts/rows-csv.js';
import { winbackColumns, winbackRows } from '../../shared/key-accounts/winback.js';
import { segment } from '../../shared/segment.js';
import type { Transaction } from '../../shared/transaction.js';
import { movementSales, window2024 } from './fixture.js';

type Tier = 'key' | 'develop' | 'maintain';
const client = (id: string, kam: string, abc: 'A' | 'B' | 'C', revenue: number, risk?: 'at-risk' | 'lost') => ({ client: id, kam, abc, revenue, risk });

describe('portfolioRows', () => {
  const clients = [
    client('a1', 'Петров', 'A', 500, undefined),
    client('a2', 'Петров', 'A', 300, 'at-risk'),
    client('b1', 'Иванова', 'B', 100, 'lost'),
    client('c1', 'Иванова', 'C', 50, undefined),
    client('c2', '', 'C', 50, 'at-risk'),
  ];
  const tiers: { tier: Tier }[] = [{ tier: 'key' }, { tier: 'key' }, { tier: 'develop' }, { tier: 'maintain' }, { tier: 'key' }];

  it('counts clients, A clients, key accounts, revenue, share, at-risk and lost per KAM; no KAM last', () => {
    expect(portfolioRows(clients, tiers)).toEqual([
      { kam: 'Петров', clients: 2, a_clients: 2, key_accounts: 2, revenue: 800, share: 0.8, at_risk: 1, lost: 0, load: 'under' },
      { kam: 'Иванова', clients: 2, a_clients: 0, key_accounts: 0, revenue: 150, share: 0.15, at_risk: 0, lost: 1, load: 'under' },
      { kam: '', clients: 1, a_clients: 0, key_accounts: 1, revenue: 50, share: 0.05, at_risk: 1, lost: 0, load: null },
    ]);
  });

  it('takes the KAM from the dossier, counts gone clients as lost, and uses the given load limits', () => {
    const accounts = new Map([['c2', AccountSchema.parse({ client: 'c2', kam: 'Иванова' })]]);
    const rows = portfolioRows(clients, tiers, { accounts, gone: [{ client: 'g', kam: 'Петров' }], load: { min: 1, max: 1 } });
    expect(rows.map((r) => [r.kam, r.clients, r.key_accounts, r.lost, r.load])).toEqual([
      ['Петров', 2, 2, 1, 'over'],
      ['Иванова', 3, 1, 1, 'ok'],
    ]);
  });

  it('load: under below 4 key accounts, over above 10', () => {
    expect([3, 4, 10, 11].map((n) => loadOf(n))).toEqual(['under', 'ok', 'ok', 'over']);
  });

  it('on a run, counts only clients with purchases in the window', () => {
    const current = segment(movementSales(), window2024);
    const moves = compareWindows(current, segment(movementSales(), previousWindow(window2024, 'month')));
    const rows = portfolioRows(current.clients, current.clients.map(() => ({ tier: 'maintain' as Tier })), { gone: moves.gone });
    expect(rows.map((r) => [r.kam, r.clients, r.lost])).toEqual([['Иванова', 2, 0], ['Петров', 2, 1], ['Сидоров', 0, 1]]); // faller has not bought since March: lost
    expect(rows.reduce((sum, r) => sum + r.clients, 0)).toBe(current.clients.length);
  });
});

describe('winbackRows', () => {
  // As of 2024-12-31: `big` lapsed in June after a strong year, `mid` is late against its weekly rhythm,
  // `small` lapsed long ago; `fine` buys on time and stays off the list.
  const sales: Transaction[] = [
    ...Array.from({ length: 12 }, (_, m) => ({ client: 'big', date: `2023-${String(m + 1).padStart(2, '0')}-05`, amount: 10_000 })),
    { client: 'big', date: '2024-06-05', amount: 10_000 },
    ...Array.from({ length: 20 }, (_, w) => ({ client: 'mid', date: new Date(Date.UTC(2024, 6, 1 + 7 * w)).toISOString().slice(0, 10), amount: 500 })),
    { client: 'small', date: '2023-02-01', amount: 300 },
    { client: 'small', date: '2023-03-01', amount: 300 },
    ...Array.from({ length: 12 }, (_, m) => ({ client: 'fine', date: `2024-${String(m + 1).padStart(2, '0')}-20`, amount: 100 })),
  ];
  const result = segment(sales, { asOf: '2024-12-31' });
  const history = createLapseHistory();
  for (const t of sales) history.add(t);
  const accounts = new Map([['big', AccountSchema.parse({ client: 'big', kam: 'Петров', next_step: 'встреча с ЛПР', next_step_date: '2025-01-15' })]]);

  it('ranks at-risk and lost clients by the revenue of their last 12 months before the lapse', () => {
    const rows = winbackRows({ current: result, history, accounts });
    expect(rows.map((r) => [r.client, r.risk, r.revenue_12m])).toEqual([
      ['big', 'lost', 70_000],
      ['mid', 'at-risk', 10_000],
      ['small', 'lost', 600],
    ]);
    expect(rows[0]).toMatchObject({ kam: 'Петров', last_purchase: '2024-06-05', days_since: 209, usual_gap: 31, class_before: 'AZ', next_step: 'встреча с ЛПР', next_step_date: '2025-01-15' });
    expect(rows[1]).toMatchObject({ last_purchase: '2024-11-11', days_since: 50, usual_gap: 7 });
    expect(formatRowsCsv(winbackColumns, rows).split('\r\n')[0]).toBe(winbackColumns.join(','));
  });

  it('adds clients gone since the previous window, with their class then', () => {
    const current = segment(movementSales(), window2024);
    const previous = segment(movementSales(), previousWindow(window2024, 'month'));
    const moves = compareWindows(current, previous);
    const h = createLapseHistory('2024-12-31');
    for (const t of movementSales()) h.add(t);
    const rows = winbackRows({ current, movement: moves, history: h });
    const goner = rows.find((r) => r.client === 'goner')!;
    expect(goner).toMatchObject({ risk: 'lost', revenue_12m: 6000, class_before: 'BX', last_purchase: '2023-12-10', days_since: 387 });
  });
});
