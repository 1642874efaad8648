/**
 * The key-client score: each part measured and normalised, missing parts
 * left out with the weights renormalised, tiers at their thresholds, and the
 * reasons in Russian and English.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountSchema } from '../../shared/key-accounts/account.js';
import { parseScoreOptions } from '../../shared/key-accounts/score-options.js';
import { missingReason, scorePartReasons, scoreReason } from '../../shared/key-accounts/score-reasons.js';
import { scoreClient, scoreClients, scoreContext, tierOf, type ScoreClient, type ScoreContext } from '../../shared/key-accounts/score.js';
import { OptionsError } from '../../shared/options.js';
import { segment } from '../../shared/segment.js';

const context: ScoreContext = { breadwinnerShare: 0.1, medianMargin: 0.2, asOf: '2024-12-31', windowPeriods: 12, periodsPerYear: 12, period: 'month', totalRevenue: 10_000_000 };
const client: ScoreClient = { share: 0.025, revenue: 250_000, profit: 50_000, xyz: 'X', periodsWithPurchase: 12, periods: 12, firstPurchase: '2024-01-01', trendChange: 0.25, potential: undefined, tags: [] };
const part = (score: ReturnType<typeof scoreClient>, name: string) => score.parts.find((p) => p.part === name);

describe('score parts', () => {
  it('turnover: the share against the breadwinner share on a square-root scale', () => {
    expect(part(scoreClient(client, undefined, context), 'turnover')!.value).toBeCloseTo(0.5);
    expect(part(scoreClient({ ...client, share: 0.2 }, undefined, context), 'turnover')!.value).toBe(1);
    expect(part(scoreClient({ ...client, share: 0 }, undefined, context), 'turnover')!.value).toBe(0);
  });

  it('margin: the median scores 0.5, twice the median 1, a loss 0; unknown profit leaves it out', () => {
    expect(part(scoreClient(client, undefined, context), 'margin')!.value).toBeCloseTo(0.5);
    expect(part(scoreClient({ ...client, profit: 100_000 }, undefined, context), 'margin')!.value).toBe(1);
    expect(part(scoreClient({ ...client, profit: -1 }, undefined, context), 'margin')!.value).toBe(0);
    const noProfit = scoreClient(client, undefined, { ...context, medianMargin: undefined });
    expect(part(noProfit, 'margin')).toBeUndefined();
    expect(noProfit.missing).toContain('margin');
    expect(scoreClient({ ...client, revenue: 0 }, undefined, context).missing).toContain('margin');
  });

  it('reliability: XYZ and purchase frequency, averaged with the payment delay when the dossier has it', () => {
    expect(part(scoreClient(client, undefined, context), 'reliability')!.value).toBe(1);
    expect(part(scoreClient({ ...client, xyz: 'Z', periodsWithPurchase: 3 }, undefined, context), 'reliability')!.value).toBeCloseTo(0.125);
    expect(part(scoreClient({ ...client, xyz: 'Y', periodsWithPurchase: 6 }, undefined, context), 'reliability')!.value).toBeCloseTo(0.5);
    const slowPayer = AccountSchema.parse({ client: 'c', payment_delay_days: 30 });
    expect(part(scoreClient(client, slowPayer, context), 'reliability')!.value).toBeCloseTo(0.75);
    const never = AccountSchema.parse({ client: 'c', payment_delay_days: 90 });
    expect(part(scoreClient(client, never, context), 'reliability')!.value).toBeCloseTo(0.5);
  });

  it('tenure: days since the first purchase against two years', () => {
    expect(part(scoreClient({ ...client, firstPurchase: '2024-01-01' }, undefined, context), 'tenure')!.value).toBeCloseTo(365 / 730);
    expect(part(scoreClient({ ...client, firstPurchase: '2020-01-01' }, undefined, context), 'tenure')!.value).toBe(1);
    expect(scoreClient({ ...client, firstPurchase: undefined }, undefined, context).missing).toContain('tenure');
  });

  it('trend: flat 0.5, +50% 1, -50% 0; unknown is missing', () => {
    expect(part(scoreClient({ ...client, trendChange: 0 }, undefined, context), 'trend')!.value).toBe(0.5);
    expect(part(scoreClient({ ...client, trendChange: 0.25 }, undefined, context), 'trend')!.value).toBeCloseTo(0.75);
    expect(part(scoreClient({ ...client, trendChange: -0.9 }, undefined, context), 'trend')!.value).toBe(0);
    expect(part(scoreClient({ ...client, trendChange: Infinity }, undefined, context), 'trend')!.value).toBe(1);
    expect(scoreClient({ ...client, trendChange: undefined }, undefined, context).missing).toContain('trend');
  });

  it('wallet: the potential against a breadwinner yearly turnover, with the share of wallet; the dossier potential wins', () => {
    const s = scoreClient({ ...client, potential: 100 }, AccountSchema.parse({ client: 'c', potential: 500_000 }), context);
    // Yearly 250,000 of a 500,000 potential; a breadwinner buys 1,000,000 a year.
    expect(s.shareOfWallet).toBeCloseTo(0.5);
    expect(part(s, 'wallet')!.value).toBeCloseTo(0.5);
    expect(part(s, 'wallet')!.figures).toEqual({ potential: 500_000, yearly: 250_000, shareOfWallet: 0.5 });
    expect(scoreClient({ ...client, potential: 5_000_000 }, undefined, context).shareOfWallet).toBeCloseTo(0.05);
    // Buying since July: six months of 250,000 make 500,000 a year.
    expect(scoreClient({ ...client, firstPurchase: '2024-07-15', potential: 1_000_000 }, undefined, context).shareOfWallet).toBeCloseTo(0.5);
    const none = scoreClient(client, undefined, context);
    expect(none.shareOfWallet).toBeUndefined();
    expect(none.missing).toContain('wallet');
  });

  it('reputation: a brand tag 1, an expert tag 0.6, other tags 0, none missing', () => {
    expect(part(scoreClient({ ...client, tags: ['Бренд'] }, undefined, context), 'reputation')!.value).toBe(1);
    expect(part(scoreClient(client, AccountSchema.parse({ client: 'c', tags: ['эксперт'] }), context), 'reputation')!.value).toBe(0.6);
    expect(part(scoreClient({ ...client, tags: ['vip'] }, undefined, context), 'reputation')!.value).toBe(0);
    expect(scoreClient(client, undefined, context).missing).toContain('reputation');
  });
});

describe('renormalisation and tiers', () => {
  it('spreads the weight of missing parts over the known ones and says which were missing', () => {
    const s = scoreClient(client, undefined, context);
    expect(s.missing).toEqual(['wallet', 'reputation']);
    const known = 0.25 + 0.15 + 0.15 + 0.1 + 0.1;
    expect(part(s, 'turnover')!.weight).toBeCloseTo(0.25 / known);
    expect(s.parts.reduce((sum, p) => sum + p.weight, 0)).toBeCloseTo(1);
    // 0.5, 0.5, 1, 0.5, 0.75 with weights 25, 15, 15, 10, 10 of 75.
    expect(s.score).toBeCloseTo(((0.5 * 25 + 0.5 * 15 + 1 * 15 + (365 / 730) * 10 + 0.75 * 10) / 75) * 100, 1);
  });

  it('keeps the score within 0..100 and equal to the sum of its parts (property)', () => {
    const arb = fc.record({
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      revenue: fc.double({ min: -1e6, max: 1e7, noNaN: true }),
      profit: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      xyz: fc.constantFrom('X', 'Y', 'Z') as fc.Arbitrary<'X' | 'Y' | 'Z'>,
      periodsWithPurchase: fc.integer({ min: 0, max: 12 }),
      periods: fc.constant(12),
      firstPurchase: fc.option(fc.constantFrom('2020-05-01', '2024-06-30', '2024-12-31'), { nil: undefined }),
      trendChange: fc.option(fc.double({ min: -1, max: 10, noNaN: true }), { nil: undefined }),
      potential: fc.option(fc.double({ min: 0, max: 1e8, noNaN: true }), { nil: undefined }),
      tags: fc.array(fc.constantFrom('brand', 'expert', 'x')),
    });
    const weights = fc.record({ turnover: fc.integer({ min: 1, max: 50 }), margin: fc.integer({ min: 0, max: 50 }), reputation: fc.integer({ min: 0, max: 50 }) });
    fc.assert(
      fc.property(arb, weights, (c, w) => {
        const s = scoreClient(c, undefined, context, parseScoreOptions({ weights: w }));
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(100);
        expect(s.score).toBeCloseTo(s.parts.reduce((sum, p) => sum + p.points, 0), 0);
        expect(s.parts.length + s.missing.length).toBe(7);
      }),
    );
  });

  it('puts a client in a tier at the documented thresholds, which are settable', () => {
    const defaults = parseScoreOptions();
    expect([tierOf(55, defaults), tierOf(54.9, defaults), tierOf(40, defaults), tierOf(39.9, defaults)]).toEqual(['key', 'develop', 'develop', 'maintain']);
    expect(tierOf(55, parseScoreOptions({ tiers: { key: 70, develop: 50 } }))).toBe('develop');
    expect(() => parseScoreOptions({ tiers: { key: 30, develop: 50 } })).toThrow(OptionsError);
    expect(() => parseScoreOptions({ weights: { turnover: 0, margin: 0, reliability: 0, tenure: 0, trend: 0, wallet: 0, reputation: 0 } })).toThrow(/at least one weight/);
  });

  it('a weight set to 0 gives the same score as that part missing', () => {
    const withBrand = { ...client, tags: ['brand'] };
    const zero = scoreClient(withBrand, undefined, context, parseScoreOptions({ weights: { reputation: 0 } }));
    expect(zero.score).toBe(scoreClient(client, undefined, context).score);
  });

  it('qualified only when need, solvency and authority are all yes', () => {
    expect(scoreClient(client, AccountSchema.parse({ client: 'c', need: 'yes', solvency: 'yes', authority: 'yes' }), context).qualified).toBe(true);
    expect(scoreClient(client, AccountSchema.parse({ client: 'c', need: 'yes', solvency: 'yes' }), context).qualified).toBe(false);
    expect(scoreClient(client, undefined, context).qualified).toBeUndefined();
  });
});

describe('score reasons', () => {
  const account = AccountSchema.parse({ client: 'c', potential: 1_000_000, payment_delay_days: 15, tags: ['эксперт'] });
  const s = scoreClient(client, account, context);

  it('lists every part in words and numbers, in English', () => {
    expect(scorePartReasons(s, 'en').map((r) => `${r.name}: ${r.text} → ${r.points}`)).toEqual([
      'turnover: 2.5% of total (breadwinner 10%) → 13/25',
      'margin: 20.0% (median 20.0%) → 8/15',
      'reliability: X, 12 of 12 periods, pays in 15 days → 13/15',
      'tenure: 365 days (full at 730) → 5/10',
      'trend: +25% vs previous periods → 8/10',
      'share of wallet: 25%, potential 1,000,000 a year, 750,000 to reach → 15/15',
      'reputation: tags: эксперт → 6/10',
    ]);
    expect(missingReason(s, 'en')).toBeUndefined();
    // 12.5 + 7.5 + 13.125 + 5 + 7.5 + 15 + 6
    expect(s.score).toBe(66.6);
    expect(scoreReason(s, 'en')).toMatch(/^score 67 \(key\): turnover 2\.5% of total \(breadwinner 10%\): 13\/25; margin/);
  });

  it('and in Russian, with what was missing', () => {
    const partial = scoreClient({ ...client, trendChange: -0.2 }, undefined, { ...context, medianMargin: undefined });
    expect(scoreReason(partial, 'ru')).toBe(
      'балл 59 (ключевой): оборот 2,5% суммы (кормилец 10%): 21/42; надёжность X, 12 из 12 периодов: 25/25; стаж 365 дней (полный балл с 730): 8/17; динамика −20% к прошлым периодам: 5/17; нет данных: маржа, доля закупок, репутация (веса пересчитаны)',
    );
  });
});

describe('scoreClients on a run', () => {
  it('scores every client in the run order, with the dossier by client id', () => {
    const rows = [
      ...Array.from({ length: 12 }, (_, m) => ({ client: 'big', date: `2024-${String(m + 1).padStart(2, '0')}-10`, amount: 1000, profit: 300 })),
      { client: 'small', date: '2024-11-10', amount: 50, profit: 5 },
    ];
    const result = segment(rows);
    const scores = scoreClients(result, new Map([['small', AccountSchema.parse({ client: 'small', potential: 12_000, need: 'yes', solvency: 'yes', authority: 'yes' })]]));
    expect(result.clients.map((c) => c.client)).toEqual(['big', 'small']);
    expect(scores[0].tier).toBe('key');
    expect(scores[1].qualified).toBe(true);
    // One order of 50 in November, the data ending in December: 300 a year.
    expect(scores[1].shareOfWallet).toBeCloseTo(300 / 12_000);
    expect(scoreContext(result).medianMargin).toBeCloseTo((0.3 + 0.1) / 2);
  });
});
