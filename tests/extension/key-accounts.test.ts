/**
 * The extension's key-account data and card parts: the accounts table told
 * apart from other files and read, the dossier attached to the clients, and
 * what the card says (score with its parts, movement, 3 P's, who decides,
 * competitors, next step) in Russian and English.
 */
import { describe, expect, it } from 'vitest';
import { isAccountsHeader, withDossier } from '../../extension/data/accounts-file.js';
import { defaultSettings } from '../../extension/data/default-settings.js';
import { readDataFile } from '../../extension/data/read-data-file.js';
import { keyAccountFacts } from '../../extension/ui/key-account-facts.js';
import { parseSegmentsCsv } from '../../shared/segments-table.js';
import { fixture } from './helpers.js';
import { keyAccountSegmentsCsv } from './key-account-fixture.js';

const options = { lang: 'ru' as const, segment: defaultSettings.segment };

describe('the accounts file', () => {
  it('is told apart from segments, transactions and contacts by its header', () => {
    expect(isAccountsHeader(['Клиент', 'КАМ', 'Следующий шаг'])).toBe(true);
    expect(isAccountsHeader(['client', 'need'])).toBe(true);
    expect(isAccountsHeader(['Client ID', 'Client', 'E-mail', 'Website'])).toBe(false);
    expect(isAccountsHeader(['ИНН', 'Дата', 'Сумма', 'Менеджер', 'Потенциал'])).toBe(false);
    expect(isAccountsHeader(parseSegmentsCsv(fixture('segments.csv')).rows.length ? fixture('segments.csv').split('\n')[0].split(',') : [])).toBe(false);
  });

  it('is read with every line accounted for', () => {
    const outcome = readDataFile(fixture('accounts.csv'), 'accounts.csv', options);
    expect(outcome.kind).toBe('accounts');
    if (outcome.kind !== 'accounts') return;
    expect(outcome.report).toMatchObject({ read: 4, used: 2, rejected: 2 });
    expect(outcome.report.errors.map((e) => e.line)).toEqual([4, 5]);
    expect(outcome.report.errors[1].reason).toMatch(/«может быть»/);
    expect(outcome.accounts[0]).toMatchObject({ client: '7701000001', potential: 9_000_000, need: 'yes', next_step: 'встреча с ЛПР', next_step_date: '2025-01-20', contract_until: '2025-06-30' });
  });
});

describe('the card', () => {
  const accounts = readDataFile(fixture('accounts.csv'), 'accounts.csv', options);
  const clients = withDossier(parseSegmentsCsv(keyAccountSegmentsCsv()).rows, accounts.kind === 'accounts' ? accounts.accounts : []);
  const romashka = clients.find((c) => c.client === '7701000001')!;
  const vector = clients.find((c) => c.client === '7702000002')!;

  it('attaches the dossier by id, and drops it when a new dossier has no row for the client', () => {
    expect(romashka.account?.competitors).toBe('Мегаснаб, Петрович');
    expect(vector.account).toBeUndefined();
    expect(withDossier(clients, [])[0]).not.toHaveProperty('account');
  });

  it('says score and tier with its parts, movement, the 3 P\u2019s, who decides, competitors and the next step, in Russian', () => {
    const f = keyAccountFacts(romashka, 'ru');
    expect(f.score).toEqual({ value: 78, tier: 'ключевой', parts: ['оборот 32,0% общей суммы при 10% у кормильца → 25 из 25', 'надёжность X, покупки в 17 из 18 периодов → 14 из 15', 'доля закупок 54%, потенциал 9 000 000 в год → 15 из 15'] });
    expect(f.movement).toEqual({ kind: 'up', text: 'было AY → стало AX' });
    expect(f.threePs).toEqual({ text: 'потребность: да · платёжеспособность: да · полномочия: да', qualified: true });
    expect(f.decisionMakers).toBe('Петров И. И. — ЛПР; Сидорова А. В. — закупщик');
    expect(f.competitors).toBe('Мегаснаб, Петрович');
    expect(f.nextStep).toBe('встреча с ЛПР · 20 янв. 2025 г.');
    expect(f.contract).toBe('Договор до 30 июн. 2025 г.');
  });

  it('and in English; a down move says so', () => {
    const f = keyAccountFacts(romashka, 'en');
    expect(f.score?.tier).toBe('key');
    expect(f.decisionMakers).toBe('Петров И. И. — decision maker; Сидорова А. В. — buyer');
    expect(f.threePs?.text).toBe('need: yes · solvency: yes · authority: yes');
    expect(f.nextStep).toBe('встреча с ЛПР · 20 Jan 2025');
    expect(keyAccountFacts(vector, 'en').movement).toEqual({ kind: 'down', text: 'was AX → now AY' });
    expect(keyAccountFacts(vector, 'en').threePs).toBeUndefined();
  });

  it('says nothing for a table written before the score', () => {
    expect(keyAccountFacts(parseSegmentsCsv(fixture('segments.csv')).rows[0], 'ru')).toEqual({});
  });
});
