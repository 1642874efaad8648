/**
 * The badge inside a `<kam-badge>` shadow root: a compact chip with the cell
 * (AX), a mark for the key-account type and a dot for risk. Hovering or
 * focusing it opens the client's card in the top layer (a popover), so no
 * overflow or z-index of the host page can clip it. Enter, a click on the
 * chip or a click inside the card pins it open (so its text can be selected
 * and copied); Escape, wherever focus is (typing in a draft included), or a
 * click elsewhere on the page closes it. The chip is described by its card
 * (aria-describedby); the badges of one list share one Tab stop
 * (roving.ts); at risk and lost differ by shape (triangle, square) as well
 * as colour.
 *
 * @example
 * render(<Badge client={client} count={120} lang="ru" match={match} />, shadowRoot);
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AccountType } from '../../shared/messages.js';
import { messages } from '../../shared/messages.js';
import { t } from '../i18n.js';
import { cellStyle } from '../ui/cell-colours.js';
import { ClientCard, type ClientCardProps } from '../ui/client-card.js';
import { displayText } from '../ui/display-text.js';
import { groupOf, moveInGroup, scheduleGroupSync, setActive } from './roving.js';

const typeMarks: Record<AccountType, string> = { breadwinner: '★', prospect: '▲', 'image-maker': '◆', expert: '●' };
const HOVER_OPEN_MS = 120;
const HOVER_CLOSE_MS = 220;

/** Only one card is open on a page at a time. */
let closeOpenCard: (() => void) | undefined;

/** A summary chip's other people: who they are and their cell, listed under the card. */
export type RowOther = { name: string; segment: string };

export function Badge(props: ClientCardProps & { more?: number; others?: RowOther[] }) {
  const { client, lang, more, others } = props;
  const [open, setOpen] = useState(false);
  const pinned = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chip = useRef<HTMLButtonElement>(null);
  const card = useRef<HTMLDivElement>(null);
  const quietFocus = useRef(false);

  const later = (fn: () => void, ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(fn, ms);
  };
  // Made once, so the page-wide 'open card' slot can tell this badge's close function from another's.
  const api = useRef<{ show(): void; hide(): void } | undefined>(undefined);
  if (!api.current) {
    const hide = () => {
      clearTimeout(timer.current);
      pinned.current = false;
      if (closeOpenCard === hide) closeOpenCard = undefined;
      setOpen(false);
    };
    const show = () => {
      clearTimeout(timer.current);
      if (closeOpenCard && closeOpenCard !== hide) closeOpenCard();
      closeOpenCard = hide;
      setOpen(true);
    };
    api.current = { show, hide };
  }
  const { show, hide } = api.current;

  useLayoutEffect(() => {
    const el = card.current;
    const anchor = chip.current;
    if (!open || !el || !anchor) return;
    if (typeof el.showPopover === 'function') el.showPopover();
    const place = () => placeCard(el, anchor);
    place();
    // Gmail and CRMs scroll inner panes: follow the chip rather than close under the reader's eyes.
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    const host = (anchor.getRootNode() as ShadowRoot).host;
    const onPointerDown = (event: Event) => {
      if (!event.composedPath().includes(host)) hide();
    };
    // Escape closes the card wherever focus is, e.g. in a draft the card covers (WCAG 1.4.13); the key goes no further.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const fromCard = event.composedPath().includes(el);
      hide();
      // Back to the chip, so the keyboard user is where they were, without opening the card again.
      if (fromCard) {
        quietFocus.current = true;
        anchor.focus();
      }
    };
    addEventListener('scroll', onScroll, true);
    addEventListener('resize', onScroll);
    addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('keydown', onKey, true);
      removeEventListener('scroll', onScroll, true);
      removeEventListener('resize', onScroll);
      document.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, [open]);
  useEffect(() => {
    const root = chip.current?.getRootNode();
    const group = root instanceof ShadowRoot ? groupOf(root.host) : undefined;
    scheduleGroupSync(group, root instanceof ShadowRoot ? root.host : undefined);
    return () => {
      clearTimeout(timer.current);
      if (closeOpenCard === hide) closeOpenCard = undefined;
      scheduleGroupSync(group);
    };
  }, []);

  const onChipKey = (event: KeyboardEvent) => {
    const root = chip.current?.getRootNode();
    if (root instanceof ShadowRoot && moveInGroup(root.host, event.key)) event.preventDefault();
  };

  const typeName = client.type.length ? client.type.map((type) => messages[lang].accountType[type]).join(', ') : '';
  const riskName = client.risk ? messages[lang].risk[client.risk] : '';
  const label = [t(lang, 'chipLabel', client.segment, displayText(client.name || client.client)), typeName, riskName, more ? `+${more}` : ''].filter(Boolean).join(', ');

  return (
    <>
      <button
        ref={chip}
        type="button"
        class="chip"
        style={cellStyle(client.segment)}
        aria-label={label}
        aria-expanded={open}
        aria-controls="card"
        aria-describedby={open ? 'card' : undefined}
        onMouseEnter={() => later(show, HOVER_OPEN_MS)}
        onMouseLeave={() => (pinned.current || isFocused(chip.current) ? clearTimeout(timer.current) : later(hide, HOVER_CLOSE_MS))}
        onFocus={(event) => {
          const root = event.currentTarget.getRootNode();
          if (root instanceof ShadowRoot) setActive(root.host);
          if (quietFocus.current) quietFocus.current = false;
          else show();
        }}
        onBlur={(event) => {
          // Focus moving into the card (a click to select its text) keeps it open, and so does a pin.
          if (!pinned.current && !card.current?.contains(event.relatedTarget as Node | null)) hide();
        }}
        onClick={() => {
          pinned.current = true;
          show();
        }}
        onKeyDown={onChipKey}
      >
        {client.type[0] && <span class="mark" aria-hidden="true">{typeMarks[client.type[0]]}</span>}
        <span>{client.segment}</span>
        {client.risk && <RiskMark risk={client.risk} />}
        {more ? <span class="more" aria-hidden="true">+{more}</span> : null}
      </button>
      {open && (
        <div
          ref={card}
          id="card"
          class="card"
          popover="manual"
          role="tooltip"
          tabIndex={-1}
          onMouseEnter={() => clearTimeout(timer.current)}
          onMouseLeave={() => (pinned.current ? undefined : later(hide, HOVER_CLOSE_MS))}
          onPointerDown={() => {
            pinned.current = true;
          }}
          onFocusOut={(event) => {
            const to = event.relatedTarget as Node | null;
            if (!pinned.current && to !== chip.current && !card.current?.contains(to)) hide();
          }}
        >
          <ClientCard {...props} />
          {others?.length ? (
            <div class="why" id="row-others">
              {t(lang, 'badgeAlsoInRow', others.map((other) => `${displayText(other.name)} (${other.segment})`).join(', '))}
            </div>
          ) : null}
        </div>
      )}
    </>
  );
}

/** At risk: a triangle; lost: a square. Shape, not only colour, tells them apart. */
function RiskMark({ risk }: { risk: 'at-risk' | 'lost' }) {
  return (
    <svg class={`risk ${risk}`} viewBox="0 0 10 10" aria-hidden="true">
      <path d={risk === 'lost' ? 'M1.5 1.5h7v7h-7z' : 'M5 1 9.2 9H.8z'} />
    </svg>
  );
}

/** Below the chip, or above when there is no room below, kept inside the viewport. */
function placeCard(card: HTMLElement, anchor: HTMLElement): void {
  const a = anchor.getBoundingClientRect();
  const width = card.offsetWidth;
  const height = card.offsetHeight;
  const left = Math.max(8, Math.min(a.left, innerWidth - width - 8));
  let top = a.bottom + 6;
  if (top + height > innerHeight - 8 && a.top - height - 6 >= 8) top = a.top - height - 6;
  card.style.left = `${left}px`;
  card.style.top = `${Math.max(8, top)}px`;
}

function isFocused(element: HTMLElement | null): boolean {
  return !!element && (element.getRootNode() as Document | ShadowRoot).activeElement === element;
}
