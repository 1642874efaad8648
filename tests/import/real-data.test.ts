/**
 * The import on real exports kept in shared/data beside the repository. The
 * expected counts were taken independently (Python's csv module, awk) and
 * are checked here against the importer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTransactionImporter, importTransactions } from '../../shared/import/index.js';
import { realDataPath } from '../helpers/real-data.js';

const superstore = realDataPath('superstore.csv');
const cdnow = realDataPath('cdnow_master.txt');

describe('real data', () => {
  it.skipIf(!superstore)('imports every superstore row', () => {
    const { transactions, report } = importTransactions(new Uint8Array(readFileSync(superstore!)));
    expect(report).toMatchObject({
      encoding: 'utf-8',
      delimiter: ',',
      columns: { client: 'Customer ID', name: 'Customer Name', date: 'Order Date', amount: 'Sales', profit: 'Profit', quantity: 'Quantity' },
      dateOrder: 'dmy',
      dateOrderAssumed: false,
      read: 10_194,
      used: 10_194,
      rejected: 0,
    });
    expect(new Set(transactions.map((t) => t.client)).size).toBe(804);
    expect(transactions.filter((t) => t.profit! < 0)).toHaveLength(1_901);
    // Row 1: Order Date 03/01/19 (3 January 2019), Sales 16.448, Profit 5.5512.
    expect(transactions[0]).toEqual({ client: 'DP-13000', name: 'Darren Powers', date: '2019-01-03', amount: 16.448, profit: 5.5512, quantity: 2 });
    const dates = transactions.map((t) => t.date).sort();
    expect([dates[0], dates[dates.length - 1]]).toEqual(['2019-01-03', '2022-12-30']);
    const sales = transactions.reduce((sum, t) => sum + t.amount, 0);
    expect(sales).toBeCloseTo(2_326_534.3543, 3);
  });

  it.skipIf(!cdnow)('imports every CDNOW transaction', () => {
    const bytes = new Uint8Array(readFileSync(cdnow!));
    const { transactions, report } = importTransactions(bytes);
    expect(report).toMatchObject({
      delimiter: 'whitespace',
      columns: { client: 'customer_id', date: 'date', quantity: 'number_of_cds', amount: 'dollar_value' },
      read: 69_659,
      used: 69_659,
      rejected: 0,
    });
    expect(new Set(transactions.map((t) => t.client)).size).toBe(23_570);
    expect(transactions[0]).toEqual({ client: '00001', date: '1997-01-01', amount: 11.77, quantity: 1 });
    const streamed: typeof transactions = [];
    const importer = createTransactionImporter({}, (t) => streamed.push(t));
    for (let at = 0; at < bytes.length; at += 10_007) importer.push(bytes.subarray(at, at + 10_007));
    expect(importer.end()).toEqual(report);
    expect(streamed).toEqual(transactions);
  });
});
