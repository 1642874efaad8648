/**
 * The `<kam-badge data-client data-segment>` host element a badge lives in:
 * a shadow root so the page's styles cannot reach in and ours cannot leak
 * out, one shared constructed stylesheet for every badge on the page, and
 * pointer and key events kept from reaching the page (a click on a chip in
 * Gmail's list must not open the thread).
 *
 * @example
 * const host = mountBadge({ client, count, lang, match });
 * anchor.after(host);
 */
import { render } from 'preact';
import type { ClientCardProps } from '../ui/client-card.js';
import { cardStyles } from '../ui/card-styles.js';
import { Badge, type RowOther } from './badge.js';

export const BADGE_TAG = 'kam-badge';

let sharedSheet: CSSStyleSheet | undefined;

function adoptStyles(root: ShadowRoot): void {
  try {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(cardStyles);
    }
    root.adoptedStyleSheets = [sharedSheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = cardStyles;
    root.append(style);
  }
}

const stop = (event: Event) => event.stopPropagation();

export function mountBadge(props: ClientCardProps & { more?: number; others?: RowOther[] }): HTMLElement {
  const host = document.createElement(BADGE_TAG);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root);
  for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'keydown', 'keyup', 'keypress']) {
    host.addEventListener(type, stop);
  }
  updateBadge(host, props);
  return host;
}

export function updateBadge(host: HTMLElement, props: ClientCardProps & { more?: number; others?: RowOther[] }): void {
  host.dataset.client = props.client.client;
  host.dataset.segment = props.client.segment;
  render(<Badge {...props} />, host.shadowRoot!);
}

export function unmountBadge(host: HTMLElement): void {
  if (host.shadowRoot) render(null, host.shadowRoot);
  host.remove();
}
