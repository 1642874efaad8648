/**
 * Puts badges next to the client identifiers a site adapter finds, and keeps
 * them right as the page changes: one MutationObserver for the page (and for
 * each open shadow root on sites that use them), changed subtrees collected
 * and handled once per animation frame, each element annotated once (a
 * WeakMap remembers it), nothing running while the page is idle.
 *
 * A badge goes where the host layout shows it: the adapter says before,
 * after or inside; by default after an inline element and inside a block one
 * (so it never adds a line). People sharing one container (a Gmail row with
 * several participants) get one summary chip with the most important client.
 *
 * A badge whose element leaves the page leaves with it; a badge the page
 * itself throws away comes back. A page that keeps throwing it away is
 * answered with a growing pause (per element and address, up to a minute),
 * never with a permanent give-up: a changed address always gets its badge.
 *
 * Look-ups may be asynchronous (the data live in the extension's database):
 * `resolve` answers 'pending' and the annotator comes back to those elements
 * when `resolved()` is called.
 *
 * Each batch that changed badges leaves one `kam-annotate` performance
 * measure (the previous one is cleared), which the benchmark reads. Each
 * badged identifier carries `data-kam-segment` (its segment, or `summary`
 * when a summary chip elsewhere in its row stands for it), for tests.
 *
 * @example
 * const annotator = startAnnotator(document.body, { site: gmail, url: () => new URL(location.href), resolve });
 * annotator.rescan(); // after new data arrived
 */
import { BADGE_TAG, mountBadge, unmountBadge, updateBadge } from '../badge/mount-badge.js';
import type { Identity } from '../match/lookup.js';
import type { Place, Site, Target } from '../sites/site.js';
import type { ClientCardProps } from '../ui/client-card.js';

export const PENDING = 'pending';
export type Resolved = ClientCardProps | undefined | typeof PENDING;
export type Resolve = (identity: Identity) => Resolved;

export type AnnotatorDeps = { site: Site; url(): URL; resolve: Resolve };

export type Annotator = {
  /** Re-reads every identifier on the page, e.g. after an import or a language change. */
  rescan(): void;
  /** Comes back to the identifiers whose look-up was pending. */
  resolved(): void;
  /** Handles pending changes now instead of at the next frame (tests). */
  flush(): void;
  /** The badge standing for an identifier element, if any (tests). */
  badgeOf(element: Element): HTMLElement | undefined;
  stop(): void;
};

/** Badge props plus, for a summary chip, the other people it stands for. */
export type BadgeProps = ClientCardProps & { more?: number; others?: { name: string; segment: string }[] };

type Annotation = { host: HTMLElement; key: string; anchor: Element; place: Place };
type Fight = { address: string; removals: number; until: number; deferred: boolean };

/** Removals put back at once; past these, each further one waits twice as long. */
const FREE_RESTORES = 3;
const FIRST_PAUSE_MS = 1_000;
const MAX_PAUSE_MS = 60_000;
export const MARK = 'data-kam-segment';

export function startAnnotator(root: Element, deps: AnnotatorDeps): Annotator {
  const { site } = deps;
  const union = site.targets.map((target) => target.selector).join(',');
  const annotations = new WeakMap<Element, Annotation>();
  const fights = new WeakMap<Element, Fight>();
  const anchorOf = new WeakMap<Element, Element>();
  const observedRoots = new WeakSet<Node>();
  const pending = new Set<Element>();
  const removed = new Set<Element>();
  const waiting = new Set<Element>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let frame = 0;
  let generation = 0;

  const keyOf = (props: BadgeProps) =>
    `${generation}|${props.client.client}|${props.client.segment}|${props.match?.by}|${props.match?.key}|${props.lang}|${props.others?.map((o) => o.name + o.segment).join(',') ?? ''}`;

  const drop = (element: Element) => {
    const annotation = annotations.get(element);
    element.removeAttribute?.(MARK);
    if (!annotation) return;
    anchorOf.delete(annotation.host);
    unmountBadge(annotation.host);
    annotations.delete(element);
  };

  const later = (element: Element, ms: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      pending.add(element);
      schedule();
    }, ms);
    timers.add(timer);
  };

  /** Whether a badge the page removed may go back now; schedules the retry when not. */
  const mayRestore = (element: Element, address: string): boolean => {
    let fight = fights.get(element);
    if (!fight || fight.address !== address) fights.set(element, (fight = { address, removals: 0, until: 0, deferred: false }));
    const now = Date.now();
    if (fight.deferred) {
      if (now < fight.until) return false;
      fight.deferred = false;
      return true;
    }
    fight.removals++;
    if (fight.removals <= FREE_RESTORES) return true;
    const pause = Math.min(MAX_PAUSE_MS, FIRST_PAUSE_MS * 2 ** (fight.removals - FREE_RESTORES - 1));
    fight.until = now + pause;
    fight.deferred = true;
    later(element, pause);
    return false;
  };

  const place = (target: Target, element: Element): { anchor: Element; place: Place } => {
    const anchor = target.anchor?.(element) ?? element;
    return { anchor, place: target.place ?? (isBlock(anchor) ? 'append' : 'after') };
  };

  const show = (element: Element, target: Target, props: BadgeProps, address: string): number => {
    const key = keyOf(props);
    const where = place(target, element);
    const previous = annotations.get(element);
    element.setAttribute(MARK, props.client.segment);
    if (previous) {
      const placed = isPlaced(previous.host, where.anchor, where.place);
      if (previous.key === key && placed) return 0;
      if (previous.key !== key) updateBadge(previous.host, props);
      previous.key = key;
      if (!placed) {
        // The page threw the badge away (or moved the element without it).
        if (!previous.host.isConnected && !mayRestore(element, address)) return 0;
        insert(where.anchor, previous.host, where.place);
        previous.anchor = where.anchor;
        previous.place = where.place;
      }
      return 1;
    }
    const host = mountBadge(props);
    insert(where.anchor, host, where.place);
    anchorOf.set(host, element);
    annotations.set(element, { host, key, ...where });
    return 1;
  };

  const lookUp = (element: Element, target: Target): { props?: BadgeProps; address: string; wait: boolean } => {
    const identity = target.read(element);
    const address = identity ? `${identity.email ?? ''}|${identity.domain ?? ''}|${identity.company ?? ''}` : '';
    const resolved = identity ? deps.resolve(identity) : undefined;
    if (resolved === PENDING) return { address, wait: true };
    return { props: resolved, address, wait: false };
  };

  const annotate = (element: Element, target: Target): number => {
    const { props, address, wait } = lookUp(element, target);
    if (wait) {
      waiting.add(element);
      return 0;
    }
    waiting.delete(element);
    if (!props) {
      if (!annotations.has(element)) {
        element.removeAttribute(MARK);
        return 0;
      }
      drop(element);
      return 1;
    }
    return show(element, target, props, address);
  };

  /** One chip for the people of a container: the client ranked highest, counting the rest. */
  const annotateGroup = (container: Element, target: Target): number => {
    const members = Array.from(container.querySelectorAll(union)).filter((m) => m.matches(target.selector));
    let best: { element: Element; props: BadgeProps; address: string } | undefined;
    const found = new Map<Element, BadgeProps>();
    let changed = 0;
    for (const member of members) {
      const { props, address, wait } = lookUp(member, target);
      if (wait) {
        waiting.add(member);
        continue;
      }
      waiting.delete(member);
      if (!props) continue;
      found.set(member, props);
      if (!best || props.client.rank < best.props.client.rank) best = { element: member, props, address };
    }
    for (const member of members) {
      if (member === best?.element) continue;
      if (annotations.has(member)) changed++;
      drop(member);
      if (best && found.has(member)) member.setAttribute(MARK, 'summary');
    }
    if (best) {
      const others = [...found].filter(([member]) => member !== best!.element).map(([, props]) => ({ name: props.client.name || props.client.client, segment: props.client.segment }));
      changed += show(best.element, target, { ...best.props, more: others.length, others }, best.address);
    }
    return changed;
  };

  const flush = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    if (!pending.size && !removed.size) return;
    const started = performance.now();
    let changed = 0;
    for (const element of removed) {
      if (element.isConnected) continue;
      if (annotations.has(element)) changed++;
      drop(element);
      const inner = element.querySelectorAll(union);
      for (let i = 0; i < inner.length; i++) drop(inner[i]);
    }
    removed.clear();
    const url = deps.url();
    const targets = site.targets.filter((target) => !target.when || target.when(url));
    const groups = new Map<Element, Target>();
    const visit = (element: Element) => {
      const target = targets.find((t) => element.matches(t.selector));
      if (!target) return;
      const container = target.group ? element.closest(target.group) : null;
      if (container) groups.set(container, target);
      else changed += annotate(element, target);
    };
    if (targets.length) {
      for (const element of pending) {
        if (!element.isConnected) continue;
        if (element.matches(union)) visit(element);
        const inner = element.querySelectorAll(union);
        for (let i = 0; i < inner.length; i++) visit(inner[i]);
        if (site.shadow) for (const shadow of shadowRoots(element)) observeShadow(shadow);
      }
      for (const [container, target] of groups) changed += annotateGroup(container, target);
    }
    pending.clear();
    if (changed) {
      performance.clearMeasures('kam-annotate');
      performance.measure('kam-annotate', { start: started, end: performance.now(), detail: { changed } });
    }
  };

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(flush);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') {
        // Badges we removed are gone from anchorOf; one the page removed sends its element back for a look.
        for (let i = 0; i < record.removedNodes.length; i++) {
          const anchor = anchorOf.get(record.removedNodes[i] as Element);
          if (anchor?.isConnected) pending.add(anchor);
        }
        if (onlyBadges(record.addedNodes) && onlyBadges(record.removedNodes)) continue;
        collect(record.addedNodes, pending);
        collect(record.removedNodes, removed);
        // Text replaced inside an identifier (a CRM reusing its title element for the next record).
        const anchor = (record.target as Element).closest?.(union);
        if (anchor) pending.add(anchor);
      } else {
        const element = record.type === 'characterData' ? record.target.parentElement : (record.target as Element);
        const anchor = element?.closest(union);
        if (anchor) pending.add(anchor);
      }
    }
    if (pending.size || removed.size) schedule();
  });
  const options: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    ...(site.attributes?.length ? { attributes: true, attributeFilter: site.attributes } : {}),
  };

  /** Lightning renders into open shadow roots: each is observed once and read like the page. */
  function observeShadow(shadow: ShadowRoot) {
    if (observedRoots.has(shadow)) return;
    observedRoots.add(shadow);
    observer.observe(shadow, options);
    for (const child of Array.from(shadow.children)) pending.add(child);
    schedule();
  }

  // amoCRM's e-mails are input values: typing changes no attribute, so input events are followed.
  const onInput = (event: Event) => {
    const anchor = (event.target as Element | null)?.closest?.(union);
    if (!anchor) return;
    pending.add(anchor);
    schedule();
  };
  if (site.inputs) root.addEventListener('input', onInput, true);

  // Badges left by an earlier copy of this script (the extension was updated or reloaded).
  Array.from(root.querySelectorAll(BADGE_TAG)).forEach((stale) => stale.remove());
  observer.observe(root, options);
  pending.add(root);
  flush();

  return {
    rescan() {
      generation++;
      pending.add(root);
      schedule();
    },
    resolved() {
      for (const element of waiting) pending.add(element);
      waiting.clear();
      schedule();
    },
    flush,
    badgeOf: (element) => annotations.get(element)?.host,
    stop() {
      observer.disconnect();
      cancelAnimationFrame(frame);
      for (const timer of timers) clearTimeout(timer);
      root.removeEventListener('input', onInput, true);
      Array.from(root.querySelectorAll<HTMLElement>(BADGE_TAG)).forEach(unmountBadge);
      Array.from(root.querySelectorAll(`[${MARK}]`)).forEach((element) => element.removeAttribute(MARK));
    },
  };
}

function insert(anchor: Element, host: HTMLElement, place: Place): void {
  if (place === 'append') anchor.append(host);
  else if (place === 'before') anchor.before(host);
  else anchor.after(host);
}

function isPlaced(host: HTMLElement, anchor: Element, place: Place): boolean {
  if (!host.isConnected) return false;
  return place === 'append' ? host.parentElement === anchor : host.parentElement === anchor.parentElement;
}

/** Block-level elements (a title, a pill) get the badge inside, at the end of their last line, not on a line of its own. */
function isBlock(element: Element): boolean {
  // Inputs cannot hold children, and a chip inside a link would follow it when clicked.
  if (/^(INPUT|TEXTAREA|SELECT|IMG|A)$/.test(element.tagName)) return false;
  const view = element.ownerDocument.defaultView;
  const display = view?.getComputedStyle(element).display ?? 'inline';
  return !display.startsWith('inline') && display !== 'contents' && display !== '';
}

function* shadowRoots(element: Element): Generator<ShadowRoot> {
  if (element.shadowRoot) yield element.shadowRoot;
  const all = element.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const shadow = all[i].shadowRoot;
    if (shadow) yield shadow;
  }
}

function onlyBadges(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (nodes[i].nodeName.toLowerCase() !== BADGE_TAG) return false;
  return true;
}

/** Elements among the nodes, minus our own badges. */
function collect(nodes: NodeList, into: Set<Element>): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.nodeType === 1 && node.nodeName.toLowerCase() !== BADGE_TAG) into.add(node as Element);
  }
}
