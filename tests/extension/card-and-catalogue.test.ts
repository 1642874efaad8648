/**
 * What the card says and in which language: reasons split out of a segments
 * table in either language, the risk sentence worded in the reader's
 * language when the figures are known, the RU and EN catalogues in step.
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../extension/data/default-settings.js';
import { readDataFile } from '../../extension/data/read-data-file.js';
import type { StoredClient } from '../../extension/data/stored-client.js';
import { t } from '../../extension/i18n.js';
import en from '../../extension/public/_locales/en/messages.json';
import ru from '../../extension/public/_locales/ru/messages.json';
import { cardFacts } from '../../extension/ui/card-facts.js';
import { cellColours } from '../../extension/ui/cell-colours.js';
import { formatAge } from '../../extension/ui/format-age.js';
import { searchClients } from '../../extension/popup/search-clients.js';
import { tableReasons } from '../../extension/ui/table-reasons.js';
import { fixture, fixtureData } from './helpers.js';

const { dataset } = fixtureData();
const vector = dataset.clients.find((c) => c.client === '7702000002')!;

describe('card facts', () => {
  it('reads an English table’s reasons', () => {
    const enClient: StoredClient = {
      ...vector,
      reason: 'A: 32.0% cumulative before it, rank 2 of 8; Y: CV 18.3% over 18 months; bought in 14 of 18 months (frequent); breadwinner: 20.6% of the total; at risk: 94 days since the last order, usual gap 30',
    };
    const facts = cardFacts(enClient, 'en', 8);
    expect(facts.abcReason).toBe('A: 32.0% cumulative before it, rank 2 of 8');
    expect(facts.xyzReason).toBe('Y: coefficient of variation 18% over 18 months');
    expect(facts.risk).toBe('at risk: 94 days since the last order, usual gap 30');
    expect(facts.types).toEqual(['Breadwinner']);
    expect(facts.trend).toBe('falling');
    expect(facts.action).toMatch(/^Key account with swings/);
    expect(facts.total).toBe('3,105,000\u00a0₽');
    expect(facts.window).toBe('over 18\u00a0months');
    expect(facts.share).toBe('20.6%');
    expect(facts.lastPurchase).toBe('19 Mar 2024');
  });

  it('reads a Russian table’s reasons', () => {
    const facts = cardFacts(vector, 'ru', 8);
    expect(facts.abcReason).toBe('A: 32,0% накопленной доли до него, место 2 из 8');
    expect(facts.xyzReason).toBe('Y: коэффициент вариации 18% за 18 мес.');
    expect(facts.risk).toBe('под угрозой: 94 дня без заказов, обычный интервал 30');
    expect(facts.types).toEqual(['Кормилец']);
    expect(facts.total).toBe('3\u00a0105\u00a0000\u00a0₽');
    expect(facts.window).toBe('за 18\u00a0мес.');
    expect(facts.lastPurchase).toMatch(/^19 мар\.? 2024/);
  });

  it('words the reasons of clients segmented here in the reader’s language, whatever the import’s was', () => {
    const outcome = readDataFile(fixture('transactions-ru.csv'), 'sales.csv', { lang: 'ru', segment: defaultSettings.segment });
    if (outcome.kind !== 'transactions') throw new Error(outcome.kind);
    const romashka = outcome.clients.find((c) => c.client === '7701000001')!;
    const count = outcome.clients.length;
    // The stored reason column is the import's (Russian); the card does not depend on it.
    expect(romashka.reason).toContain('накопленной доли');
    const en = cardFacts(romashka, 'en', count, outcome.basis);
    expect(en.abcReason).toBe('A: 0.0% cumulative before it, rank 1 of 3');
    expect(en.xyzReason).toMatch(/^X: coefficient of variation \d+% over 4 months$/);
    expect(en.window).toBe('over 4\u00a0months');
    expect(romashka.figures?.series).toHaveLength(4);
    const ru = cardFacts({ ...romashka, reason: '' }, 'ru', count, outcome.basis);
    expect(ru.abcReason).toBe('A: 0,0% накопленной доли до него, место 1 из 3');
    expect(ru.xyzReason).toMatch(/^X: коэффициент вариации \d+% за 4 мес\.$/);
  });

  it('words the risk from its figures in the reader’s language', () => {
    const figures = { cumBefore: 0.32, abcFlag: null, tieRank: null, periods: 18, periodsWithPurchase: 14, frequency: 'frequent' as const, isNew: false, daysSince: 61, usualGap: 21 };
    const segmentedHere: StoredClient = { ...vector, figures };
    const basis = { period: 'month' as const, abcRule: 'before' as const };
    expect(cardFacts(segmentedHere, 'ru', 8, basis).risk).toBe('под угрозой: 61 день без заказов, обычный интервал 21');
    expect(cardFacts({ ...segmentedHere, risk: 'lost', figures: { ...figures, daysSince: 200 } }, 'en', 8, basis).risk).toBe('lost: 200 days since the last order');
    expect(cardFacts({ ...segmentedHere, risk: null }, 'en', 8, basis).risk).toBeUndefined();
    expect(cardFacts(segmentedHere, 'en', 8, basis).xyzReason).toBe('Y: coefficient of variation 18% over 18 months');
  });

  it('words a table’s reasons again in the reader’s language, either way', () => {
    const ruTable = vector;
    const enTable: StoredClient = { ...vector, reason: 'A: 32.0% cumulative before it, rank 2 of 8; Y: CV 18.3% over 18 months; at risk: 94 days since the last order, usual gap 30' };
    expect(tableReasons(ruTable, 8, 'en')).toEqual({ abc: 'A: 32.0% cumulative before it, rank 2 of 8', xyz: 'Y: CV 18% over 18 months', risk: 'at risk: 94 days since the last order, usual gap 30', window: { periods: 18, period: 'month' } });
    expect(tableReasons(enTable, 8, 'ru')).toEqual({ abc: 'A: 32,0% накопленной доли до него, место 2 из 8', xyz: 'Y: КВ 18% за 18 мес.', risk: 'под угрозой: 94 дня без заказов, обычный интервал 30', window: { periods: 18, period: 'month' } });
    const sidorov = dataset.clients.find((c) => c.client === '7704000004')!;
    expect(tableReasons(sidorov, 8, 'en').risk).toBe('lost: 204 days since the last order');
  });

  it('keeps a table’s ABC rule, ties, flags and weekly periods, and shows text in other forms as written', () => {
    const row = { ...vector, cum_share: 0.526, share: 0.206 };
    expect(tableReasons({ ...row, reason: 'A: 52,6% накопленной доли с ним, место 2 из 40' }, 8, 'en').abc).toBe('A: 52.6% cumulative including it, rank 2 of 40');
    expect(tableReasons({ ...row, reason: 'A: та же сумма, что у места 1' }, 8, 'en').abc).toBe('A: same total as rank 1');
    expect(tableReasons({ ...row, abc: 'C', cum_share: null, total: -5000, reason: 'C: loss of 5,000' }, 8, 'ru').abc).toBe('C: убыток 5\u00a0000');
    expect(tableReasons({ ...row, cv: 0.5, xyz: 'Z', reason: 'Z: CV 50% over 52 weeks' }, 8, 'ru').xyz).toBe('Z: КВ 50% за 52 нед.');
    expect(tableReasons({ ...row, cv: null, xyz: 'Z', reason: 'Z: нет чистых продаж за 4 кв.' }, 8, 'en').xyz).toBe('Z: no net sales over 4 quarters');
    expect(tableReasons({ ...row, cv: 0.05, xyz: 'X', reason: 'X: CV 5% over 1 month' }, 8, 'ru').xyz).toBe('X: КВ 5% за 1 мес.');
    expect(tableReasons({ ...row, abc: 'C', cum_share: null, total: 0, reason: 'C: нет выручки' }, 8, 'en').abc).toBe('C: no revenue');
    expect(tableReasons({ ...row, reason: 'A: top client by hand; Y: seasonal' }, 8, 'en')).toEqual({ abc: 'A: top client by hand', xyz: 'Y: seasonal', risk: 'at risk' });
    expect(tableReasons({ ...row, reason: '' }, 8, 'ru')).toEqual({ abc: 'A', xyz: 'Y', risk: 'под угрозой' });
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
