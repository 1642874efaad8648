/**
 * The card's wording and looks: C clients by rank and share, shares to a
 * precision that says something, sums with currency and window, the as-of
 * day, "Open in CRM" links (never a script URL), capped and bidi-free text,
 * the sparkline's geometry, the welcome template importing whole, the
 * recognisable counts, and every colour pair at WCAG contrast.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetAsOf } from '../../extension/data/as-of.js';
import { crmUrls, safeCrmUrl } from '../../extension/data/crm-urls.js';
import { defaultSettings } from '../../extension/data/default-settings.js';
import { readDataFile } from '../../extension/data/read-data-file.js';
import { recognisable } from '../../extension/options/first-run/recognisable.js';
import { templateCsv } from '../../extension/options/first-run/template-csv.js';
import { cardFacts, formatAsOf, formatShare, windowText, withCurrency } from '../../extension/ui/card-facts.js';
import { cardStyles } from '../../extension/ui/card-styles.js';
import { cardView } from '../../extension/ui/card-view.js';
import { cellColours } from '../../extension/ui/cell-colours.js';
import { crmLinks, isInn } from '../../extension/ui/crm-links.js';
import { displayText } from '../../extension/ui/display-text.js';
import { sparklinePoints } from '../../extension/ui/sparkline.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, fixtureData } from './helpers.js';

const { dataset } = fixtureData();
const byId = (id: string) => dataset.clients.find((c) => c.client === id)!;

describe('card wording', () => {
  it('gives a C client its rank and share, not a cumulative share near 100%', () => {
    const small = { ...byId('7708000008'), rank: 280, share: 0.0001 };
    expect(cardFacts(small, 'ru', 300).abcReason).toBe('C: место 280 из 300, доля 0,01%');
    expect(cardFacts(small, 'en', 300).abcReason).toBe('C: rank 280 of 300, 0.01% of the total');
    // A and B keep the cumulative reason; a flagged C (a loss) keeps its own.
    expect(cardFacts(byId('7701000001'), 'ru', 8).abcReason).toContain('накопленной доли');
    expect(cardFacts({ ...small, cum_share: null, total: -5000, reason: 'C: убыток 5 000' }, 'ru', 300).abcReason).toBe('C: убыток 5\u00a0000');
  });

  it('shows shares to a precision that says something', () => {
    expect(formatShare(0.206, 'ru')).toBe('20,6%');
    expect(formatShare(0.0035, 'en')).toBe('0.35%');
    expect(formatShare(0.0001, 'ru')).toBe('0,01%');
    expect(formatShare(0.00001, 'ru')).toBe('< 0,01%');
    expect(formatShare(0, 'en')).toBe('0%');
    fc.assert(
      fc.property(fc.double({ min: 1e-4, max: 1, noNaN: true }), (share) => {
        expect(formatShare(share, 'en')).not.toMatch(/^0(\.0+)?%$/);
      }),
    );
  });

  it('writes sums with the currency and the window', () => {
    expect(withCurrency('3\u00a0105\u00a0000', '₽', 'ru')).toBe('3\u00a0105\u00a0000\u00a0₽');
    expect(withCurrency('3,105,000', '$', 'en')).toBe('$3,105,000');
    expect(windowText(24, 'month', 'ru')).toBe('за 24\u00a0мес.');
    expect(windowText(6, 'quarter', 'ru')).toBe('за 6\u00a0кварталов');
    expect(windowText(1, 'week', 'en')).toBe('over 1\u00a0week');
    expect(cardFacts(byId('7702000002'), 'en', 8, undefined, 'EUR').total).toBe('3,105,000\u00a0EUR');
  });

  it('names no abbreviation the reader must guess', () => {
    for (const lang of ['ru', 'en'] as const) {
      for (const client of dataset.clients) expect(cardFacts(client, lang, 8).xyzReason).not.toMatch(/\b(КВ|CV)\b/u);
    }
  });

  it('says which day the figures refer to', () => {
    expect(datasetAsOf(dataset)).toBe('2024-06-25');
    expect(datasetAsOf({ ...dataset, asOf: '2025-12-12' })).toBe('2025-12-12');
    expect(formatAsOf('2025-12-12', 'ru')).toBe('12.12.2025');
    expect(formatAsOf('2025-12-12', 'en')).toBe('12 Dec 2025');
    expect(cardView(dataset, defaultSettings, []).asOf).toBe('2024-06-25');
  });
});

describe('links into the CRM', () => {
  const client = { client: '7701000001', name: 'ООО «Ромашка»' };

  it('fills a template per CRM, after the table’s own crm_url', () => {
    const links = crmLinks({ ...client, crm_url: 'https://crm.example.ru/company/7' }, [{ name: 'Bitrix24', template: 'https://acme.bitrix24.ru/crm/company/details/{id}/?q={name}' }]);
    expect(links).toEqual([
      { name: undefined, href: 'https://crm.example.ru/company/7' },
      { name: 'Bitrix24', href: 'https://acme.bitrix24.ru/crm/company/details/7701000001/?q=%D0%9E%D0%9E%D0%9E%20%C2%AB%D0%A0%D0%BE%D0%BC%D0%B0%D1%88%D0%BA%D0%B0%C2%BB' },
    ]);
  });

  it('never offers a script or data URL', () => {
    expect(safeCrmUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeCrmUrl('data:text/html,x')).toBeUndefined();
    expect(crmLinks({ ...client, crm_url: 'javascript:alert(1)' }, [])).toEqual([]);
  });

  it('reads the crm_url column of a segments table, by client id', () => {
    const csv = fixture('segments.csv').replace(/^client,/, 'crm_url,client,').replace(/\n(7701000001,)/, '\nhttps://crm.example.ru/company/1,$1').replace(/\n(77\d{8},)/g, (m, id) => (m.includes('7701000001') ? m : `\n,${id}`));
    expect(crmUrls(csv).get('7701000001')).toBe('https://crm.example.ru/company/1');
    const outcome = readDataFile(csv, 'segments.csv', { lang: 'ru', segment: defaultSettings.segment });
    if (outcome.kind !== 'segments') throw new Error(outcome.kind);
    expect(outcome.report.rejected).toBe(0);
    expect(outcome.clients.find((c) => c.client === '7701000001')?.crm_url).toBe('https://crm.example.ru/company/1');
    expect(outcome.clients.find((c) => c.client === '7702000002')?.crm_url).toBeUndefined();
  });

  it('tells an INN from another id', () => {
    expect(isInn('7701000001')).toBe(true);
    expect(isInn('770100000112')).toBe(true);
    expect(isInn('C-1001')).toBe(false);
  });
});

describe('displayed text', () => {
  it('is capped at 200 characters with an ellipsis and has no bidi controls', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const shown = displayText(text);
        expect(Array.from(shown).length).toBeLessThanOrEqual(200);
        expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      }),
    );
    expect(displayText('x'.repeat(200_000))).toBe(`${'x'.repeat(199)}…`);
    expect(displayText('\u202Eакшамор ООО')).toBe('акшамор ООО');
  });
});

describe('sparkline', () => {
  it('spans the box left to right and puts the highest period on top', () => {
    const points = sparklinePoints([0, 50, 100, 25], 100, 20, 0);
    expect(points.map(([x]) => x)).toEqual([0, 33.3, 66.7, 100]);
    expect(points[2][1]).toBe(0);
    expect(points[0][1]).toBe(20);
    expect(sparklinePoints([0, 0], 100, 20, 0).map(([, y]) => y)).toEqual([10, 10]);
    // The scale starts at zero: a steady client sits at the top, not at the bottom.
    expect(sparklinePoints([5, 5], 100, 20, 0).map(([, y]) => y)).toEqual([0, 0]);
  });
});

describe('first run', () => {
  it.each(['ru', 'en'] as const)('offers a %s template that imports whole as sales', (lang) => {
    const outcome = readDataFile(templateCsv(lang), `template-${lang}.csv`, { lang, segment: defaultSettings.segment });
    expect(outcome.kind).toBe('transactions');
    expect(outcome.report).toMatchObject({ read: 3, used: 3, rejected: 0 });
    if (outcome.kind === 'transactions') expect(outcome.clients.every((c) => c.emails.length || c.domains.length)).toBe(true);
  });

  it('counts clients recognisable in mail and on CRM pages', () => {
    // Every fixture client has a name and an address (ИП Сидоров a personal one, matched exactly); without e-mails he and, here, Ромашка's domain go.
    expect(recognisable(dataset)).toEqual({ total: 8, mail: 8, crm: 8 });
    expect(recognisable({ clients: dataset.clients, index: { ...dataset.index, emails: [], domains: dataset.index.domains.filter(([, at]) => at !== 0) } })).toEqual({ total: 8, mail: 6, crm: 8 });
  });
});

/** WCAG relative luminance and contrast. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

describe('contrast', () => {
  const cells = ['AX', 'AY', 'AZ', 'BX', 'BY', 'BZ', 'CX', 'CY', 'CZ'];

  it('gives every chip’s text 4.5:1 and its outline 3:1 against a white page', () => {
    for (const cell of cells) {
      const c = cellColours(cell);
      expect(contrast(c.fg, c.bg), `${cell} text`).toBeGreaterThanOrEqual(4.5);
      expect(Math.max(contrast(c.border, '#ffffff'), contrast(c.bg, '#ffffff')), `${cell} outline`).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives the risk marks 3:1 against their white ring, and the card’s text colours 4.5:1', () => {
    const fill = (risk: string) => new RegExp(`\\.risk\\.${risk} path \\{ fill: (#[0-9a-f]{6})`).exec(cardStyles)![1];
    expect(contrast(fill('at-risk'), '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(fill('lost'), '#ffffff')).toBeGreaterThanOrEqual(3);
    const colours = [...cardStyles.matchAll(/(?<![-\w])color: (#[0-9a-f]{6})/g)].map((m) => m[1]);
    expect(colours.length).toBeGreaterThan(8);
    // The card's lightest backgrounds: white, the action box, the risk boxes and the tags.
    for (const colour of colours) for (const bg of ['#ffffff', '#f8fafc']) expect(contrast(colour, bg), `${colour} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });

  it('gives the options page’s and the popup’s text colours 4.5:1 on every background they sit on', () => {
    const css = readFileSync(join(import.meta.dirname, '../../extension/ui/page.css'), 'utf8');
    const variable = (name: string) => new RegExp(`--${name}: (#[0-9a-f]{6})`).exec(css)![1];
    // Page, sections, the welcome box, the popup's chosen result.
    for (const bg of ['#f6f7f9', '#ffffff', '#f5f9ff', '#e8eef7']) {
      for (const name of ['ink', 'muted', 'accent', 'ok', 'bad']) expect(contrast(variable(name), bg), `--${name} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
