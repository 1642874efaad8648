// @vitest-environment happy-dom
/**
 * The card as rendered: the sender's role from a contacts file's role
 * column (read, indexed, resolved, shown), the as-of day and import age,
 * "Open in CRM" and Copy INN, the sparkline for clients segmented here, and
 * imported names capped and isolated.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../extension/data/default-settings.js';
import { readDataFile } from '../../extension/data/read-data-file.js';
import { buildClientIndex } from '../../extension/match/client-index.js';
import { createResolver } from '../../extension/page/resolver.js';
import { gmail } from '../../extension/sites/gmail.js';
import { cardView } from '../../extension/ui/card-view.js';
import { Badge } from '../../extension/badge/badge.js';
import { ClientCard } from '../../extension/ui/client-card.js';
import { fixture, fixtureData } from './helpers.js';

const app = document.createElement('div');
afterEach(() => render(null, app));

const contactsWithRoles = 'ИНН;Клиент;E-mail;Должность\n7701000001;ООО «Ромашка»;ivan.petrov@romashka.ru;Главный закупщик\n7702000002;АО «Вектор»;o.kuznetsova@vector-group.ru;\n';

describe('the rendered card', () => {
  it('says who the sender is when the contacts file gives a role', () => {
    const outcome = readDataFile(contactsWithRoles, 'contacts.csv', { lang: 'ru', segment: defaultSettings.segment });
    if (outcome.kind !== 'contacts') throw new Error(outcome.kind);
    expect(outcome.contacts.map((c) => c.role)).toEqual(['Главный закупщик', undefined]);
    const { dataset } = fixtureData('ru', gmail);
    const withContacts = { ...dataset, index: buildClientIndex(dataset.clients, outcome.contacts) };
    expect(withContacts.index.roles).toEqual([['ivan.petrov@romashka.ru', 'Главный закупщик']]);
    const resolve = createResolver(withContacts, gmail, 'ru', cardView(withContacts, defaultSettings, []));
    const props = resolve({ email: 'Ivan.Petrov@romashka.ru' })!;
    expect(props.role).toBe('Главный закупщик');
    // A colleague found by the domain is not the person the role belongs to.
    expect(resolve({ email: 'zakupki@romashka.ru' })!.role).toBeUndefined();
    render(<ClientCard {...props} />, app);
    expect(app.querySelector('.person')?.textContent).toBe('ivan.petrov@romashka.ru — Главный закупщик');
  });

  it('shows the as-of day, the links into the CRM and the sparkline', () => {
    const outcome = readDataFile(fixture('transactions-ru.csv'), 'sales.csv', { lang: 'ru', segment: defaultSettings.segment });
    if (outcome.kind !== 'transactions') throw new Error(outcome.kind);
    const client = outcome.clients.find((c) => c.client === '7702000002')!;
    const view = cardView({ clients: outcome.clients, importedAt: new Date().toISOString(), asOf: outcome.basis.asOf }, { currency: '₽', crmLinks: { bitrix24: 'https://acme.bitrix24.ru/crm/company/details/{id}/' } }, [{ id: 'bitrix24', name: 'Bitrix24' }]);
    render(<ClientCard client={client} count={outcome.clients.length} lang="ru" basis={outcome.basis} view={view} />, app);
    expect(app.querySelector('.why')?.textContent).toBe('по данным на 15.04.2024, загружено только что');
    expect(app.querySelector('.alert')?.textContent).toContain('(по данным на 15.04.2024)');
    expect(app.querySelector<HTMLAnchorElement>('a.crm-link')?.getAttribute('href')).toBe('https://acme.bitrix24.ru/crm/company/details/7702000002/');
    expect(app.querySelector('a.crm-link')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(app.querySelector('button.copy')?.textContent).toBe('Скопировать ИНН');
    expect(app.querySelector('svg.spark')?.getAttribute('aria-label')).toMatch(/^Сумма по периодам за 4\u00a0мес\.: минимум 0\u00a0₽, максимум 40\u00a0000\u00a0₽, последний период /);
    expect(app.querySelectorAll('svg.spark polyline').length).toBe(1);
  });

  it('caps and isolates an imported name', () => {
    const { dataset } = fixtureData('en');
    const client = { ...dataset.clients[0], name: `\u202E${'W'.repeat(200_000)}` };
    render(<ClientCard client={client} count={8} lang="en" />, app);
    const name = app.querySelector('.name bdi')!.textContent!;
    expect(name.length).toBe(200);
    expect(name.startsWith('W')).toBe(true);
    render(<Badge client={client} count={8} lang="en" />, app);
    const label = app.querySelector('button.chip')!.getAttribute('aria-label')!;
    expect(label.length).toBeLessThan(260);
    expect(label).not.toContain('\u202E');
  });
});
