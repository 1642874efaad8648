/**
 * Matching a page's identifiers to clients: normalisation of names, e-mails
 * and domains, and the look-up order (exact e-mail, domain, company name),
 * with free-mail domains never standing for a company.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildClientIndex } from '../../extension/match/client-index.js';
import { normaliseCompanyName } from '../../extension/match/company-name.js';
import { normaliseDomain, parentDomains } from '../../extension/match/domain.js';
import { findEmail, normaliseEmail } from '../../extension/match/email.js';
import { FREE_MAIL_DOMAINS } from '../../extension/match/free-mail.js';
import { createLookup } from '../../extension/match/lookup.js';

const client = (id: string, name: string, domains: string[] = [], emails: string[] = []) => ({ client: id, name, domains, emails });

const word = fc.stringMatching(/^[a-zA-Zа-яА-ЯёЁ0-9]{1,10}$/);
const companyName = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
const freeDomain = fc.constantFrom(...FREE_MAIL_DOMAINS);
const localPart = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,15}$/);

describe('company names', () => {
  it.each([
    ['ООО «Ромашка»', 'ромашка'],
    ['Общество с ограниченной ответственностью "Ромашка"', 'ромашка'],
    ['ПАО  Техносила', 'техносила'],
    ['ИП Сидоров Алексей Андреевич', 'сидоров алексей андреевич'],
    ['Northwind Traders, L.L.C.', 'northwind traders'],
    ['Contoso GmbH', 'contoso'],
    ['"Рога и Копыта" АО', 'рога и копыта'],
    ['Ёлка-Палка', 'елка палка'],
  ])('%s -> %s', (raw, expected) => {
    expect(normaliseCompanyName(raw)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (raw) => normaliseCompanyName(normaliseCompanyName(raw)) === normaliseCompanyName(raw)));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('ооо', 'ао', 'общество', 'с', 'ограниченной', 'ответственностью', 'llc', 'x', '«', '.'), { maxLength: 12 }), (words) => {
        const raw = words.join(' ');
        return normaliseCompanyName(normaliseCompanyName(raw)) === normaliseCompanyName(raw);
      }),
    );
  });

  it('ignores case, quotes and a legal form around a name', () => {
    fc.assert(
      fc.property(companyName, fc.constantFrom('ООО', 'АО', 'ЗАО', 'ПАО', 'ОАО', 'ИП'), fc.constantFrom(['«', '»'], ['"', '"'], ["'", "'"], ['', '']), (name, form, [open, close]) => {
        fc.pre(normaliseCompanyName(name) !== '');
        return normaliseCompanyName(`${form} ${open}${name.toUpperCase()}${close}`) === normaliseCompanyName(name);
      }),
    );
  });
});

describe('e-mails and domains', () => {
  it('reads addresses as pages write them', () => {
    expect(normaliseEmail('mailto:Ivan.Petrov@Romashka.RU?subject=Заявка')).toBe('ivan.petrov@romashka.ru');
    expect(findEmail('Ромашка, закупки <zakupki@romashka.ru>')).toBe('zakupki@romashka.ru');
    expect(findEmail('закупки@глобус.рф')).toBe(`закупки@${new URL('http://глобус.рф').hostname}`);
    expect(findEmail('Команда Outlook')).toBeUndefined();
    expect(normaliseEmail('not an address')).toBeUndefined();
  });

  it('reads domains from links and bare names', () => {
    expect(normaliseDomain('https://www.Romashka.ru/contacts')).toBe('romashka.ru');
    expect(normaliseDomain('romashka')).toBeUndefined();
    expect(parentDomains('mail.msk.romashka.ru')).toEqual(['mail.msk.romashka.ru', 'msk.romashka.ru', 'romashka.ru']);
  });
});

describe('look-up', () => {
  const clients = [
    client('1', 'ООО «Ромашка»', ['romashka.ru'], ['ivan@romashka.ru']),
    client('2', 'АО «Вектор»', [], ['olga@vector.ru']),
    client('3', 'ИП Сидоров', [], ['sidorov@gmail.com']),
    // A file that (wrongly) lists a free-mail domain must not give every Gmail user this class.
    client('4', 'Acme Inc.', ['acme.com', 'gmail.com']),
    client('5', 'Holding', [], ['boss@romashka.ru']),
  ];
  const lookup = createLookup(buildClientIndex(clients), { names: true });

  it('finds the exact e-mail first, then the domain, then the company name', () => {
    expect(lookup({ email: 'IVAN@romashka.ru' })).toEqual({ at: 0, by: 'email', key: 'ivan@romashka.ru' });
    expect(lookup({ email: 'boss@romashka.ru' })).toEqual({ at: 4, by: 'email', key: 'boss@romashka.ru' });
    expect(lookup({ email: 'petr@romashka.ru' })).toEqual({ at: 0, by: 'domain', key: 'romashka.ru' });
    expect(lookup({ email: 'petr@spb.romashka.ru' })).toEqual({ at: 0, by: 'domain', key: 'romashka.ru' });
    // A colleague of a client known only by an e-mail is found through that e-mail's domain.
    expect(lookup({ email: 'anna@vector.ru' })).toEqual({ at: 1, by: 'domain', key: 'vector.ru' });
    expect(lookup({ company: 'Вектор, АО' })).toEqual({ at: 1, by: 'name', key: 'вектор' });
    expect(lookup({ email: 'sidorov@gmail.com' })).toEqual({ at: 2, by: 'email', key: 'sidorov@gmail.com' });
    expect(lookup({ email: 'nobody@unknown.ru', company: 'ООО Неизвестная' })).toBeUndefined();
  });

  it('matches company names only where asked (CRM pages), never on mail pages', () => {
    const index = buildClientIndex(clients);
    expect(createLookup(index, { names: true })({ company: 'ООО Ромашка' })?.at).toBe(0);
    expect(createLookup(index)({ company: 'ООО Ромашка' })).toBeUndefined();
    expect(createLookup(index)({ email: 'petr@romashka.ru', company: 'Вектор' })).toEqual({ at: 0, by: 'domain', key: 'romashka.ru' });
  });

  it('never matches a free-mail address through its domain', () => {
    fc.assert(
      fc.property(localPart, freeDomain, (local, domain) => {
        const email = `${local}@${domain}`;
        fc.pre(email !== 'sidorov@gmail.com');
        return lookup({ email }) === undefined;
      }),
    );
  });

  it('lets the larger client keep a key two clients share', () => {
    const shared = createLookup(buildClientIndex([client('big', 'Big', ['shared.ru']), client('small', 'Small', ['shared.ru'])]));
    expect(shared({ domain: 'shared.ru' })?.at).toBe(0);
  });

  it('adds a contacts file’s addresses to the client it names by id or by name', () => {
    const index = buildClientIndex(clients, [
      { client: '2', name: '', emails: ['ceo@vector-group.com'], domains: [] },
      { client: 'X-99', name: 'Ромашка ООО', emails: [], domains: ['romashka.com'] },
      { client: 'nobody', name: 'Nobody', emails: ['a@nobody.ru'], domains: [] },
    ]);
    const withContacts = createLookup(index);
    expect(withContacts({ email: 'ceo@vector-group.com' })?.at).toBe(1);
    expect(withContacts({ email: 'sales@romashka.com' })?.at).toBe(0);
    expect(withContacts({ email: 'a@nobody.ru' })).toBeUndefined();
  });
});
