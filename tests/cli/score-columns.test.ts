/**
 * The CLI's table always carries the key-client score columns; the score's
 * long reason text joins them when the run is about key accounts.
 *
 * @example
 * // npx vitest run tests/cli/score-columns.test.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKam, runKam, scratch } from './run-kam.js';

beforeAll(buildKam);

const header = (path: string) => readFileSync(path, 'utf8').split('\r\n')[0].split(',');

describe('score columns in the CLI table', () => {
  it('writes score, tier, share_of_wallet and qualified by default, and score_reason with key-account options', () => {
    const plain = join(scratch, 'plain.csv');
    expect(runKam(['segment', 'sample/transactions.csv', '--out', plain]).code).toBe(0);
    expect(header(plain).slice(-4)).toEqual(['score', 'tier', 'share_of_wallet', 'qualified']);
    expect(header(plain)).not.toContain('score_reason');

    const withDossier = join(scratch, 'dossier.csv');
    expect(runKam(['segment', 'sample/transactions.csv', '--accounts', 'sample/accounts.csv', '--out', withDossier]).code).toBe(0);
    expect(header(withDossier).slice(-5)).toEqual(['score', 'tier', 'share_of_wallet', 'qualified', 'score_reason']);
    expect(readFileSync(withDossier, 'utf8')).toMatch(/score \d+ \((key|develop|maintain)\): turnover /);
  });
});
