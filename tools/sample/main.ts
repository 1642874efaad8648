/**
 * Writes the sample data set (seed 42) to the file given as the first
 * argument, by default `sample/transactions.csv`, and its accounts table
 * (the dossier) to `accounts.csv` beside it.
 *
 * @example
 * // npx esbuild tools/sample/main.ts --bundle --platform=node --format=esm --outfile=/tmp/gen.mjs
 * // node /tmp/gen.mjs sample/transactions.csv
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatAccountsCsv } from '../../shared/key-accounts/account-cells.js';
import { generateAccounts } from './accounts.js';
import { generateSample } from './generate.js';
import { formatSampleCsv } from './write-csv.js';

const target = process.argv[2] ?? 'sample/transactions.csv';
const rows = generateSample();
const csv = formatSampleCsv(rows);
writeFileSync(target, csv, 'utf8');
const clients = new Set(rows.map((r) => r.client)).size;
console.log(`${target}: ${rows.length} rows, ${clients} clients, ${Buffer.byteLength(csv)} bytes`);
const accountsTarget = join(dirname(target), 'accounts.csv');
const accounts = generateAccounts(rows);
writeFileSync(accountsTarget, formatAccountsCsv(accounts, 'ru'), 'utf8');
console.log(`${accountsTarget}: ${accounts.length} accounts`);
