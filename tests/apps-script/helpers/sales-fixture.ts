/**
 * A year of sales for a dozen clients of different sizes and regularity, as
 * a Sheets sheet with Russian headers (Date cells at Moscow midnight, INNs
 * as numbers, a client that looks like a formula), the fakes around it, and
 * the sidebar's Run request for it.
 *
 * @example
 * const { gas, spreadsheet } = setup('en_US');
 * gas.kamRunSegmentation(request({ measure: 'profit' }));
 */
import type { Transaction } from '../../../shared/transaction.js';
import { loadBundle } from './bundle.js';
import { fakeGas } from './fake-gas.js';

export const moscowMidnight = (iso: string) => new Date(Date.parse(`${iso}T00:00:00+03:00`));

/** A year of sales for a dozen clients of different sizes and regularity. */
export function sales(): Transaction[] {
  const out: Transaction[] = [];
  const clients = ['7701000001', '7701000002', '7701000003', 'ООО Ромашка', 'ИП Петров', 'Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', '=HYPERLINK("x")'];
  clients.forEach((client, k) => {
    for (let month = 1; month <= 12; month++) {
      if ((month * (k + 1)) % (k % 4 + 1) !== 0) continue;
      out.push({ client, date: `2024-${String(month).padStart(2, '0')}-${String(1 + ((k * 7 + month) % 27)).padStart(2, '0')}`, amount: Math.round(100_000 / (k + 1) ** 1.5 + month * 37 * (k % 3)), profit: 10 * (k + 1), name: `${client} LLC` });
    }
  });
  return out;
}

export const HEADERS = ['Дата отгрузки', 'ИНН', 'Наименование клиента', 'Номенклатура', 'Сумма', 'Прибыль'];

export function salesSheet(transactions = sales()) {
  return [HEADERS, ...transactions.map((t) => [moscowMidnight(t.date), /^\d+$/.test(t.client) ? Number(t.client) : t.client, t.name ?? '', 'Товар', t.amount, t.profit ?? ''])];
}

export function setup(locale = 'ru_RU', rows = salesSheet()) {
  const fake = fakeGas({ locale, timeZone: 'Europe/Moscow', scriptTimeZone: 'America/New_York', sheets: { Продажи: rows, Notes: [['keep me']] } });
  return { ...fake, gas: loadBundle(fake.globals) };
}

export const request = (overrides: Record<string, unknown> = {}) => ({
  runId: 'run-1',
  sheet: 'Продажи',
  columns: { date: 0, client: 1, name: 2, amount: 4, profit: 5 },
  measure: 'revenue',
  period: 'month',
  abc: { a: 0.8, b: 0.95 },
  xyz: { x: 0.1, y: 0.25 },
  ...overrides,
});

