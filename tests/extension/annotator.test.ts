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
    expect(Array.from(to.querySelectorAll('kam-badge'), (b) => b.getAttribute('data-segment'))).toEqual(['BX']); // the chip loaded with the page
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

  it('puts back a badge the page throws away, pausing longer each time a page keeps doing it, and never for good', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    try {
      const a = start();
      const sender = document.querySelector('.gD[email="ivan.petrov@romashka.ru"]')!;
      const after: boolean[] = [];
      const removeOnce = async () => {
        a.badgeOf(sender)!.remove();
        await vi.advanceTimersByTimeAsync(0);
        a.flush();
        after.push(sender.nextElementSibling?.tagName === 'KAM-BADGE');
      };
      for (let round = 0; round < 4; round++) await removeOnce();
      expect(after).toEqual([true, true, true, false]);
      // The first pause is a second; then the badge is back.
      vi.advanceTimersByTime(1_000);
      a.flush();
      expect(sender.nextElementSibling?.tagName).toBe('KAM-BADGE');
      // The next removal pauses twice as long.
      await removeOnce();
      vi.advanceTimersByTime(1_000);
      a.flush();
      expect(sender.nextElementSibling?.tagName).not.toBe('KAM-BADGE');
      vi.advanceTimersByTime(1_000);
      a.flush();
      expect(sender.nextElementSibling?.getAttribute('data-segment')).toBe('AX');
      // A changed address gets its badge at once, whatever the page did before.
      await removeOnce();
      sender.setAttribute('email', 'sales@northwind.com');
      await vi.advanceTimersByTimeAsync(0);
      a.flush();
      expect(sender.nextElementSibling?.getAttribute('data-segment')).toBe('BX');
    } finally {
      vi.useRealTimers();
    }
  });

  it('moves a badge along with its element', async () => {
    const a = start();
    const sender = document.querySelector('.gD[email="ivan.petrov@romashka.ru"]')!;
    const host = sender.nextElementSibling;
    expect(host?.tagName).toBe('KAM-BADGE');
    document.querySelector('.hb')!.append(sender);
    await tick();
    a.flush();
    expect(sender.nextElementSibling).toBe(host);
  });

  it('re-reads an identifier whose address changes', async () => {
    const a = start();
    const sender = document.querySelector('[email="petrov.home@gmail.com"]')!;
    expect(a.badgeOf(sender)).toBeUndefined();
    sender.setAttribute('email', 'sales@northwind.com');
    await tick();
    a.flush();
    expect(a.badgeOf(sender)?.getAttribute('data-segment')).toBe('BX');
    // In the list the badge comes first: the sender column is clipped at its end.
    expect(sender.previousElementSibling).toBe(a.badgeOf(sender));
  });

  it('gives a row naming several people one summary chip, with the most important client', async () => {
    const a = start();
    const row = document.querySelector('[email="o.kuznetsova@vector-group.ru"][data-expect="summary"]')!.closest('.yW')!;
    const chips = Array.from(row.querySelectorAll('kam-badge'));
    expect(chips.map((chip) => chip.getAttribute('data-segment'))).toEqual(['AX']);
    expect(chips[0].shadowRoot!.querySelector('button')!.getAttribute('aria-label')).toMatch(/\+2$/);
    // First in the row, before the names, where the clipped cell still shows it.
    expect(row.firstElementChild).toBe(chips[0].nextElementSibling ? row.firstElementChild : chips[0]);
    expect(a.badgeOf(row.querySelector('[email="ivan.petrov@romashka.ru"]')!)).toBe(chips[0]);
    // Its card names the others of the row.
    chips[0].shadowRoot!.querySelector('button')!.focus();
    await tick();
    expect(chips[0].shadowRoot!.querySelector('#row-others')?.textContent).toBe('Also in this row: АО «Вектор» (AY), Northwind Traders LLC (BX)');
  });

  it('reads typed input values (amoCRM e-mails) and open shadow roots (Lightning)', async () => {
    const { amocrm } = await import('../../extension/sites/amocrm.js');
    const { salesforce } = await import('../../extension/sites/salesforce.js');
    document.body.innerHTML = '<input data-type="email" value="">';
    annotator = startAnnotator(document.body, { site: amocrm, url: () => new URL('https://acme.amocrm.ru/leads/detail/1'), resolve: fixtureData('en', amocrm).resolve });
    const input = document.querySelector('input')!;
    input.value = 'einkauf@contoso.de';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    annotator.flush();
    expect(annotator.badgeOf(input)?.getAttribute('data-segment')).toBe('CX');
    annotator.stop();

    document.body.innerHTML = '<div class="windowViewMode-normal"><records-highlights2></records-highlights2></div>';
    const shadow = document.querySelector('records-highlights2')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<a href="/lightning/r/Account/001000000000999AAA/view">Northwind Traders, LLC</a>';
    annotator = startAnnotator(document.body, { site: salesforce, url: () => new URL(siteUrls.salesforce), resolve: fixtureData('en', salesforce).resolve });
    annotator.flush();
    expect(annotator.badgeOf(shadow.querySelector('a')!)?.getAttribute('data-segment')).toBe('BX');
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
