import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTransactions } from '../../shared/import/index.js';
import { compareEngines } from './compare.js';

describe('DuckDB engine on the sample', () => {
  const { transactions } = importTransactions(new Uint8Array(readFileSync('sample/transactions.csv')));
  it('gives every client the core class, rank, shares and CV', async () => {
    const { core, duck, differences } = await compareEngines(transactions);
    expect(core.clients.length).toBeGreaterThan(50);
    expect(differences).toEqual([]);
    expect(duck.window).toEqual(core.window);
    expect(duck.asOf).toBe(core.asOf);
    expect(duck.matrix).toEqual(core.matrix);
  });
});
