/**
 * The sample accounts table: deterministic, the committed file up to date,
 * read back without a rejected line, and realistic enough that the score,
 * the 3 P's, the portfolio and the win-back list all have something to show.
 *
 * @example
 * // npx vitest run tests/sample-accounts.test.ts
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatAccountsCsv } from '../shared/key-accounts/account-cells.js';
import { isQualified } from '../shared/key-accounts/account.js';
import { readAccountsCsv } from '../shared/key-accounts/read-accounts.js';
import { generateAccounts } from '../tools/sample/accounts.js';
import { generateSample, KAMS } from '../tools/sample/generate.js';

const rows = generateSample();
const accounts = generateAccounts(rows);
const committed = readFileSync(new URL('../sample/accounts.csv', import.meta.url), 'utf8');

describe('sample/accounts.csv', () => {
  it('is what the generator writes (regenerate with npm run sample)', () => {
    expect(committed).toBe(formatAccountsCsv(accounts, 'ru'));
    expect(generateAccounts(rows)).toEqual(accounts);
  });

  it('reads back whole, with Russian headers', () => {
    const read = readAccountsCsv(committed, 'ru');
    expect(read.report).toMatchObject({ rejected: 0, used: accounts.length });
    expect(read.accounts).toEqual(accounts);
  });

  it('has realistic values', () => {
    const clients = new Set(rows.map((r) => r.client));
    expect(accounts.length).toBeGreaterThan(60);
    expect(accounts.every((a) => clients.has(a.client) && (KAMS as readonly string[]).includes(a.kam))).toBe(true);
    const revenue = new Map<string, number>();
    for (const r of rows) revenue.set(r.client, (revenue.get(r.client) ?? 0) + r.amount);
    // A potential is yearly purchases in the category: never below what the client buys from us in a year.
    const withPotential = accounts.filter((a) => a.potential !== undefined);
    expect(withPotential.length / accounts.length).toBeGreaterThan(0.7);
    expect(withPotential.filter((a) => a.potential! < revenue.get(a.client)! / 2 * 0.95).length).toBeLessThan(withPotential.length * 0.1);
    const qualified = accounts.filter(isQualified).length;
    expect(qualified).toBeGreaterThan(accounts.length * 0.2);
    expect(qualified).toBeLessThan(accounts.length * 0.8);
    expect(accounts.some((a) => a.need === 'no' || a.solvency === 'no' || a.authority === 'no')).toBe(true);
    expect(accounts.every((a) => a.decision_makers.length >= 1 && a.decision_makers[0].role === 'decision-maker')).toBe(true);
    expect(accounts.filter((a) => a.payment_delay_days !== undefined).every((a) => a.payment_delay_days! <= 90)).toBe(true);
    expect(accounts.every((a) => a.next_step && a.next_step_date! >= '2025-01-01')).toBe(true);
    expect(accounts.some((a) => a.tags.includes('бренд')) && accounts.some((a) => a.tags.includes('эксперт'))).toBe(true);
  });
});
