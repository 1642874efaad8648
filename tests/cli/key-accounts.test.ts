/**
 * `kam segment` with the key-accounts flags, as a process: the dossier,
 * --previous (movement summary and downgrades), --portfolio, --winback, the
 * segments table's new columns, and clear errors for bad flags and files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSegmentsCsv } from '../../shared/segments-table.js';
import { movementSales } from '../key-accounts/fixture.js';

const root = resolve(import.meta.dirname, '../..');
const kam = join(root, 'bin/kam.js');
const dir = mkdtempSync(join(tmpdir(), 'kam-ka-'));
const run = (args: string[]) => {
  const result = spawnSync(process.execPath, [kam, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const path = (name: string) => join(dir, name);
const table = (file: string) => Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').trim(), { header: true }).data;

beforeAll(() => {
  if (!existsSync(join(root, 'dist/kam.js'))) spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, stdio: 'inherit' });
  writeFileSync(path('sales.csv'), ['client,date,amount,kam', ...movementSales().map((t) => `${t.client},${t.date},${t.amount},${t.kam ?? ''}`)].join('\n'));
  writeFileSync(
    path('accounts.csv'),
    ['Клиент;КАМ;Потенциал;Потребность;Платёжеспособность;Полномочия;Следующий шаг;Дата следующего шага', 'newbie;Орлов;10 000;да;да;да;КП на год;20.01.2025', 'goner;Сидоров;;;;;вернуть: звонок;15.01.2025', 'bad;;;может быть;;;;'].join('\r\n'),
  );
});

describe('kam segment with key accounts', () => {
  it('--previous without a window compares the last 12 months with the 12 before', () => {
    const { code, stdout, stderr } = run(['segment', path('sales.csv'), '--previous', '--accounts', path('accounts.csv'), '--portfolio', path('portfolio.csv'), '--winback', path('winback.csv'), '--out', path('segments.csv'), '--kam-load', '1/1']);
    expect(stderr).toMatch(/line 4: need: 'может быть' is not yes, no or unknown/);
    expect(stderr).toMatch(/Accounts .*accounts\.csv: 3 read, 2 used, 1 rejected/);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Class movement: 2024-01 … 2024-12 against 2023-01 … 2023-12/);
    expect(stdout).toMatch(/up 1, down 1, same 1, new 1, gone 1/);
    expect(stdout).toMatch(/^AX\s+1(\s+·){7}\s+1\s+·$/m);
    expect(stdout).toMatch(/^new(\s+·){3}\s+1(\s+·){5}\s*$/m);
    expect(stdout).toMatch(/Largest downgrades \(2\)\n  AX → CZ  faller  \[Петров\]  24,000 → 300 \(-23,700\)\n  BX → gone  goner  \[Сидоров\]/);
    expect(stdout).toMatch(/Key-client score: \d+ key, \d+ develop, \d+ maintain/);
    // Rows outside both windows: none; rows of 2023 were compared, not left out.
    expect(stderr).not.toMatch(/outside the analysis window/);

    expect(table(path('portfolio.csv'))).toEqual([
      expect.objectContaining({ kam: 'Иванова', clients: '1', lost: '0', revenue: '36000', share: '0.710059' }),
      expect.objectContaining({ kam: 'Петров', clients: '2', a_clients: '1', lost: '1' }),
      // The dossier moves newbie to Орлов; its potential makes it key, and one key account is the load asked for.
      expect.objectContaining({ kam: 'Орлов', clients: '1', a_clients: '0', key_accounts: '1', load: 'ok' }),
      expect.objectContaining({ kam: 'Сидоров', clients: '0', lost: '1', load: 'under' }),
    ]);
    const winback = table(path('winback.csv'));
    expect(winback.map((r) => [r.client, r.risk, r.revenue_12m, r.class_before])).toEqual([
      // faller: April 2023 to March 2024, nine months of 2,000 and three of 100.
      ['faller', 'lost', '18300', 'AX'],
      ['goner', 'lost', '6000', 'BX'],
    ]);
    expect(winback[1]).toMatchObject({ next_step: 'вернуть: звонок', next_step_date: '2025-01-15' });

    const { rows, errors } = parseSegmentsCsv(readFileSync(path('segments.csv'), 'utf8'));
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.client, r.movement])).toEqual([['climber', 'up'], ['steady', 'same'], ['newbie', 'new'], ['faller', 'down'], ['goner', 'gone']]);
    const newbie = rows.find((r) => r.client === 'newbie')!;
    expect(newbie).toMatchObject({ kam: 'Орлов', qualified: true, share_of_wallet: 0.24 });
    expect(newbie.score_reason).toMatch(/^score \d+ \((key|develop|maintain)\): turnover/);
  });

  it('--from/--to set the window; the previous one is the same length before', () => {
    const { code, stdout } = run(['segment', path('sales.csv'), '--previous', '--from', '2024-07-01', '--to', '2024-12-31', '--lang', 'ru']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Движение по классам: 2024-07 … 2024-12 против 2024-01 … 2024-06/);
    expect(stdout).toMatch(/Портфели KAM \(нормальная нагрузка: от 4 до 10 ключевых клиентов\)/);
  });

  it('takes settable weights and tiers, and says which flag is wrong', () => {
    expect(run(['segment', path('sales.csv'), '--weights', 'turnover=100,margin=0,reliability=0,tenure=0,trend=0,wallet=0,reputation=0', '--tiers', '90/10']).stdout).toMatch(/key from 90, develop from 10/);
    const bad = run(['segment', path('sales.csv'), '--weights', 'size=10']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--weights size=10: expected turnover\|margin\|reliability\|tenure\|trend\|wallet\|reputation=N/);
    expect(run(['segment', path('sales.csv'), '--tiers', '30/50']).code).toBe(2);
  });

  it('--previous on a file with no rows says there are no clients', () => {
    writeFileSync(path('empty.csv'), 'client,date,amount\n');
    const { code, stderr } = run(['segment', path('empty.csv'), '--previous']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/No client could be segmented/);
    expect(stderr).not.toMatch(/internal error/);
  });

  it('a missing accounts file is bad input, named', () => {
    const { code, stderr } = run(['segment', path('sales.csv'), '--accounts', path('nope.csv')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/Cannot read .*nope\.csv: no such file/);
  });
});
