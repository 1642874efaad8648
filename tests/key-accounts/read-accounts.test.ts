/**
 * The accounts table (dossier): RU/EN headers, cp1251 and `;` exports,
 * answers and decision makers as typed, every line accounted for, and a
 * round trip through the writer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountSchema, type Account } from '../../shared/key-accounts/account.js';
import { accountCells, accountHeaderRow, formatAccountsCsv } from '../../shared/key-accounts/account-cells.js';
import { parseAnswer, parseContactRole } from '../../shared/key-accounts/answers.js';
import { AccountsError, parseDecisionMakers, readAccountRows, readAccountsCsv } from '../../shared/key-accounts/read-accounts.js';
import { encodeCp1251 } from '../import/cp1251.js';

describe('readAccountsCsv', () => {
  it('reads a Russian cp1251 export with `;`, Russian numbers and dates', () => {
    const text = [
      'ИНН;Наименование;КАМ;Потенциал;Теги;Потребность;Платёжеспособность;Полномочия;Отсрочка платежа, дней;Договор до;ЛПР;Конкуренты;Потребности и планы;Следующий шаг;Дата следующего шага;Заметки',
      '7701234567;ООО «Ромашка»;Петров П. П.;1\u00a0200\u00a0000,50;бренд, эксперт;да;+;нет;21;31.12.2025;"Иванов И. И. - ЛПР; Сидорова А. - закупщик";Мегаснаб;новый склад;встреча;15.01.2025;звонить после 14:00',
    ].join('\r\n');
    const { accounts, report } = readAccountsCsv(encodeCp1251(text), 'ru');
    expect(report).toEqual({ read: 1, used: 1, rejected: 0, errors: [] });
    expect(accounts[0]).toEqual({
      client: '7701234567',
      name: 'ООО «Ромашка»',
      kam: 'Петров П. П.',
      potential: 1200000.5,
      tags: ['бренд', 'эксперт'],
      need: 'yes',
      solvency: 'yes',
      authority: 'no',
      payment_delay_days: 21,
      contract_until: '2025-12-31',
      decision_makers: [{ name: 'Иванов И. И.', role: 'decision-maker' }, { name: 'Сидорова А.', role: 'buyer' }],
      competitors: 'Мегаснаб',
      needs: 'новый склад',
      next_step: 'встреча',
      next_step_date: '2025-01-15',
      notes: 'звонить после 14:00',
    } satisfies Partial<Account>);
  });

  it('reads English headers in any order, with columns of the KAM own left alone', () => {
    const csv = 'Next Step,client,My Column,need,solvency,authority,decision_makers,next_step_date\n"call, then visit",C1,whatever,yes,yes,yes,"Jane Roe — decision maker; Bob (buyer); Ann",2025-02-03\n';
    const { accounts, columns } = readAccountsCsv(csv, 'en');
    expect(columns).toMatchObject({ next_step: 0, client: 1, need: 3 });
    expect(accounts[0]).toMatchObject({ client: 'C1', next_step: 'call, then visit', need: 'yes', next_step_date: '2025-02-03' });
    expect(accounts[0].decision_makers).toEqual([
      { name: 'Jane Roe', role: 'decision-maker' },
      { name: 'Bob', role: 'buyer' },
      { name: 'Ann', role: '' },
    ]);
  });

  it('rejects bad rows with their line and reason, skips blanks, and counts every line', () => {
    const csv = ['client;need;potential;contract_until;notes', 'A;да;100;;', '', ';да;1;;', 'B;maybe;-5;31.02.2025;', 'A;нет;;;', 'C;no;1;;"two\nlines"', 'E;;;;', 'F;;abc;;'].join('\n');
    const { accounts, report } = readAccountsCsv(csv, 'en');
    expect(accounts.map((a) => a.client)).toEqual(['A', 'C', 'E']);
    expect(accounts[1].notes).toBe('two\nlines');
    expect(report.read).toBe(7);
    expect(report.used + report.rejected).toBe(report.read);
    // C's notes span lines 7-8, so E is on line 9 and F on line 10.
    expect(report.errors.map((e) => e.line)).toEqual([4, 5, 6, 10]);
    expect(report.errors[0].reason).toMatch(/client cell is empty/);
    for (const problem of [/need: 'maybe' is not yes, no or unknown/, /potential: '-5' is not a number of 0 or more/, /contract_until: '31.02.2025' is not a date/]) expect(report.errors[1].reason).toMatch(problem);
    expect(report.errors[2].reason).toMatch(/client A is already on line 2/);
    expect(report.errors[3].reason).toMatch(/potential: 'abc' is not a number/);
  });

  it('names the missing client column in the reader language', () => {
    expect(() => readAccountsCsv('КАМ;Потенциал\nПетров;1', 'ru')).toThrow(AccountsError);
    expect(() => readAccountsCsv('КАМ;Потенциал\nПетров;1', 'ru')).toThrow(/нет столбца клиента/);
  });

  it('reads Sheets cells: numbers, ticked checkboxes, blanks', () => {
    const { accounts } = readAccountRows([['Клиент', 'Потребность', 'Платёжеспособность', 'Полномочия', 'Потенциал'], ['7701', true, false, '', 5000], ['', '', '', '', '']], 'ru');
    expect(accounts).toEqual([AccountSchema.parse({ client: '7701', need: 'yes', solvency: 'no', authority: 'unknown', potential: 5000 })]);
  });

  it('round-trips through the writer in both languages (property)', () => {
    const text = fc.string({ maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, ' ').trim());
    const answer = fc.constantFrom('yes', 'no', 'unknown') as fc.Arbitrary<'yes' | 'no' | 'unknown'>;
    const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const account = fc.record({
      client: fc.stringMatching(/^[0-9A-Za-z]{1,10}$/),
      name: text,
      kam: text,
      potential: fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: undefined }),
      tags: fc.array(fc.constantFrom('бренд', 'expert', 'vip'), { maxLength: 2 }).map((t) => [...new Set(t)]),
      need: answer,
      solvency: answer,
      authority: answer,
      payment_delay_days: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      contract_until: fc.option(date, { nil: undefined }),
      decision_makers: fc.array(fc.record({ name: fc.stringMatching(/^[А-Яа-я][а-я]{1,8}$/), role: fc.constantFrom('decision-maker', 'buyer', 'user', '') }), { maxLength: 3 }),
      competitors: text,
      needs: text,
      next_step: text,
      next_step_date: fc.option(date, { nil: undefined }),
      notes: text,
    });
    fc.assert(
      fc.property(fc.uniqueArray(account, { selector: (a) => a.client, maxLength: 5 }), fc.constantFrom('ru', 'en') as fc.Arbitrary<'ru' | 'en'>, (accounts, lang) => {
        const back = readAccountsCsv(formatAccountsCsv(accounts, lang), lang);
        expect(back.report.rejected).toBe(0);
        expect(back.accounts).toEqual(accounts.map((a) => AccountSchema.parse(a)));
      }),
      { numRuns: 150 },
    );
  });

  it('writes one cell per column, in the header order', () => {
    const account = AccountSchema.parse({ client: '1', need: 'yes', decision_makers: [{ name: 'Иванов', role: 'decision-maker' }] });
    expect(accountCells(account, 'ru')).toHaveLength(accountHeaderRow('ru').length);
    expect(accountCells(account, 'ru')).toContain('Иванов — ЛПР');
    expect(accountCells(account, 'en')).toContain('Иванов — decision maker');
  });
});

describe('answers and roles', () => {
  it.each([
    ['Да', 'yes'], ['yes', 'yes'], ['+', 'yes'], [true, 'yes'], ['нет', 'no'], ['No', 'no'], [false, 'no'], ['', 'unknown'], ['?', 'unknown'], ['Неизвестно', 'unknown'], ['maybe', undefined],
  ])('%s is %s', (value, expected) => expect(parseAnswer(value)).toBe(expected));

  it.each([
    ['ЛПР', 'decision-maker'], ['Decision maker', 'decision-maker'], ['влияет на решение', 'influencer'], ['закупщик', 'buyer'], ['Procurement', 'buyer'], ['блокирует', 'blocker'], ['user', 'user'], ['финдиректор', undefined],
  ])('role %s is %s', (text, role) => expect(parseContactRole(text)).toBe(role));

  it('keeps a role it does not know as typed', () => {
    expect(parseDecisionMakers('Петров — финдиректор')).toEqual([{ name: 'Петров', role: 'финдиректор' }]);
  });
});
