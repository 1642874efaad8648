/**
 * Puts badges next to the client identifiers a site adapter finds, and keeps
 * them right as the page changes: one MutationObserver for the page, changed
 * subtrees collected and handled once per animation frame, each element
 * annotated once (a WeakMap remembers it), nothing running while the page is
 * idle. A badge whose element leaves the page leaves with it; a badge the
 * page itself throws away (a framework re-rendering a list) comes back, a
 * few times at most, so a page that keeps removing it does not keep us busy.
 *
 * Each batch that changed badges leaves one `kam-annotate` performance
 * measure (the previous one is cleared), which the benchmark reads.
 *
 * @example
 * const annotator = startAnnotator(document.body, { site: gmail, url: () => new URL(location.href), resolve });
 * annotator.rescan(); // after new data arrived
 */
import { BADGE_TAG, mountBadge, unmountBadge, updateBadge } from '../badge/mount-badge.js';
import type { Identity } from '../match/lookup.js';
import type { Site, Target } from '../sites/site.js';
import type { ClientCardProps } from '../ui/client-card.js';

export type Resolve = (identity: Identity) => ClientCardProps | undefined;

export type AnnotatorDeps = { site: Site; url(): URL; resolve: Resolve };

export type Annotator = {
  /** Re-reads every identifier on the page, e.g. after an import or a language change. */
  rescan(): void;
  /** Handles pending changes now instead of at the next frame (tests). */
  flush(): void;
  stop(): void;
};

type Annotation = { host: HTMLElement; key: string; restored: number };

/** How often a badge the page removed is put back next to the same element. */
const MAX_RESTORES = 3;

export function startAnnotator(root: Element, deps: AnnotatorDeps): Annotator {
  const { site } = deps;
  const union = site.targets.map((target) => target.selector).join(',');
  const annotations = new WeakMap<Element, Annotation>();
  const anchorOf = new WeakMap<Element, Element>();
  const pending = new Set<Element>();
  const removed = new Set<Element>();
  let frame = 0;
  let generation = 0;

  const keyOf = (props: ClientCardProps) => `${generation}|${props.client.client}|${props.client.segment}|${props.match?.by}|${props.match?.key}|${props.lang}`;

  const drop = (element: Element) => {
    const annotation = annotations.get(element);
    if (!annotation) return;
    anchorOf.delete(annotation.host);
    unmountBadge(annotation.host);
    annotations.delete(element);
  };

  const annotate = (element: Element, targets: Target[]): number => {
    const target = targets.find((t) => element.matches(t.selector));
    const identity = target?.read(element);
    const props = identity && deps.resolve(identity);
    const previous = annotations.get(element);
    if (!props) {
      if (!previous) return 0;
      drop(element);
      return 1;
    }
    const key = keyOf(props);
    const place = target!.place ?? 'after';
    if (previous) {
      const placed = place === 'append' ? previous.host.parentElement === element : previous.host.previousElementSibling === element;
      if (previous.key === key && placed) return 0;
      if (previous.key !== key) updateBadge(previous.host, props);
      previous.key = key;
      if (!placed) {
        // The page moved the element without its badge, or threw the badge away.
        if (!previous.host.isConnected && ++previous.restored > MAX_RESTORES) return 0;
        insert(element, previous.host, place);
      }
      return 1;
    }
    const host = mountBadge(props);
    insert(element, host, place);
    anchorOf.set(host, element);
    annotations.set(element, { host, key, restored: 0 });
    return 1;
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
    if (targets.length) {
      for (const element of pending) {
        if (!element.isConnected) continue;
        if (element.matches(union)) changed += annotate(element, targets);
        const inner = element.querySelectorAll(union);
        for (let i = 0; i < inner.length; i++) changed += annotate(inner[i], targets);
      }
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

  // Badges left by an earlier copy of this script (the extension was updated or reloaded).
  Array.from(root.querySelectorAll(BADGE_TAG)).forEach((stale) => stale.remove());
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    ...(site.attributes?.length ? { attributes: true, attributeFilter: site.attributes } : {}),
  });
  pending.add(root);
  flush();

  return {
    rescan() {
      generation++;
      pending.add(root);
      schedule();
    },
    flush,
    stop() {
      observer.disconnect();
      cancelAnimationFrame(frame);
      Array.from(root.querySelectorAll<HTMLElement>(BADGE_TAG)).forEach(unmountBadge);
    },
  };
}

function insert(element: Element, host: HTMLElement, place: 'after' | 'append'): void {
  if (place === 'append') element.append(host);
  else element.after(host);
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
