/**
 * The Sheets add-on's key-accounts part, through the built bundle and the
 * Sheets fakes: the sidebar's Run writes `Accounts`, `Movement`,
 * `Portfolio` and `Win-back` and the score columns of `Segments`; a re-run
 * keeps every cell KAMs typed in `Accounts` and only adds new clients;
 * `=KEYSCORE` gives the core's scores.
 */
import { describe, expect, it } from 'vitest';
import { AccountSchema } from '../../shared/key-accounts/account.js';
import { scoreClients } from '../../shared/key-accounts/score.js';
import { scoreReason } from '../../shared/key-accounts/score-reasons.js';
import { keyAccountColumns } from '../../shared/key-accounts/row-fields.js';
import { segment } from '../../shared/segment.js';
import { segmentColumns } from '../../shared/segments-table.js';
import type { Transaction } from '../../shared/transaction.js';
import { movementSales } from '../key-accounts/fixture.js';
import { inContext, loadBundle } from './helpers/bundle.js';
import { fakeGas, type FakeSheet } from './helpers/fake-gas.js';
import { moscowMidnight } from './helpers/sales-fixture.js';

const HEADERS = ['Дата', 'Клиент', 'Сумма', 'Менеджер'];
const sheetOf = (rows: Transaction[]) => [HEADERS, ...rows.map((t) => [moscowMidnight(t.date), t.client, t.amount, t.kam ?? ''])];
const request = { runId: 'ka-1', sheet: 'Продажи', columns: { date: 0, client: 1, amount: 2, kam: 3 }, measure: 'revenue', period: 'month', abc: { a: 0.8, b: 0.95 }, xyz: { x: 0.1, y: 0.25 } };

function setup(rows = sheetOf(movementSales())) {
  const fake = fakeGas({ locale: 'ru_RU', timeZone: 'Europe/Moscow', scriptTimeZone: 'America/New_York', sheets: { Продажи: rows } });
  return { ...fake, gas: loadBundle(fake.globals) };
}

/** The rows of a table under a header row of column ids, as objects. */
function records(sheet: FakeSheet, headerRow = 0): Record<string, unknown>[] {
  const table = sheet.table();
  const header = table[headerRow] as string[];
  return table.slice(headerRow + 1).filter((r) => r.some((v) => v !== '')).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

const type = (sheet: FakeSheet, client: string, header: string, value: string | Date) => {
  const table = sheet.table();
  const row = table.findIndex((r) => r[0] === client);
  const column = (table[0] as string[]).indexOf(header);
  expect(row, client).toBeGreaterThan(0);
  expect(column, header).toBeGreaterThanOrEqual(0);
  sheet.getRange(row + 1, column + 1).setValues([[value]]);
};

describe('the Run writes the key-account sheets', () => {
  it('creates Accounts pre-filled with the segmented clients and the Russian headers', () => {
    const { gas, spreadsheet } = setup();
    const result = gas.kamRunSegmentation(request);
    expect(result.problems).toEqual([]);
    const accounts = spreadsheet.sheet('Accounts').table();
    expect(accounts[0].slice(0, 5)).toEqual(['Клиент', 'Наименование', 'КАМ', 'Потенциал', 'Теги']);
    expect(accounts.slice(1).map((r) => [r[0], r[2]])).toEqual(segment(movementSales()).clients.map((c) => [c.client, c.kam]));
    expect(spreadsheet.sheet('Accounts').frozenRows).toBe(1);
  });

  it('adds the score columns to Segments, and writes Movement, Portfolio and Win-back', () => {
    const { gas, spreadsheet } = setup();
    gas.kamRunSegmentation(request);
    const segments = spreadsheet.sheet('Segments');
    expect(segments.table()[0]).toEqual([...segmentColumns, ...keyAccountColumns]);
    const core = segment(movementSales(), { lang: 'ru' });
    const scores = scoreClients(core);
    expect(records(segments).map((r) => [r.client, r.score, r.tier])).toEqual(core.clients.map((c, i) => [c.client, scores[i].score, scores[i].tier]));
    expect(records(segments)[0].score_reason).toMatch(/^балл \d+ \(/);

    const movement = spreadsheet.sheet('Movement').table();
    expect(movement[0][0]).toBe('Движение по классам: 2024-01 … 2024-12 против 2023-01 … 2023-12');
    expect(movement[2].slice(0, 11)).toEqual(['было \\ стало', 'AX', 'AY', 'AZ', 'BX', 'BY', 'BZ', 'CX', 'CY', 'CZ', 'ушли']);
    const cell = (from: string, to: string) => movement[3 + ['AX', 'AY', 'AZ', 'BX', 'BY', 'BZ', 'CX', 'CY', 'CZ', 'новые'].indexOf(from)][1 + ['AX', 'AY', 'AZ', 'BX', 'BY', 'BZ', 'CX', 'CY', 'CZ', 'ушли'].indexOf(to)];
    expect([cell('AX', 'AX'), cell('CZ', 'AX'), cell('AX', 'CZ'), cell('новые', 'BX'), cell('BX', 'ушли'), cell('AY', 'AY')]).toEqual([1, 1, 1, 1, 1, 0]);
    const headerAt = movement.findIndex((r) => r[0] === 'client');
    expect(records(spreadsheet.sheet('Movement'), headerAt).map((r) => [r.client, r.prev_segment, r.segment, r.movement, r.change])).toEqual([
      ['faller', 'AX', 'CZ', 'down', -23700],
      ['goner', 'BX', '', 'gone', -6000],
      ['steady', 'AX', 'AX', 'same', 0],
      ['newbie', '', 'BX', 'new', 2400],
      ['climber', 'CZ', 'AX', 'up', 35800],
    ]);

    expect(records(spreadsheet.sheet('Portfolio')).map((r) => [r.kam, r.clients, r.at_risk, r.lost])).toEqual([
      ['Петров', 2, 0, 1],
      ['Иванова', 2, 0, 0],
      ['Сидоров', 1, 0, 1],
    ]);
    expect(records(spreadsheet.sheet('Win-back')).map((r) => [r.client, r.risk, r.revenue_12m, r.class_before])).toEqual([
      ['faller', 'lost', 18300, 'AX'],
      ['goner', 'lost', 6000, 'BX'],
    ]);
  });
});

describe('a run without one usable row', () => {
  it('still writes the key-account sheets, empty, without failing', () => {
    const { gas, spreadsheet } = setup([HEADERS, ['не дата', 'c1', 10, '']]);
    const result = gas.kamRunSegmentation(request);
    expect(result.clients).toBe(0);
    expect(records(spreadsheet.sheet('Portfolio'))).toEqual([]);
    expect(records(spreadsheet.sheet('Win-back'))).toEqual([]);
    expect(spreadsheet.sheet('Accounts').table()).toHaveLength(1);
  });
});

describe('a refresh keeps what KAMs typed', () => {
  it('never changes a typed cell or a KAM column, adds new clients at the bottom, and uses the dossier', () => {
    const { gas, spreadsheet } = setup();
    gas.kamRunSegmentation(request);
    const accounts = spreadsheet.sheet('Accounts');
    for (const header of ['Потребность', 'Платёжеспособность', 'Полномочия']) type(accounts, 'newbie', header, 'да');
    type(accounts, 'newbie', 'Потенциал', '10 000');
    type(accounts, 'faller', 'Следующий шаг', 'звонок директору');
    type(accounts, 'faller', 'Дата следующего шага', moscowMidnight('2025-01-20'));
    type(accounts, 'faller', 'КАМ', 'Орлов');
    type(accounts, 'steady', 'Заметки', '=не формула');
    accounts.getRange(1, 17).setValues([['Мой столбец']]);
    accounts.getRange(3, 17).setValues([['моё']]);
    const typed = JSON.stringify(accounts.table());

    // A new client appears in the sales, and the run is repeated.
    const sales = spreadsheet.sheet('Продажи');
    sales.getRange(sales.getLastRow() + 1, 1, 1, 4).setValues([[moscowMidnight('2024-12-20'), 'late', 50, 'Иванова']]);
    const second = gas.kamRunSegmentation({ ...request, runId: 'ka-2' });
    expect(second.problems).toEqual([]);

    const after = accounts.table();
    expect(JSON.stringify(after.slice(0, -1))).toBe(typed);
    expect(after.at(-1)!.slice(0, 3)).toEqual(['late', '', 'Иванова']);
    expect(after.at(-1)![16]).toBe('');
    expect(spreadsheet.sheets.filter((s) => s.name === 'Accounts')).toHaveLength(1);

    const segments = records(spreadsheet.sheet('Segments'));
    expect(segments.find((r) => r.client === 'newbie')).toMatchObject({ qualified: 'yes', share_of_wallet: 0.24 });
    expect(segments.find((r) => r.client === 'faller')).toMatchObject({ kam: 'Орлов', qualified: 'no' });
    expect(records(spreadsheet.sheet('Win-back')).find((r) => r.client === 'faller')).toMatchObject({ kam: 'Орлов', next_step: 'звонок директору', next_step_date: '2025-01-20' });
    expect(records(spreadsheet.sheet('Portfolio')).map((r) => r.kam)).toContain('Орлов');
  });

  it('lists a dossier row it cannot read, with its row number, and still runs', () => {
    const { gas, spreadsheet } = setup();
    gas.kamRunSegmentation(request);
    type(spreadsheet.sheet('Accounts'), 'steady', 'Потребность', 'может быть');
    const result = gas.kamRunSegmentation({ ...request, runId: 'ka-2' });
    const row = spreadsheet.sheet('Accounts').table().findIndex((r) => r[0] === 'steady') + 1;
    expect(result.problems).toEqual([`Accounts, строка ${row}: need: «может быть» — не да, нет или неизвестно`]);
    expect(spreadsheet.sheet('Segments').getLastRow()).toBe(6);
  });
});

describe('=KEYSCORE', () => {
  const sales = movementSales();
  const gas = loadBundle(fakeGas({ timeZone: 'Europe/Moscow', locale: 'en_US' }).globals);
  const column = <T>(values: T[]) => inContext(gas, values.map((v) => [v]));
  const dossier = [['client', 'potential', 'need', 'solvency', 'authority', 'tags'], ['newbie', 10000, 'yes', 'yes', 'yes', 'brand'], ['steady', '', 'no', '', '', '']];

  it('gives the core score, tier, share of wallet, qualified and reason, the highest first', () => {
    const out = gas.KEYSCORE(column(sales.map((t) => t.client)), column(sales.map((t) => moscowMidnight(t.date))), column(sales.map((t) => t.amount)), inContext(gas, dossier));
    const result = segment(sales);
    const accounts = new Map(dossier.slice(1).map((r) => [String(r[0]), AccountSchema.parse({ client: r[0], potential: r[1] || undefined, need: r[2] || 'unknown', solvency: r[3] || 'unknown', authority: r[4] || 'unknown', tags: r[5] ? [r[5]] : [] })]));
    const scores = scoreClients(result, accounts);
    const expected = result.clients.map((c, i) => [c.client, scores[i].score, scores[i].tier, scores[i].shareOfWallet === undefined ? '' : Number(scores[i].shareOfWallet!.toFixed(4)), scores[i].qualified === undefined ? '' : scores[i].qualified ? 'yes' : 'no', scoreReason(scores[i], 'en')]);
    expected.sort((a, b) => (b[1] as number) - (a[1] as number));
    expect(out[0]).toEqual(['Client', 'Score', 'Tier', 'Share of wallet', 'Qualified', 'Reason']);
    expect(out.slice(1)).toEqual(expected);
    expect(out.find((r: unknown[]) => r[0] === 'newbie')[4]).toBe('yes');
  });

  it('takes weights and tiers in the options, and says what is wrong with them', () => {
    const args = [column(sales.map((t) => t.client)), column(sales.map((t) => moscowMidnight(t.date))), column(sales.map((t) => t.amount))];
    const onlyTurnover = gas.KEYSCORE(...args, '', 'weights=turnover=100,margin=0,reliability=0,tenure=0,trend=0,wallet=0,reputation=0 tiers=90/10 lang=ru');
    expect(onlyTurnover[0][1]).toBe('Балл');
    expect(onlyTurnover[1]).toEqual(expect.arrayContaining(['climber', 100, 'key']));
    expect(() => gas.KEYSCORE(...args, '', 'weights=size=10')).toThrow(/weights=size=10: expected turnover=25/);
    expect(() => gas.KEYSCORE(...args, '', 'tiers=high')).toThrow(/tiers=high: expected KEY\/DEVELOP/);
  });
});
