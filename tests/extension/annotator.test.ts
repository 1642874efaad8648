// @vitest-environment happy-dom
/**
 * The annotator's contract with the page: each element is annotated once,
 * changes are batched until the next frame, badges follow their elements in
 * and out of the page (the compose case), new data update the badges in
 * place, and a badge opens its card from the keyboard.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startAnnotator, type Annotator, type Resolve } from '../../extension/page/annotator.js';
import { gmail } from '../../extension/sites/gmail.js';
import { fixture, fixtureBody, fixtureData, siteUrls } from './helpers.js';

let annotator: Annotator | undefined;
afterEach(() => {
  annotator?.stop();
  annotator = undefined;
  document.body.replaceChildren();
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function start(resolve: Resolve = fixtureData().resolve): Annotator {
  document.body.innerHTML = fixtureBody(fixture('gmail.html'));
  annotator = startAnnotator(document.body, { site: gmail, url: () => new URL(siteUrls.gmail), resolve });
  return annotator;
}

function row(email: string): HTMLElement {
  const tr = document.createElement('tr');
  tr.className = 'zA';
  tr.innerHTML = `<td><span class="zF" email="${email}" name="x">x</span></td>`;
  return tr;
}

const badges = () => Array.from(document.querySelectorAll('kam-badge'));

describe('annotator', () => {
  it('annotates each element once, however often it is looked at', () => {
    let calls = 0;
    const { resolve } = fixtureData();
    const a = start((identity) => (calls++, resolve(identity)));
    const first = badges();
    const readsAfterStart = calls;
    document.getElementById('threads')!.append(document.createElement('tr'));
    a.flush();
    a.flush();
    expect(badges()).toEqual(first);
    expect(badges().every((badge, i) => badge === first[i])).toBe(true);
    expect(calls - readsAfterStart).toBe(0);
  });

  it('waits for the next frame and handles a batch of new rows at once', async () => {
    start();
    const before = badges().length;
    const tbody = document.getElementById('threads')!;
    for (let i = 0; i < 20; i++) tbody.append(row(i % 2 ? `buyer${i}@romashka.ru` : `someone${i}@gmail.com`));
    await Promise.resolve(); // the MutationObserver has run, the frame has not
    expect(badges().length).toBe(before);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(badges().length).toBe(before + 10);
    expect(performance.getEntriesByName('kam-annotate')).toHaveLength(1);
  });

  it('follows compose recipients as they are added and removed', async () => {
    const a = start();
    const to = document.getElementById('compose-to')!;
    const chip = document.createElement('div');
    chip.setAttribute('role', 'option');
    chip.setAttribute('data-hovercard-id', 'o.kuznetsova@vector-group.ru');
    chip.textContent = 'Ольга Кузнецова';
    to.append(chip);
    await tick();
    a.flush();
    expect(chip.nextElementSibling?.getAttribute('data-segment')).toBe('AY');
    chip.remove();
    await tick();
    a.flush();
    expect(to.querySelectorAll('kam-badge')).toHaveLength(1); // the Northwind chip's only
  });

  it('updates badges in place when the data change', () => {
    let segment = 'AX';
    const { resolve } = fixtureData();
    const a = start((identity) => {
      const props = resolve(identity);
      return props && { ...props, client: { ...props.client, segment } };
    });
    const host = badges()[0];
    segment = 'BZ';
    a.rescan();
    a.flush();
    expect(badges()[0]).toBe(host);
    expect(host.getAttribute('data-segment')).toBe('BZ');
  });

  it('puts back a badge the page throws away, but gives up on a page that keeps doing it', async () => {
    const a = start();
    const sender = document.querySelector('[email="ivan.petrov@romashka.ru"]')!;
    const after: (string | undefined)[] = [];
    for (let round = 0; round < 4; round++) {
      sender.nextElementSibling!.remove();
      await tick();
      a.flush();
      after.push(sender.nextElementSibling?.tagName);
    }
    expect(after).toEqual(['KAM-BADGE', 'KAM-BADGE', 'KAM-BADGE', undefined]);
  });

  it('moves a badge along with its element', async () => {
    const a = start();
    const sender = document.querySelector('[email="ivan.petrov@romashka.ru"]')!;
    const host = sender.nextElementSibling;
    document.getElementById('compose-to')!.append(sender);
    await tick();
    a.flush();
    expect(sender.nextElementSibling).toBe(host);
  });

  it('re-reads an identifier whose address changes', async () => {
    const a = start();
    const sender = document.querySelector('[email="petrov.home@gmail.com"]')!;
    expect(sender.nextElementSibling?.tagName).not.toBe('KAM-BADGE');
    sender.setAttribute('email', 'sales@northwind.com');
    await tick();
    a.flush();
    expect(sender.nextElementSibling?.getAttribute('data-segment')).toBe('BX');
  });

  it('opens the card on keyboard focus and closes it with Escape', async () => {
    start(fixtureData('ru').resolve);
    const host = document.querySelector<HTMLElement>('kam-badge[data-segment="AY"]')!;
    const chip = host.shadowRoot!.querySelector('button')!;
    expect(chip.getAttribute('aria-label')).toContain('АО «Вектор»');
    chip.focus();
    await tick();
    const card = host.shadowRoot!.querySelector('[role="tooltip"]');
    expect(card?.textContent).toContain('АО «Вектор»');
    expect(card?.textContent).toContain('под угрозой: 94 дня без заказов, обычный интервал 30');
    expect(card?.textContent).toContain('Олег Кузнецов');
    expect(card?.textContent).toContain('Ключевой с колебаниями');
    expect(card?.textContent).toContain('Место 2 из 8');
    chip.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await tick();
    expect(host.shadowRoot!.querySelector('[role="tooltip"]')).toBeNull();
  });

  it('keeps clicks on a badge from reaching the page', () => {
    start();
    let rowClicks = 0;
    const host = document.querySelector<HTMLElement>('kam-badge')!;
    host.closest('tr')!.addEventListener('click', () => rowClicks++);
    host.shadowRoot!.querySelector('button')!.click();
    expect(rowClicks).toBe(0);
  });
});
