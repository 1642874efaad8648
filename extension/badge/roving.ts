/**
 * One Tab stop per list of badges (roving tabindex): in a list of 50 rows
 * the badges add one stop, not 50. The list is the parent of the rows
 * (`tr`, `[role=row]`, `li`, `[role=listitem]`) or a listbox or list the
 * badge sits in; the chip last focused keeps the stop (the first one until
 * then), the others get `tabindex=-1`, and the arrow keys, Home and End move
 * between them. A badge outside any list stays an ordinary Tab stop.
 *
 * @example
 * scheduleGroupSync(host);            // after a badge is added or removed
 * moveInGroup(host, 'ArrowDown');     // focus the next badge of the list
 */
import { BADGE_TAG } from './mount-badge.js';

const ROW = 'tr, [role="row"], li, [role="listitem"]';
const LIST = '[role="listbox"], [role="list"], [role="grid"], table, ul, ol';

const active = new WeakMap<Element, Element>();
/** Lists to sync, with the badges added to each (null: look at the whole list). */
const pending = new Map<Element, Set<Element> | null>();

/** The list a badge host belongs to, or undefined when it stands alone. */
export function groupOf(host: Element): Element | undefined {
  const row = host.closest(ROW);
  return row?.parentElement ?? host.closest(LIST) ?? undefined;
}

const chipOf = (host: Element) => host.shadowRoot?.querySelector<HTMLElement>('button.chip') ?? null;

/** The badges of a list, in document order (a badge of a nested list belongs to that one). */
export function groupHosts(group: Element): Element[] {
  return Array.from(group.querySelectorAll(BADGE_TAG)).filter((host) => groupOf(host) === group);
}

/** Gives the list's stop tabindex 0 and every other badge -1; `only`: just these new badges, when the stop is still there. */
export function syncGroup(group: Element, only?: Iterable<Element>): void {
  const current = active.get(group);
  if (only && current?.isConnected && groupOf(current) === group) {
    for (const host of only) if (host !== current && host.isConnected) chipOf(host)?.setAttribute('tabindex', '-1');
    return;
  }
  const hosts = groupHosts(group);
  const stop = current && hosts.includes(current) ? current : hosts[0];
  if (stop) active.set(group, stop);
  for (const host of hosts) chipOf(host)?.setAttribute('tabindex', host === stop ? '0' : '-1');
}

/**
 * Syncs each list once per task however many of its badges came or went: a
 * badge added to a list whose stop is still there only gets -1, so a batch
 * of new rows costs its own badges, not the whole list.
 */
export function scheduleGroupSync(group: Element | undefined, added?: Element): void {
  if (!group) return;
  if (!pending.size) {
    queueMicrotask(() => {
      const groups = [...pending];
      pending.clear();
      for (const [g, hosts] of groups) if (g.isConnected) syncGroup(g, hosts ?? undefined);
    });
  }
  const hosts = pending.get(group);
  // A removal (no host given) needs the whole list looked at.
  if (!added) pending.set(group, null);
  else if (hosts !== null) pending.set(group, (hosts ?? new Set<Element>()).add(added));
}

/** Remembers the focused badge as its list's Tab stop. */
export function setActive(host: Element): void {
  const group = groupOf(host);
  if (!group) return;
  active.set(group, host);
  syncGroup(group);
}

const moves: Record<string, (at: number, length: number) => number> = {
  ArrowDown: (at, n) => Math.min(n - 1, at + 1),
  ArrowRight: (at, n) => Math.min(n - 1, at + 1),
  ArrowUp: (at) => Math.max(0, at - 1),
  ArrowLeft: (at) => Math.max(0, at - 1),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** Moves focus within the badge's list for an arrow key, Home or End; false when the key is none of these or there is no list. */
export function moveInGroup(host: Element, key: string): boolean {
  const move = moves[key];
  const group = groupOf(host);
  if (!move || !group) return false;
  const hosts = groupHosts(group);
  const next = hosts[move(hosts.indexOf(host), hosts.length)];
  if (next && next !== host) {
    active.set(group, next);
    syncGroup(group);
    chipOf(next)?.focus();
  }
  return true;
}
