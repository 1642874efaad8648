/**
 * The custom functions on the sheets analysts really have, in node:vm with
 * an en_US and a ru_RU spreadsheet: text amounts read by the locale, ids in
 * their own type, bad cells stopping or skipped and counted, header rows,
 * one series down a column, forgiving options (every example the help
 * gives), and no service beyond the spreadsheet's own getters.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rankAbc } from '../../shared/abc.js';
import { paretoSummary } from '../../shared/pareto.js';
import { segment } from '../../shared/segment.js';
import { coefficientOfVariation } from '../../shared/variation.js';
import { classifyXyz } from '../../shared/xyz.js';
import type { Transaction } from '../../shared/transaction.js';
import { inContext, loadBundle, REPO, type GasGlobal } from './helpers/bundle.js';
import { fakeGas } from './helpers/fake-gas.js';

let en: GasGlobal;
let ru: GasGlobal;
beforeAll(() => {
  en = loadBundle(fakeGas({ timeZone: 'Europe/Moscow', locale: 'en_US' }).globals);
  ru = loadBundle(fakeGas({ timeZone: 'Europe/Moscow', locale: 'ru_RU' }).globals);
});

const column = <T>(values: T[]): T[][] => values.map((v) => [v]);
const moscow = (iso: string) => new Date(Date.parse(`${iso}T00:00:00+03:00`));
const firsts = (rows: unknown[][]) => rows.map((r) => r[0]);

/** The core's rows of the =ABCXYZ table, ids as given. */
const coreRows = (transactions: Transaction[], options = {}) =>
  segment(transactions, options).clients.map((c) => [c.client, Number(c.total.toFixed(2)), Number(c.share.toFixed(6)), c.abcFlag ? '' : Number(c.cumShare.toFixed(6)), c.abc, Number.isFinite(c.cv) ? Number(c.cv.toFixed(4)) : '', c.xyz, c.segment]);

describe('text amounts in the spreadsheet locale', () => {
  it('reads 12,500 as twelve thousand five hundred in en_US, in ABC, PARETO_TOP and ABCXYZ', () => {
    const cells = ['12,500', '1,234', '980'];
    const core = rankAbc([12500, 1234, 980].map((total, i) => ({ client: String(i), total }))).map((r) => [r.abc]);
    expect(en.ABC(column(cells))).toEqual(core);
    expect(core[0]).toEqual(['A']);
    expect(en.PARETO_TOP(column(cells), 0.34)).toBeCloseTo(paretoSummary([12500, 1234, 980], 0.34).topShare, 12);
    const dates = column([moscow('2024-01-10'), moscow('2024-01-11'), moscow('2024-01-12')]);
    const table = en.ABCXYZ(column(['big', 'mid', 'small']), inContext(en, dates), column(cells));
    expect(table.slice(1).map((r: unknown[]) => [r[0], r[1]])).toEqual([['big', 12500], ['mid', 1234], ['small', 980]]);
  });

  it('reads decimal commas and space or dot groups in ru_RU', () => {
    const cells = ['12,5', '1.234', '1 234 567,89', '(1 000)', '980 ₽'];
    const numbers = [12.5, 1234, 1234567.89, -1000, 980];
    const core = new Map(rankAbc(numbers.map((total, i) => ({ client: String(i), total }))).map((r) => [Number(r.client), r.abc]));
    expect(ru.ABC(column(cells))).toEqual(column(numbers.map((_, i) => core.get(i))));
  });

  it('takes a value impossible in the locale for a bad cell, in the user language', () => {
    expect(() => en.ABC(column([10, '12,5']))).toThrow("row 2 of the range: '12,5' is not a number.");
    expect(() => ru.ABC(column([10, '12.5']))).toThrow("строка 2 диапазона: '12.5' — не число.");
    expect(() => en.ABC(column([10, '1,23,456']))).toThrow(/row 2 of the range/);
  });

  it('leaves real number cells as they are', () => {
    expect(ru.ABC(column([0.5, 1234.5, 3]))).toEqual(en.ABC(column([0.5, 1234.5, 3])));
  });
});

describe('client ids in their own type', () => {
  it('gives numeric INNs back as numbers and text ids as text, so a lookup finds them', () => {
    const clients = column([7701234567, '0123456789', 7701234567, 'ООО Ромашка']);
    const dates = inContext(en, column(['2024-01-10', '2024-01-11', '2024-02-10', '2024-01-12'].map(moscow)));
    const table = en.ABCXYZ(clients, dates, column([100, 50, 100, 10]));
    const ids = firsts(table.slice(1));
    expect(ids).toEqual([7701234567, '0123456789', 'ООО Ромашка']);
    expect(typeof ids[0]).toBe('number');
    // VLOOKUP(7701234567, spill, 2) compares a number with the first column.
    expect(table.find((r: unknown[]) => r[0] === 7701234567)?.[1]).toBe(200);
  });
});

describe('bad cells', () => {
  /** 10,000 rows with a #N/A amount, a TRUE amount and an empty date among them. */
  function bigRange() {
    const clients: unknown[][] = [];
    const dates: unknown[][] = [];
    const amounts: unknown[][] = [];
    const good: Transaction[] = [];
    for (let i = 0; i < 10_000; i++) {
      const client = `c${i % 300}`;
      const iso = `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      let amount: unknown = 100 + (i % 97);
      let date: unknown = moscow(iso);
      if (i === 2) amount = '#N/A';
      if (i === 5000) amount = true;
      if (i === 9998) date = '';
      clients.push([client]);
      dates.push([date]);
      amounts.push([amount]);
      if (i !== 2 && i !== 5000 && i !== 9998) good.push({ client, date: iso, amount: amount as number });
    }
    return { clients, dates, amounts, good };
  }

  it('stops at the first one by default, naming its row of the range', () => {
    const { clients, dates, amounts } = bigRange();
    expect(() => en.ABCXYZ(clients, inContext(en, dates), amounts)).toThrow("row 3 of the range: '#N/A' is not a number. To leave such rows out and count them, add the option errors=skip.");
    expect(() => ru.ABCXYZ(clients, inContext(ru, dates), amounts)).toThrow("строка 3 диапазона: '#N/A' — не число. Чтобы пропустить такие строки и посчитать их, добавьте параметр errors=skip.");
  });

  it('with errors=skip uses the good rows and counts the skipped ones in a last row with the first three reasons', () => {
    const { clients, dates, amounts, good } = bigRange();
    const table = en.ABCXYZ(clients, inContext(en, dates), amounts, 'errors=skip');
    const note = table[table.length - 1];
    expect(note).toEqual(["Skipped 3 rows: row 3 of the range: '#N/A' is not a number; row 5001 of the range: 'true' is not a number; row 9999 of the range: the date is empty.", '', '', '', '', '', '', '']);
    expect(table.slice(1, -1)).toEqual(coreRows(good));
    const ruTable = ru.ABCXYZ(clients, inContext(ru, dates), amounts, 'errors=пропустить');
    expect(ruTable[ruTable.length - 1][0]).toMatch(/^Пропущено строк: 3: строка 3 диапазона: '#N\/A' — не число;/);
  });

  it('skips and counts in ABC, XYZ, PARETO and PARETO_TOP too, keeping the rest aligned', () => {
    expect(en.ABC(column([500, '#N/A', 50, true]), 'errors=skip')).toEqual([['A'], [''], ['B'], [''], ["Skipped 2 rows: row 2 of the range: '#N/A' is not a number; row 4 of the range: 'true' is not a number."]]);
    expect(en.PARETO(column([10, 'x', 30]), 'errors=skip')).toEqual([[1], [''], [0.75], ["Skipped 1 row: row 2 of the range: 'x' is not a number."]]);
    expect(en.PARETO_TOP(column([50, 30, '#REF!', 10, 5, 5]), 0.2, 'errors=skip')).toEqual([[0.5], ["Skipped 1 row: row 3 of the range: '#REF!' is not a number."]]);
    expect(en.XYZ([[10, 10, 10], [10, 'n/a', 10], [1, 5, 9]], 'errors=skip')).toEqual([['X'], [''], ['Z'], ["Skipped 1 row: row 2 of the range: 'n/a' is not a number."]]);
  });

  it('takes options in a threshold’s place, as text or as a range of option cells', () => {
    const cells = column([500, '#N/A', 50]);
    const expected = [['A'], [''], ['B'], ["Skipped 1 row: row 2 of the range: '#N/A' is not a number."]];
    expect(en.ABC(cells, 'errors=skip')).toEqual(expected);
    expect(en.ABC(cells, [['errors=skip']])).toEqual(expected);
    expect(en.ABC(cells, [['errors', 'skip'], ['abc', '80/95']])).toEqual(expected);
    expect(en.XYZ([[1, 1, 1], ['x', 1, 1]], [['errors=skip']])).toEqual([['X'], [''], ["Skipped 1 row: row 2 of the range: 'x' is not a number."]]);
  });

  it('gives no note row when nothing was skipped', () => {
    expect(en.ABC(column([500, 100]), 'errors=skip')).toEqual([['A'], ['B']]);
  });
});

describe('header rows', () => {
  it('skips a first row of labels over numbers, as QUERY does, keeping the spill aligned', () => {
    expect(en.ABC(column(['Revenue', 500, 300, 150, 50]))).toEqual(column(['ABC', 'A', 'A', 'B', 'C']));
    expect(ru.PARETO(column(['Выручка', 10, 30]))).toEqual(column(['Накопленная доля', 1, 0.75]));
    expect(en.XYZ([['Jan', 'Feb', 'Mar'], [10, 10, 10], [1, 5, 9]])).toEqual(column(['XYZ', 'X', 'Z']));
  });

  it('takes a header row in ABCXYZ ranges (A1:A), and headers= / header= say otherwise', () => {
    const clients = column(['Клиент', 'a', 'b']);
    const dates = inContext(en, column(['Дата', moscow('2024-01-10'), moscow('2024-02-10')]));
    const amounts = column(['Сумма', 100, 50]);
    const expected = coreRows([{ client: 'a', date: '2024-01-10', amount: 100 }, { client: 'b', date: '2024-02-10', amount: 50 }]);
    expect(en.ABCXYZ(clients, dates, amounts).slice(1)).toEqual(expected);
    expect(en.ABCXYZ(clients, dates, amounts, 'header=false')).toEqual(expected);
    expect(() => en.ABCXYZ(clients, dates, amounts, 'headers=0')).toThrow(
      "row 1 of the range: 'Дата' is not a date. If this row is the header, start the range one row lower or add the option headers=1. To leave such rows out and count them, add the option errors=skip.",
    );
    expect(en.ABC(column([500, 300]), 'headers=1')).toEqual(column(['ABC', 'A']));
    expect(en.ABC(column(['Revenue', 500, 100]), 'header=false')).toEqual(column(['A', 'B']));
  });

  it('does not take a first row of values, or a client with an empty date and amount, for a header', () => {
    expect(en.ABC(column([500, 300, 150]))).toEqual(column(['A', 'A', 'B']));
    expect(() => en.ABC(column(['abc', 'def']))).toThrow("row 1 of the range: 'abc' is not a number.");
    const dates = inContext(en, column(['', moscow('2024-01-10')]));
    expect(() => en.ABCXYZ(column(['a', 'b']), dates, column(['', 10]))).toThrow('row 1 of the range: the date is empty.');
  });
});

describe('one series down a column', () => {
  it('reads =XYZ(B2:B13) as one client’s months and gives one class', () => {
    const months = [100, 110, 90, 105, 95, 100, 102, 98, 101, 99, 100, 100];
    expect(en.XYZ(column(months))).toBe(classifyXyz(coefficientOfVariation(months)));
    expect(en.XYZ(column([10, '', 30, 0]))).toBe(classifyXyz(coefficientOfVariation([10, 0, 30, 0])));
    expect(en.XYZ(column(['Month total', 100, 100, 100]))).toBe('X');
  });

  it('still gives one class per row for rows of periods', () => {
    expect(en.XYZ([[100, 100, 100], [10, 50, 90]])).toEqual(column(['X', 'Z']));
  });
});

describe('options', () => {
  const clients = column(['a', 'a', 'b', 'c']);
  const isoDates = ['2024-01-10', '2024-02-10', '2024-01-20', '2024-03-05'];
  const amounts = column([100, 80, 50, 10]);
  const transactions: Transaction[] = isoDates.map((date, i) => ({ client: clients[i][0], date, amount: amounts[i][0] }));
  const run = (gas: GasGlobal, options: unknown) => gas.ABCXYZ(clients, inContext(gas, column(isoDates.map(moscow))), amounts, options);

  it('are forgiving where the meaning is clear', () => {
    const standard = run(en, 'abc=80/95 xyz=10/25');
    expect(run(en, 'abc = 80 / 95')).toEqual(standard);
    expect(run(en, 'abc=80/95, xyz=10/25')).toEqual(standard);
    expect(run(en, 'ABC=80/95; XYZ=10/25')).toEqual(standard);
    expect(run(en, 'abc=0.8/0.95 xyz=0.1/0.25')).toEqual(standard);
    expect(run(en, 'abc=80%/95%')).toEqual(standard);
    expect(run(ru, 'abc=0,8/0,95 lang=en')).toEqual(standard);
    expect(run(en, [['abc=80/95'], ['xyz=10/25']])).toEqual(standard);
    expect(run(en, [['abc', '80/95'], ['xyz', '10/25']])).toEqual(standard);
    expect(run(ru, 'period=месяц measure=выручка lang=en')).toEqual(standard);
    expect(run(en, 'period=квартал').slice(1)).toEqual(coreRows(transactions, { period: 'quarter' }));
    expect(run(en, 'xyz=0.5/1.5').slice(1)).toEqual(coreRows(transactions, { xyz: { x: 0.5, y: 1.5 } }));
  });

  it('read option dates in the sheet locale or ISO', () => {
    const mdy = run(en, 'from=01/02/2024');
    expect(mdy.slice(1)).toEqual(coreRows(transactions, { from: '2024-01-02' }));
    expect(run(ru, 'from=01/02/2024 lang=en').slice(1)).toEqual(coreRows(transactions, { from: '2024-02-01' }));
    expect(run(en, 'from=2024-02-01').slice(1)).toEqual(coreRows(transactions, { from: '2024-02-01' }));
    expect(run(en, [['from', inContext(en, moscow('2024-02-01'))]]).slice(1)).toEqual(coreRows(transactions, { from: '2024-02-01' }));
  });

  it('refuse anything else, listing the valid keys and values in the user language', () => {
    expect(() => run(en, 'lang=de')).toThrow('options: lang=de is not valid; expected lang=ru | en.');
    expect(() => run(ru, 'lang=de')).toThrow('options: недопустимое значение lang=de; ожидалось lang=ru | en (русский | английский).');
    expect(() => run(en, 'abc=0.8/95')).toThrow('options: abc=0.8/95 mixes a fraction and a percent; write abc=80/95 (percents) or abc=0.8/0.95 (fractions).');
    expect(() => run(ru, 'цвет=красный')).toThrow(/^options: ожидалось ключ=значение|^options: неизвестный ключ/);
    expect(() => run(en, 'constructor=1')).toThrow("options: unknown key 'constructor'.");
    expect(() => run(en, 'from=2024-02-30')).toThrow('options: from=2024-02-30 is not valid; expected YYYY-MM-DD, MM/DD/YYYY.');
  });

  it('say why a window or a measure gives nothing useful', () => {
    expect(() => run(en, 'to=2023-06-30')).toThrow('No transactions between 2024-01-10 and 2023-06-30: the data runs from 2024-01-10 to 2024-03-05. Check from= and to= in the options.');
    const twoColumns = amounts.map((r) => [r[0], '']);
    expect(() => en.ABCXYZ(clients, inContext(en, column(isoDates.map(moscow))), twoColumns, 'measure=profit')).toThrow(
      'measure=profit: the profit column of amounts has no numbers, so every client would be C. Check the column or drop measure=profit.',
    );
  });

  it('accept every option example the function help gives', () => {
    const help = readFileSync(path.join(REPO, 'apps-script/globals.js'), 'utf8');
    const list = help.slice(help.indexOf('Options / параметры'), help.indexOf('A bad cell stops'));
    // `key=a|b (c|d)`: every English and Russian value of every key.
    const examples = new Set<string>();
    for (const match of list.matchAll(/(\w+)=([\w./%-]+(?:\|[\w-]+)*)(?: \(([^)]*)\))?/g)) {
      const [, key, english, russian] = match;
      for (const value of english.split('|')) examples.add(`${key}=${value}`);
      // `(до|включая)`: the Russian words; `(or 0.8/0.95, 80%/95%)`: other spellings.
      const others = russian === undefined ? [] : /^or /.test(russian) ? russian.slice(3).split(', ') : russian.split('|');
      for (const value of others) examples.add(`${key}=${value.trim()}`);
    }
    for (const quoted of help.matchAll(/"([a-z][^"\n]*=[^"\n]*)"/g)) examples.add(quoted[1]);
    expect(examples.size).toBeGreaterThan(40);
    for (const key of en.KamFunctions.optionKeys) expect([...examples].some((e) => e.startsWith(`${key}=`) || e.includes(` ${key}=`)), key).toBe(true);
    const threeColumns = amounts.map((r) => [r[0], r[0] / 2, 1]);
    for (const example of examples) {
      const options = example.replace(/^to=2024-12-31$/, 'to=2024-12-31 from=2024-01-01');
      let error = '';
      try {
        en.ABCXYZ(clients, inContext(en, column(isoDates.map(moscow))), threeColumns, options);
      } catch (e) {
        error = (e as Error).message;
      }
      expect(error, example).toBe('');
    }
  });
});

describe('services', () => {
  it('runs all five functions with Session, CacheService and PropertiesService absent', () => {
    const { Session, CacheService, PropertiesService, ...rest } = fakeGas({ timeZone: 'Asia/Yekaterinburg', locale: 'ru_RU' }).globals;
    expect([Session, CacheService, PropertiesService].every(Boolean)).toBe(true);
    const gas = loadBundle(rest);
    const midnight = (iso: string) => new Date(Date.parse(`${iso}T00:00:00+05:00`));
    expect(gas.ABC(column(['1 000,5', 200]))).toEqual(column(['A', 'B']));
    expect(gas.XYZ([[1, 1, 1]])).toEqual([['X']]);
    expect(gas.PARETO(column([10, 30]))).toEqual(column([1, 0.75]));
    expect(gas.PARETO_TOP(column([10, 30]), 0.5)).toBe(0.75);
    const table = gas.ABCXYZ(column(['a']), inContext(gas, column([midnight('2024-03-01')])), column([5]));
    expect(table[0][0]).toBe('Клиент');
    expect(table[1][0]).toBe('a');
  });
});
