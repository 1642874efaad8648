/**
 * The table's fast path for score reasons (`scoreReasoner`, its pieces
 * written straight into the CSV chunk, quoting without a scan) must give
 * exactly the text and the cells of the plain `scoreReason` and csvCell.
 *
 * @example
 * // npx vitest run tests/key-accounts/score-reasoner.test.ts
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountSchema, type Account } from '../../shared/key-accounts/account.js';
import { scoreReason, scoreReasoner } from '../../shared/key-accounts/score-reasons.js';
import { scoreClient, scoreContext, type ScoreClient, type ScoreContext } from '../../shared/key-accounts/score.js';
import { segment } from '../../shared/segment.js';
import { formatSegmentsCsv, segmentsCsvChunks, toSegmentRows } from '../../shared/segments-table.js';

const langArb = fc.constantFrom('en' as const, 'ru' as const);
// Shares on a grid of 1/20,000 hit the exact halves of a one-decimal percent (x.x5%), where toFixed must decide.
const shareArb = fc.oneof(fc.integer({ min: 0, max: 20_000 }).map((k) => k / 20_000), fc.double({ min: 0, max: 1, noNaN: true }));
const clientArb: fc.Arbitrary<ScoreClient> = fc.record({
  share: shareArb,
  revenue: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 1e7, noNaN: true })),
  profit: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  xyz: fc.constantFrom('X', 'Y', 'Z'),
  periodsWithPurchase: fc.integer({ min: 0, max: 24 }),
  periods: fc.integer({ min: 1, max: 24 }),
  firstPurchase: fc.option(fc.constantFrom('2020-02-29', '2023-01-01', '2024-06-15', '2024-12-31'), { nil: undefined }),
  trendChange: fc.option(fc.oneof(fc.integer({ min: -400, max: 400 }).map((k) => k / 200), fc.double({ min: -5, max: 5, noNaN: true }), fc.constant(Infinity)), { nil: undefined }),
  potential: fc.option(fc.double({ min: 0, max: 1e8, noNaN: true }), { nil: undefined }),
  tags: fc.subarray(['brand', 'эксперт', 'tag "quoted"', 'other']),
});
const accountArb: fc.Arbitrary<Account | undefined> = fc.option(
  fc.record({ potential: fc.option(fc.integer({ min: 0, max: 1e8 }), { nil: undefined }), tags: fc.subarray(['бренд', 'expert', 'a;b', '"VIP" клиент']), payment_delay_days: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }) }).map((a) => AccountSchema.parse({ client: 'c', ...a })),
  { nil: undefined },
);
const contextArb: fc.Arbitrary<ScoreContext> = fc.record({
  breadwinnerShare: fc.constantFrom(0.1, 0.05, 0.125),
  medianMargin: fc.option(fc.double({ min: -0.5, max: 0.8, noNaN: true }), { nil: undefined }),
  asOf: fc.constantFrom('2024-12-31', ''),
  windowPeriods: fc.integer({ min: 1, max: 24 }),
  periodsPerYear: fc.constant(12),
  period: fc.constant('month' as const),
  totalRevenue: fc.double({ min: 0, max: 1e9, noNaN: true }),
});

describe('scoreReasoner', () => {
  it('words every score exactly as scoreReason, as a string and as written pieces (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(clientArb, accountArb), { minLength: 1, maxLength: 20 }), contextArb, langArb, (clients, context, lang) => {
        // One reasoner over many scores: its caches must never give one score's words to another.
        const reason = scoreReasoner(lang);
        for (const [client, account] of clients) {
          const score = scoreClient(client, account, context);
          const expected = scoreReason(score, lang);
          expect(reason(score)).toBe(expected);
          const out = ['before'];
          expect(reason.write(score, out)).toBe(expected.length);
          expect(out.slice(1).join('')).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the segments table with key-account columns', () => {
  it('streams the same table as formatSegmentsCsv, with scoreReason in each row, whatever the dossier (property)', () => {
    const rowArb = fc.record({
      client: fc.constantFrom('C1', 'C2', '=C3', 'ООО "Ромашка"', 'C;5'),
      date: fc.constantFrom('2024-01-15', '2024-02-03', '2024-06-30', '2024-11-02'),
      amount: fc.integer({ min: -500, max: 5000 }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 40 }), fc.array(accountArb, { minLength: 5, maxLength: 5 }), fc.integer({ min: 1, max: 3000 }), langArb, (rows, dossier, size, lang) => {
        const result = segment(rows, { lang });
        const ids = ['C1', 'C2', '=C3', 'ООО "Ромашка"', 'C;5'];
        const accounts = new Map(dossier.flatMap((a, i) => (a ? [[ids[i], { ...a, client: ids[i] }] as const] : [])));
        const table = toSegmentRows(result, lang, { accounts });
        table.forEach((row, i) => expect(row.score_reason).toBe(scoreReason(scoreClient(result.clients[i], accounts.get(row.client), scoreContext(result)), lang)));
        expect([...segmentsCsvChunks(result, lang, size, { accounts })].join('')).toBe(formatSegmentsCsv(table));
      }),
      { numRuns: 150 },
    );
  });
});
