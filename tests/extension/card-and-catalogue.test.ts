/**
 * What the card says and in which language: reasons split out of a segments
 * table in either language, the risk sentence worded in the reader's
 * language when the figures are known, the RU and EN catalogues in step.
 */
import { describe, expect, it } from 'vitest';
import type { StoredClient } from '../../extension/data/stored-client.js';
import { t } from '../../extension/i18n.js';
import en from '../../extension/public/_locales/en/messages.json';
import ru from '../../extension/public/_locales/ru/messages.json';
import { cardFacts } from '../../extension/ui/card-facts.js';
import { cellColours } from '../../extension/ui/cell-colours.js';
import { formatAge } from '../../extension/ui/format-age.js';
import { searchClients } from '../../extension/ui/search-clients.js';
import { fixtureData } from './helpers.js';

const { dataset } = fixtureData();
const vector = dataset.clients.find((c) => c.client === '7702000002')!;

describe('card facts', () => {
  it('splits the reasons of an English table', () => {
    const enClient: StoredClient = {
      ...vector,
      reason: 'A: 32.0% cumulative before it, rank 2 of 8; Y: CV 18.3% over 18 months; bought in 14 of 18 months (frequent); breadwinner: 20.6% of the total; at risk: 94 days since the last order, usual gap 30',
    };
    const facts = cardFacts(enClient, 'en');
    expect(facts.abcReason).toBe('A: 32.0% cumulative before it, rank 2 of 8');
    expect(facts.xyzReason).toBe('Y: CV 18.3% over 18 months');
    expect(facts.risk).toBe('at risk: 94 days since the last order, usual gap 30');
    expect(facts.types).toEqual(['Breadwinner']);
    expect(facts.trend).toBe('falling');
    expect(facts.action).toMatch(/^Key account with swings/);
    expect(facts.total).toBe('3,105,000');
    expect(facts.share).toBe('20.6%');
  });

  it('reads a Russian table’s reasons and words the rest in Russian', () => {
    const facts = cardFacts(vector, 'ru');
    expect(facts.abcReason).toBe('A: 32,0% накопленной доли до него, место 2 из 8');
    expect(facts.otherReasons).toEqual(['покупки в 14 из 18 мес. (часто)', 'кормилец: 20,6% от общей суммы']);
    expect(facts.xyzReason).toBe('Y: КВ 18,3% за 18 мес.');
    expect(facts.risk).toBe('под угрозой: 94 дня без заказов, обычный интервал 30');
    expect(facts.types).toEqual(['Кормилец']);
    expect(facts.total).toBe('3\u00a0105\u00a0000');
  });

  it('words the risk in the reader’s language when the figures are known', () => {
    const segmentedHere: StoredClient = { ...vector, days_since: 61, usual_gap: 21 };
    expect(cardFacts(segmentedHere, 'ru').risk).toBe('под угрозой: 61 день без заказов, обычный интервал 21');
    expect(cardFacts({ ...segmentedHere, risk: 'lost', days_since: 200 }, 'en').risk).toBe('lost: 200 days since the last order');
    expect(cardFacts({ ...segmentedHere, risk: null }, 'en').risk).toBeUndefined();
  });

  it('colours the nine cells apart', () => {
    const cells = ['AX', 'AY', 'AZ', 'BX', 'BY', 'BZ', 'CX', 'CY', 'CZ'].map((cell) => JSON.stringify(cellColours(cell)));
    expect(new Set(cells).size).toBe(9);
  });
});

describe('catalogue', () => {
  it('has the same keys and placeholders in Russian and English', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (text: string) => (text.match(/\$\d/g) ?? []).sort().join();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(`${key}: ${placeholders(ru[key].message)}`).toBe(`${key}: ${placeholders(en[key].message)}`);
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    }
  });

  it('fills placeholders', () => {
    expect(t('ru', 'cardRank', 3, 120)).toBe('Место 3 из 120');
    expect(t('en', 'optionsRows', 10, 8, 2)).toBe('Rows read: 10, used: 8, rejected: 2.');
    expect(t('en', 'matchedEmail', 'a$$b$1@x.ru')).toBe('Found by e-mail a$$b$1@x.ru');
  });

  it('says how old data are', () => {
    const now = Date.parse('2024-05-01T13:00:00Z');
    expect(formatAge('2024-05-01T10:00:00Z', 'en', now)).toBe('3 hours ago');
    expect(formatAge('2024-04-29T13:00:00Z', 'ru', now)).toBe('2 дня назад');
    expect(formatAge('2024-05-01T12:59:30Z', 'en', now)).toBe('just now');
  });
});

describe('popup search', () => {
  it('finds by e-mail through the page look-up, and by part of a name', () => {
    expect(searchClients(dataset, 'o.kuznetsova@vector-group.ru')[0]).toMatchObject({ client: { client: '7702000002' }, match: { by: 'domain' } });
    expect(searchClients(dataset, 'romashka.ru')[0].client.name).toBe('ООО «Ромашка»');
    expect(searchClients(dataset, 'ромаш').map((r) => r.client.name)).toEqual(['ООО «Ромашка»']);
    expect(searchClients(dataset, '7704')[0].client.name).toBe('ИП Сидоров Алексей Андреевич');
    expect(searchClients(dataset, 'someone@gmail.com')).toEqual([]);
  });
});
