/**
 * The custom functions as Sheets calls them: the built bundle in one vm
 * context, Sheets-shaped arguments (2D arrays, '' blanks, numbers as text,
 * Date cells, open-ended ranges), results checked against the core's own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankAbc } from '../../shared/abc.js';
import { paretoCurve, paretoSummary } from '../../shared/pareto.js';
import { segment } from '../../shared/segment.js';
import { toSegmentRows } from '../../shared/segments-table.js';
import { coefficientOfVariation } from '../../shared/variation.js';
import { classifyXyz } from '../../shared/xyz.js';
import type { Transaction } from '../../shared/transaction.js';
import { inContext, loadBundle, type GasGlobal } from './helpers/bundle.js';
import { fakeGas } from './helpers/fake-gas.js';

let gas: GasGlobal;
let ruGas: GasGlobal;
beforeAll(() => {
  gas = loadBundle(fakeGas({ timeZone: 'Europe/Moscow', locale: 'en_US' }).globals);
  ruGas = loadBundle(fakeGas({ timeZone: 'Europe/Moscow', locale: 'ru_RU' }).globals);
});

/** Midnight of an ISO day in Moscow (UTC+3 all year since 2014), as a Moscow spreadsheet's date cell. */
const moscowMidnight = (iso: string) => new Date(Date.parse(`${iso}T00:00:00+03:00`));

const column = <T>(values: T[]): T[][] => values.map((v) => [v]);

describe('ABC', () => {
  it('classes a column like the core, blanks staying blank and aligned', () => {
    const totals = [500, '', 300, '1,234.5', 150, '', 50, 0, -20];
    const result = gas.ABC(column(totals));
    const numbers = [500, 300, 1234.5, 150, 50, 0, -20];
    const core = rankAbc(numbers.map((total, i) => ({ client: String(i), total })));
    const byIndex = new Map(core.map((r) => [Number(r.client), r.abc]));
    const expected = [0, '', 1, 2, 3, '', 4, 5, 6].map((k) => (k === '' ? '' : byIndex.get(k as number)));
    expect(result).toEqual(column(expected));
  });

  it('matches the core for any totals and thresholds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -1000, max: 100_000 }), fc.constant('')), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 10, max: 80 }),
        fc.integer({ min: 1, max: 19 }),
        (cells, a, gap) => {
          const b = Math.min(99, a + gap);
          const result = gas.ABC(column(cells), `${a}%`, b / 100) as string[][];
          const items = cells.flatMap((v, i) => (v === '' ? [] : [{ client: String(i).padStart(7, '0') + ':0000', total: v as number }]));
          const core = new Map(rankAbc(items, { a: a / 100, b: b / 100, rule: 'before' }).map((r) => [r.client, r.abc]));
          expect(result.map((r) => r[0])).toEqual(cells.map((v, i) => (v === '' ? '' : core.get(String(i).padStart(7, '0') + ':0000'))));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('takes a single cell and gives a single class', () => {
    expect(gas.ABC(42)).toBe('A');
  });

  it('explains bad arguments in the spreadsheet language', () => {
    expect(() => gas.ABC(column([10, 'abc']))).toThrow("row 2 of the range: 'abc' is not a number. To leave such rows out and count them, add the option errors=skip.");
    expect(() => ruGas.ABC(column([10, 'abc']))).toThrow("строка 2 диапазона: 'abc' — не число.");
    expect(() => gas.ABC(column([10]), 0.95, 0.8)).toThrow('ABC thresholds must satisfy 0 < a < b < 100%, got a = 95%, b = 80%.');
    expect(() => gas.ABC(column([10]), 'half')).toThrow("a: expected a share such as 80% or 0.8, got 'half'.");
    expect(() => gas.ABC()).toThrow('values is missing.');
  });
});

describe('XYZ', () => {
  it('classes each row by its CV, as the core does; a blank row stays blank', () => {
    const rows = [
      [10, 10, 10, 10],
      [10, 9, '11', '10.5'],
      [10, '', 30, 0],
      ['', '', '', ''],
      [0, 0, 0, 0],
    ];
    const expected = [[10, 10, 10, 10], [10, 9, 11, 10.5], [10, 0, 30, 0], null, [0, 0, 0, 0]].map((r) => (r ? classifyXyz(coefficientOfVariation(r)) : ''));
    expect(gas.XYZ(rows)).toEqual(column(expected));
    expect(expected.slice(0, 3)).toEqual(['X', 'X', 'Z']);
  });

  it('uses the given thresholds', () => {
    const row = [[10, 12, 10, 12]]; // CV 9.1%
    expect(gas.XYZ(row)).toEqual([['X']]);
    expect(gas.XYZ(row, '5%', '8%')).toEqual([['Z']]);
    expect(gas.XYZ(row, 0.05, 0.2)).toEqual([['Y']]);
    expect(() => gas.XYZ(row, 0.3, 0.2)).toThrow('XYZ thresholds must satisfy 0 < x < y, got x = 30%, y = 20%.');
  });
});

describe('PARETO and PARETO_TOP', () => {
  it('gives each item its cumulative share in descending order, aligned with the input', () => {
    const cells = [10, 50, '', 40, -5, 0];
    const curve = paretoCurve([10, 50, 40]);
    expect(gas.PARETO(column(cells))).toEqual(column([curve[3].valueShare, curve[1].valueShare, '', curve[2].valueShare, '', '']));
    expect(gas.PARETO(column(cells))).toEqual(column([1, 0.5, '', 0.9, '', '']));
  });

  it('matches the core curve for any values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 30 }), (values) => {
        const shares = (gas.PARETO(column(values)) as number[][]).map((r) => r[0]);
        const sortedShares = [...shares].sort((p, q) => p - q);
        expect(sortedShares).toEqual(paretoCurve(values).slice(1).map((p) => p.valueShare));
      }),
      { numRuns: 40 },
    );
  });

  it('gives the share of the top fraction as the core does', () => {
    const values = [50, 30, 10, 5, 5, '', '7.5'];
    expect(gas.PARETO_TOP(column(values))).toBeCloseTo(paretoSummary([50, 30, 10, 5, 5, 7.5]).topShare, 12);
    expect(gas.PARETO_TOP(column(values), '50%')).toBeCloseTo(paretoSummary([50, 30, 10, 5, 5, 7.5], 0.5).topShare, 12);
    expect(() => gas.PARETO_TOP(column(values), 0)).toThrow(/fraction must be above 0/);
  });
});

describe('ABCXYZ', () => {
  const transactions: Transaction[] = [
    ...[1, 2, 3, 4, 5, 6].map((m) => ({ client: 'steady', date: `2024-0${m}-01`, amount: 1000 })),
    ...[1, 3, 6].map((m) => ({ client: 'lumpy', date: `2024-0${m}-15`, amount: 700 })),
    { client: '7701234567', date: '2024-02-29', amount: 300.25 },
    { client: '7701234567', date: '2024-05-31', amount: 250 },
    { client: 'refund', date: '2024-04-10', amount: 50 },
    { client: 'refund', date: '2024-04-20', amount: -80 },
  ];
  const header = ['Client', 'Total', 'Share', 'Cumulative share', 'ABC', 'CV', 'XYZ', 'Segment'];
  const expected = (options = {}) =>
    toSegmentRows(segment(transactions, options)).map((r) => [r.client, r.total, r.share, r.cum_share ?? '', r.abc, r.cv ?? '', r.xyz, r.segment]);

  /** The transactions as an open-ended range: ids as numbers, dates as Date cells, amounts partly as text, blank rows below. */
  function range() {
    const rows = transactions.map((t) => [/^\d+$/.test(t.client) ? Number(t.client) : t.client, moscowMidnight(t.date), t.amount === 300.25 ? '300.25' : t.amount]);
    rows.push(['', '', ''], ['', '', ''], ['', '', '']);
    return { clients: rows.map((r) => [r[0]]), dates: rows.map((r) => [r[1]]), amounts: rows.map((r) => [r[2]]) };
  }

  it('gives the header and one row per client as the core segments them', () => {
    const { clients, dates, amounts } = range();
    const result = gas.ABCXYZ(inContext(gas, clients), inContext(gas, dates), amounts);
    expect(result[0]).toEqual(header);
    // A numeric id comes back as a number, so a lookup from a numeric list finds it.
    const withTypedIds = expected().map((r) => [r[0] === '7701234567' ? 7701234567 : r[0], ...r.slice(1)]);
    expect(result.slice(1)).toEqual(withTypedIds);
    expect(result.map((r: unknown[]) => r[0])).toEqual(['Client', 'steady', 'lumpy', 7701234567, 'refund']);
  });

  it('reads every option key', () => {
    const { clients, dates, amounts } = range();
    const text = 'abc=70/90 rule=including xyz = 20/40 deviation=sample series=first-purchase period=quarter measure=revenue from=2024-01-01 to=30.06.2024 dates=dmy lang=ru';
    const result = gas.ABCXYZ(clients, dates, amounts, text);
    expect(result[0]).toEqual(['Клиент', 'Сумма', 'Доля', 'Накопленная доля', 'ABC', 'Коэф. вариации', 'XYZ', 'Сегмент']);
    expect(result.slice(1).map((r: unknown[]) => [String(r[0]), ...r.slice(1)])).toEqual(
      expected({ abc: { a: 0.7, b: 0.9, rule: 'including' }, xyz: { x: 0.2, y: 0.4, deviation: 'sample', seriesStart: 'first-purchase' }, period: 'quarter', from: '2024-01-01', to: '2024-06-30', lang: 'ru' }),
    );
  });

  it('ranks by profit or quantity from extra amount columns', () => {
    const rows = [
      ['a', moscowMidnight('2024-01-10'), 100, 5, 1],
      ['b', moscowMidnight('2024-01-10'), 50, 40, 9],
      ['', '', '', '', ''],
    ];
    const args = [rows.map((r) => [r[0]]), rows.map((r) => [r[1]]), rows.map((r) => r.slice(2))];
    const core = (measure: 'profit' | 'quantity') =>
      toSegmentRows(segment([{ client: 'a', date: '2024-01-10', amount: 100, profit: 5, quantity: 1 }, { client: 'b', date: '2024-01-10', amount: 50, profit: 40, quantity: 9 }], { measure })).map((r) => r.client);
    expect(gas.ABCXYZ(...args, 'measure=profit').slice(1).map((r: unknown[]) => r[0])).toEqual(core('profit'));
    expect(gas.ABCXYZ(...args, 'measure=quantity').slice(1).map((r: unknown[]) => r[1])).toEqual([9, 1]);
    expect(() => gas.ABCXYZ(args[0], args[1], rows.map((r) => [r[2]]), 'measure=profit')).toThrow('measure=profit needs amounts to include a profit column (column 2 of amounts).');
  });

  it('reads text dates and text numbers as a pasted export has them, in the sheet locale', () => {
    const rows = [
      ['c1', '05.03.2024', '1 234,56'],
      ['c1', '06.04.2024', '1 000'],
      ['c2', '2024-03-07', '99.5'],
    ];
    // ru_RU: `1 234,56` and `99,5`; the same in en_US would be bad cells.
    const ruRows = rows.map((r) => [r[0], r[1], r[2] === '99.5' ? '99,5' : r[2]]);
    const result = ruGas.ABCXYZ(ruRows.map((r) => [r[0]]), ruRows.map((r) => [r[1]]), ruRows.map((r) => [r[2]]), 'lang=en');
    expect(() => gas.ABCXYZ(rows.map((r) => [r[0]]), rows.map((r) => [r[1]]), rows.map((r) => [r[2]]))).toThrow("row 1 of the range: '1 234,56' is not a number.");
    expect(result.slice(1)).toEqual(
      toSegmentRows(segment([{ client: 'c1', date: '2024-03-05', amount: 1234.56 }, { client: 'c1', date: '2024-04-06', amount: 1000 }, { client: 'c2', date: '2024-03-07', amount: 99.5 }])).map((r) => [r.client, r.total, r.share, r.cum_share ?? '', r.abc, r.cv ?? '', r.xyz, r.segment]),
    );
  });

  it('gives just the header when no row has a client', () => {
    expect(gas.ABCXYZ([[''], ['']], [[''], ['']], [[''], ['']])).toEqual([header]);
  });

  it('explains bad arguments in English or Russian', () => {
    const c = [['a'], ['b']];
    const d = [[moscowMidnight('2024-01-01')], ['31.02.2024']];
    expect(() => gas.ABCXYZ(c, d, [[1], [2]])).toThrow("row 2 of the range: '31.02.2024' is not a date.");
    expect(() => gas.ABCXYZ(c, d, [[1], [2]], 'lang=ru')).toThrow("строка 2 диапазона: '31.02.2024' — не дата.");
    expect(() => ruGas.ABCXYZ(c, [[moscowMidnight('2024-01-01')], ['']], [[1], [2]])).toThrow('строка 2 диапазона: не указана дата.');
    expect(() => gas.ABCXYZ(c, [[moscowMidnight('2024-01-01')], [moscowMidnight('2024-01-02')]], [[1], ['']])).toThrow('row 2 of the range: the amount is empty.');
    expect(() => gas.ABCXYZ(c, [[1]], [[1], [2]])).toThrow('clients, dates and amounts must have the same number of rows (got 2, 1, 2).');
    expect(() => gas.ABCXYZ(c, d, [[1, 2, 3, 4], [1, 2, 3, 4]])).toThrow(/amounts has 4 columns/);
    expect(() => gas.ABCXYZ([['a', 'b'], ['c', 'd']], d, [[1], [2]])).toThrow('clients must be one column (or one row) of cells.');
    expect(() => gas.ABCXYZ(c, d, [[1], [2]], 'abc=80')).toThrow('options: abc=80 is not valid; expected abc=80/95.');
    expect(() => gas.ABCXYZ(c, d, [[1], [2]], 'abc=95/80')).toThrow('ABC thresholds must satisfy 0 < a < b < 100%, got a = 95%, b = 80%.');
    expect(() => gas.ABCXYZ(c, d, [[1], [2]], 'colour=red')).toThrow(
      "options: unknown key 'colour'. Valid options: abc=80/95, rule=before | including, xyz=10/25, deviation=population | sample, series=window | first-purchase, period=month | week | quarter, measure=revenue | profit | quantity, from=2024-01-01, to=2024-12-31, dates=auto | dmy | mdy, lang=ru | en, errors=stop | skip, headers=0 | 1 | auto, header=true | false.",
    );
    expect(() => gas.ABCXYZ(c, d, [[1], [2]], 'period=day')).toThrow('options: period=day is not valid; expected period=month | week | quarter.');
    expect(() => ruGas.ABCXYZ(c, d, [[1], [2]], 'period=день')).toThrow('options: недопустимое значение period=день; ожидалось period=month | week | quarter (месяц | неделя | квартал).');
    expect(() => gas.ABCXYZ(c, d, [[1], [2]], 'monthly')).toThrow("options: expected key=value, got 'monthly'. Valid options: abc=80/95,");
  });
});
