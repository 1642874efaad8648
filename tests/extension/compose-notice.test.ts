// @vitest-environment happy-dom
/**
 * Notices while writing, on the Gmail fixture's draft: an A client at risk
 * and another KAM's client are named above the recipients, outside every
 * editable field; a dismissed notice stays dismissed for that draft and
 * comes back for a new draft or a new client; without the user's name
 * there is no KAM notice; the page's own recipients are found through the
 * adapter's targets.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { composeWarnings, isOwnKam } from '../../extension/compose/compose-warnings.js';
import { startComposeNotices, type ComposeNotices } from '../../extension/compose/compose-notice.js';
import { defaultSettings } from '../../extension/data/default-settings.js';
import { createResolver } from '../../extension/page/resolver.js';
import { gmail } from '../../extension/sites/gmail.js';
import { sites } from '../../extension/sites/index.js';
import { cardView } from '../../extension/ui/card-view.js';
import { fixture, fixtureBody, fixtureData } from './helpers.js';

let notices: ComposeNotices | undefined;
afterEach(() => {
  notices?.stop();
  notices = undefined;
  document.body.replaceChildren();
});

function resolverFor(lang: 'ru' | 'en') {
  const { dataset } = fixtureData(lang, gmail);
  return createResolver(dataset, gmail, lang, cardView(dataset, defaultSettings, sites));
}

function addRecipient(email: string): void {
  const chip = document.createElement('div');
  chip.setAttribute('role', 'option');
  chip.setAttribute('data-hovercard-id', email);
  chip.textContent = email;
  document.getElementById('compose-to')!.append(chip);
}

function start(kamName = 'Анна Смирнова', lang: 'ru' | 'en' = 'ru'): ComposeNotices {
  document.body.innerHTML = fixtureBody(fixture('gmail.html'));
  notices = startComposeNotices(document.body, { site: gmail, resolve: resolverFor(lang), kamName: () => kamName, lang: () => lang });
  return notices;
}

const notice = () => document.querySelector('kam-compose-notice');
const lines = () => Array.from(notice()?.shadowRoot?.querySelectorAll('li') ?? []).map((li) => `${li.dataset.kind}: ${li.textContent}`);

describe('compose notices', () => {
  it('name another KAM’s client above the recipients, outside the editable body', () => {
    start();
    // The fixture's draft already has Northwind (Олег Кузнецов's client).
    expect(lines()).toEqual(['other-kam: Northwind Traders LLC: клиент другого менеджера — Олег Кузнецов']);
    const host = notice()!;
    // Above the recipients' block (Gmail's .GS, holding the To field's listbox).
    expect(host.nextElementSibling?.contains(document.getElementById('compose-to'))).toBe(true);
    expect(host.closest('[contenteditable]')).toBeNull();
    expect(host.closest('[role="dialog"]')).not.toBeNull();
    expect(host.shadowRoot!.querySelector('[role="status"]')).not.toBeNull();
  });

  it('warns about an A client at risk, with the day the figures refer to', () => {
    const n = start('Олег Кузнецов');
    expect(notice()).toBeNull();
    addRecipient('o.kuznetsova@vector-group.ru');
    n.flush();
    expect(lines()).toEqual(['at-risk: АО «Вектор»: ключевой клиент, под угрозой: 94 дня без заказов, обычный интервал 30 (по данным на 25.06.2024)']);
  });

  it('stays dismissed for that draft, and comes back for a new client or a new draft', () => {
    const n = start();
    notice()!.shadowRoot!.querySelector('button')!.click();
    expect(notice()).toBeNull();
    n.flush();
    expect(notice()).toBeNull();
    addRecipient('o.kuznetsova@vector-group.ru');
    n.flush();
    // Вектор is Олег Кузнецов's and at risk: both are new; Northwind stays dismissed.
    expect(lines()).toEqual([
      'at-risk: АО «Вектор»: ключевой клиент, под угрозой: 94 дня без заказов, обычный интервал 30 (по данным на 25.06.2024)',
      'other-kam: АО «Вектор»: клиент другого менеджера — Олег Кузнецов',
    ]);
    // A new draft: the page replaces the compose window.
    const compose = document.querySelector('.compose')!;
    compose.replaceWith(compose.cloneNode(true));
    document.querySelectorAll('kam-compose-notice').forEach((el) => el.remove());
    n.flush();
    expect(lines()).toContain('other-kam: Northwind Traders LLC: клиент другого менеджера — Олег Кузнецов');
  });

  it('leaves the draft alone when the recipients are the user’s own healthy clients, or no name is set', () => {
    start('');
    expect(notice()).toBeNull();
    start('Олег Кузнецов; О. Кузнецов');
    expect(notice()).toBeNull();
  });

  it('goes above the first recipient row when only Cc has recipients', () => {
    const n = start('Олег Кузнецов');
    document.querySelector('#compose-to [role="option"]')!.remove();
    const cc = document.createElement('div');
    cc.setAttribute('role', 'listbox');
    cc.id = 'compose-cc';
    // Gmail's Cc field: a listbox inside the field named cc (gmail.js scopes recipients to the to/cc/bcc fields).
    const row = document.createElement('div');
    row.className = 'anm';
    row.setAttribute('name', 'cc');
    row.append(cc);
    document.getElementById('compose-to')!.closest('.anm')!.after(row);
    const chip = document.createElement('div');
    chip.setAttribute('role', 'option');
    chip.setAttribute('data-hovercard-id', 'zakupki@romashka.ru');
    cc.append(chip);
    n.flush();
    expect(lines()).toEqual(['other-kam: ООО «Ромашка»: клиент другого менеджера — Анна Смирнова']);
    expect(notice()!.nextElementSibling?.contains(document.getElementById('compose-to'))).toBe(true);
  });

  it('speaks English too, and goes when the recipient is removed', () => {
    const n = start('Anna', 'en');
    expect(lines()).toEqual(["other-kam: Northwind Traders LLC: another KAM's client — Олег Кузнецов"]);
    document.querySelector('#compose-to [role="option"]')!.remove();
    n.flush();
    expect(notice()).toBeNull();
  });
});

describe('compose warnings', () => {
  it('compares names without case, ё or extra spaces, and takes several spellings', () => {
    expect(isOwnKam('Фёдор  Иванов', 'федор иванов')).toBe(true);
    expect(isOwnKam('Ф. Иванов', 'Фёдор Иванов; Ф. Иванов')).toBe(true);
    expect(isOwnKam('Пётр Петров', 'Фёдор Иванов')).toBe(false);
  });

  it('caps and isolates imported names', () => {
    const { dataset } = fixtureData('ru', gmail);
    const vector = dataset.clients.find((c) => c.client === '7702000002')!;
    const long = { ...vector, name: `\u202E${'Я'.repeat(500)}` };
    const [warning] = composeWarnings([{ client: long, count: 8, lang: 'ru' }], { kamName: '', lang: 'ru' });
    expect(warning.name).toHaveLength(200);
    expect(warning.name.endsWith('…')).toBe(true);
    expect(warning.name).not.toContain('\u202E');
  });
});
