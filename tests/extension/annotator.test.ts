// @vitest-environment happy-dom
/**
 * The annotator's contract with the page: each element is annotated once,
 * changes are batched until the next frame, badges follow their elements in
 * and out of the page (the compose case), new data update the badges in
 * place, and a badge opens its card from the keyboard.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAnnotator, type Annotator, type Resolve } from '../../extension/page/annotator.js';
import { gmail } from '../../extension/sites/gmail.js';
import { fixture, fixtureBody, fixtureData, siteUrls } from './helpers.js';

let annotator: Annotator | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  annotator?.stop();
  annotator = undefined;
  document.body.replaceChildren();
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function start(resolve: Resolve = fixtureData('en', gmail).resolve): Annotator {
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
    const { resolve } = fixtureData('en', gmail);
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
    const { resolve } = fixtureData('en', gmail);
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
    start(fixtureData('ru', gmail).resolve);
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
    expect(chip.getAttribute('aria-describedby')).toBe(card?.id);
    // Keys typed by a person are composed: they reach the window from inside a shadow root.
    chip.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await tick();
    expect(host.shadowRoot!.querySelector('[role="tooltip"]')).toBeNull();
    expect(chip.hasAttribute('aria-describedby')).toBe(false);
  });

  it('closes a hovered card with Escape while focus is in the draft', async () => {
    start(fixtureData('ru', gmail).resolve);
    const host = document.querySelector<HTMLElement>('kam-badge[data-segment="BX"]')!;
    host.shadowRoot!.querySelector('button')!.dispatchEvent(new MouseEvent('mouseenter'));
    await new Promise((done) => setTimeout(done, 200));
    expect(host.shadowRoot!.querySelector('[role="tooltip"]')).not.toBeNull();
    const draft = document.querySelector<HTMLElement>('[contenteditable="true"]')!;
    draft.focus();
    let reachedPage = false;
    draft.addEventListener('keydown', () => (reachedPage = true));
    draft.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await tick();
    expect(host.shadowRoot!.querySelector('[role="tooltip"]')).toBeNull();
    // The Escape that closed the card does nothing else (Gmail would close the draft).
    expect(reachedPage).toBe(false);
  });

  it('costs nothing while the page is idle, or changes away from client identifiers', async () => {
    const a = start();
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    const timers = [vi.spyOn(window, 'setTimeout'), vi.spyOn(window, 'setInterval')];
    // A ticking clock, a snippet rewritten, a row's class toggled: what Gmail does all day.
    const clock = document.querySelector('td.date span')!;
    for (let minute = 0; minute < 5; minute++) {
      clock.textContent = `10:4${minute}`;
      document.querySelector('.snippet')!.append(' …');
      document.querySelector('tr.zA')!.classList.toggle('x7');
      await Promise.resolve();
    }
    expect(frames).not.toHaveBeenCalled();
    for (const timer of timers) expect(timer).not.toHaveBeenCalled();
    // And a change to an identifier does take one frame.
    document.querySelector('[email="j.doe@gmail.com"]')!.setAttribute('email', 'sales@northwind.com');
    await Promise.resolve();
    expect(frames).toHaveBeenCalledTimes(1);
    a.flush();
  });

  it('stops for good: no observer, no badges', async () => {
    const a = start();
    a.stop();
    expect(badges()).toHaveLength(0);
    document.getElementById('threads')!.append(row('buyer@romashka.ru'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(badges()).toHaveLength(0);
  });

  it('keeps a card open to be read and copied from, until a click elsewhere', async () => {
    start(fixtureData('en', gmail).resolve);
    const host = document.querySelector<HTMLElement>('kam-badge[data-segment="AY"]')!;
    const root = host.shadowRoot!;
    const cardOf = () => root.querySelector<HTMLElement>('[role="tooltip"]');
    root.querySelector('button')!.click();
    await tick();
    expect(cardOf()?.textContent).toContain('at risk: 94 days');
    // Selecting the INN in the card: the pointer goes down in it, focus moves to it.
    cardOf()!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    cardOf()!.focus();
    await tick();
    expect(cardOf()).not.toBeNull();
    document.querySelector('.snippet')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await tick();
    expect(cardOf()).toBeNull();
  });

  it('closes a card with Escape from inside it and gives the keyboard back to its chip', async () => {
    start(fixtureData('en', gmail).resolve);
    const root = document.querySelector<HTMLElement>('kam-badge[data-segment="AY"]')!.shadowRoot!;
    const chip = root.querySelector('button')!;
    chip.focus();
    await tick();
    const card = root.querySelector<HTMLElement>('[role="tooltip"]')!;
    card.focus();
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await tick();
    expect(root.querySelector('[role="tooltip"]')).toBeNull();
    expect(root.activeElement).toBe(chip);
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
