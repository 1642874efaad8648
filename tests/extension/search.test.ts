/**
 * The popup's search: exact and prefix matches before containing ones,
 * each by rank; INN digits whatever the spaces; Cyrillic and Latin
 * spellings of one name; a matrix cell narrows the list. Properties: a
 * client's own name or id always finds it first among equals.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../extension/data/dataset.js';
import type { StoredClient } from '../../extension/data/stored-client.js';
import { buildClientIndex } from '../../extension/match/client-index.js';
import { createSearch, searchClients } from '../../extension/popup/search-clients.js';
import { searchForm, transliterate } from '../../extension/popup/transliterate.js';
import { fixtureData } from './helpers.js';

const base = fixtureData().dataset.clients[0];

function datasetOf(clients: Partial<StoredClient>[]): Pick<Dataset, 'clients' | 'index'> {
  const full = clients.map((c, i) => ({ ...base, emails: [], domains: [], rank: i + 1, ...c }) as StoredClient);
  return { clients: full, index: buildClientIndex(full) };
}

const names = (results: { client: StoredClient }[]) => results.map((r) => r.client.name);

describe('popup search', () => {
  const data = datasetOf([
    { client: '7700000010', name: 'ЗАО «ПТК Ромашка»', segment: 'AX' },
    { client: '1620344155', name: 'ООО «Ромашка-Трейд»', segment: 'BY' },
    { client: '7700000030', name: 'ООО «Ромашка»', segment: 'CZ' },
    { client: '7700000040', name: 'Vector Group LLC', segment: 'AX' },
    { client: '7700000050', name: 'АО «Юрьев и партнёры»', segment: 'CZ' },
  ]);
  const search = createSearch(data);

  it('puts the exact name first, then names that start with it, then the rest, each by rank', () => {
    expect(names(search('Ромашка'))).toEqual(['ООО «Ромашка»', 'ООО «Ромашка-Трейд»', 'ЗАО «ПТК Ромашка»']);
    expect(names(search('ромашка-т'))).toEqual(['ООО «Ромашка-Трейд»']);
  });

  it('finds an INN typed with spaces or dashes, and by its first digits', () => {
    expect(names(search('1620 344 155'))).toEqual(['ООО «Ромашка-Трейд»']);
    expect(names(search('162-034'))).toEqual(['ООО «Ромашка-Трейд»']);
    expect(names(search('7700000'))).toEqual(['ЗАО «ПТК Ромашка»', 'ООО «Ромашка»', 'Vector Group LLC', 'АО «Юрьев и партнёры»']);
  });

  it('matches Cyrillic and Latin spellings of one name', () => {
    expect(names(search('Romashka'))).toEqual(['ООО «Ромашка»', 'ООО «Ромашка-Трейд»', 'ЗАО «ПТК Ромашка»']);
    expect(names(search('Вектор'))).toEqual(['Vector Group LLC']);
    expect(names(search('Yurev'))).toEqual(['АО «Юрьев и партнёры»']);
    expect(names(search('iurev'))).toEqual(['АО «Юрьев и партнёры»']);
  });

  it('lists a matrix cell’s clients, narrowed by the text when there is one', () => {
    expect(names(search('', 'AX'))).toEqual(['ЗАО «ПТК Ромашка»', 'Vector Group LLC']);
    expect(names(search('ромашка', 'CZ'))).toEqual(['ООО «Ромашка»']);
    expect(search('')).toEqual([]);
  });

  it('still finds by e-mail and domain through the page look-up', () => {
    const { dataset } = fixtureData();
    expect(searchClients(dataset, 'o.kuznetsova@vector-group.ru')[0]).toMatchObject({ client: { client: '7702000002' }, match: { by: 'domain' } });
    expect(searchClients(dataset, 'someone@gmail.com')).toEqual([]);
  });

  it('transliterates by the ICAO table', () => {
    expect(transliterate('Щукин Жора Хачапури Цветков Юля Яна')).toBe('shchukin zhora khachapuri tsvetkov iulia iana');
    expect(searchForm('Техносила')).toBe(searchForm('Tekhnosila'));
    expect(searchForm('Максим')).toBe(searchForm('Maxim'));
  });

  it('finds every client by its own name, first among clients of the same name', () => {
    const word = fc.stringMatching(/^[a-zа-я]{2,8}$/);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(word, word), { minLength: 1, maxLength: 12, selector: ([a, b]) => `${a} ${b}` }), fc.nat(), (pairs, pick) => {
        const list = datasetOf(pairs.map(([a, b], i) => ({ client: `c${i}`, name: `${a} ${b}` })));
        const at = pick % pairs.length;
        const target = list.clients[at];
        const found = createSearch(list)(target.name);
        expect(found.length).toBeGreaterThan(0);
        expect(searchForm(found[0].client.name)).toBe(searchForm(target.name));
        expect(found.map((r) => r.client.client)).toContain(target.client);
      }),
    );
  });
});
