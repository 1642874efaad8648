// @vitest-environment happy-dom
/**
 * One Tab stop per list of badges: the Gmail fixture's thread list is one
 * stop however many rows it has; arrow keys, Home and End move along it and
 * the last focused badge keeps the stop; a badge outside any list stays a
 * stop of its own; the stop survives its badge leaving.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startAnnotator, type Annotator } from '../../extension/page/annotator.js';
import { gmail } from '../../extension/sites/gmail.js';
import { fixture, fixtureBody, fixtureData, siteUrls } from './helpers.js';

let annotator: Annotator | undefined;
afterEach(() => {
  annotator?.stop();
  annotator = undefined;
  document.body.replaceChildren();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const chips = (scope: string) => Array.from(document.querySelectorAll(`${scope} kam-badge`)).map((host) => host.shadowRoot!.querySelector<HTMLElement>('button.chip')!);
const stops = (scope: string) => chips(scope).filter((chip) => chip.getAttribute('tabindex') !== '-1');
const focused = () => document.activeElement?.shadowRoot?.activeElement ?? null;
const press = (chip: HTMLElement, key: string) => chip.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));

async function start(): Promise<void> {
  document.body.innerHTML = fixtureBody(fixture('gmail.html'));
  annotator = startAnnotator(document.body, { site: gmail, url: () => new URL(siteUrls.gmail), resolve: fixtureData('en', gmail).resolve });
  await settle();
}

describe('roving tabindex', () => {
  it('makes a list of badges one Tab stop, moved along by the arrow keys', async () => {
    await start();
    const list = chips('#threads');
    expect(list.length).toBe(6);
    expect(stops('#threads')).toEqual([list[0]]);
    list[0].focus();
    press(list[0], 'ArrowDown');
    expect(focused()).toBe(list[1]);
    expect(stops('#threads')).toEqual([list[1]]);
    press(list[1], 'End');
    expect(focused()).toBe(list[5]);
    press(list[5], 'ArrowDown');
    expect(focused()).toBe(list[5]);
    press(list[5], 'Home');
    expect(focused()).toBe(list[0]);
  });

  it('keeps a stop when the list’s stop leaves, and adds none for new rows', async () => {
    await start();
    const tbody = document.getElementById('threads')!;
    tbody.querySelector('tr')!.remove();
    const tr = document.createElement('tr');
    tr.innerHTML = '<td><span email="buyer@romashka.ru">x</span></td>';
    tbody.append(tr);
    annotator!.flush();
    await settle();
    expect(chips('#threads').length).toBe(6);
    expect(stops('#threads').length).toBe(1);
  });
});
