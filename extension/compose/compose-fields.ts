/**
 * Where a draft's recipients are, read with the mail site adapter's own
 * targets and readers (so the notice follows the adapter when the site's
 * markup changes): a recipient is a target element inside a recipient
 * field, which Gmail marks as a listbox of options (InboxSDK,
 * src/platform-implementation-js/dom-driver/gmail/views/gmail-compose-view/page-parser.ts:
 * `[role=listbox] [role=option]`; gmail.js scopes to the field's `div[name]`).
 *
 * The notice goes above the recipients and never inside an editable field:
 * before the part of the draft (the child of the smallest element holding
 * both the recipients and the editable body) that holds the recipients.
 *
 * @example
 * draftsOf(document.body, gmail); // [{ draft, before, recipients: [{ element, identity }] }]
 */
import type { Identity } from '../match/lookup.js';
import type { Site } from '../sites/site.js';

export type DraftRecipients = {
  /** The element standing for the draft: dismissals are kept per draft. */
  draft: Element;
  /** The notice is inserted before this element. */
  before: Element;
  recipients: { element: Element; identity: Identity }[];
};

const FIELD = '[role="listbox"]';
const EDITABLE = '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], textarea';

export function draftsOf(root: Element, site: Pick<Site, 'targets'>): DraftRecipients[] {
  const byDraft = new Map<Element, DraftRecipients>();
  for (const target of site.targets) {
    const found = root.querySelectorAll(target.selector);
    for (let i = 0; i < found.length; i++) {
      const element = found[i];
      const field = element.closest(FIELD);
      if (!field) continue;
      const identity = target.read(element);
      if (!identity) continue;
      const { draft, before } = placeFor(field);
      let entry = byDraft.get(draft);
      if (!entry) byDraft.set(draft, (entry = { draft, before: firstField(draft, before), recipients: [] }));
      if (!entry.recipients.some((r) => r.element === element)) entry.recipients.push({ element, identity });
    }
  }
  return [...byDraft.values()];
}

/** To, Cc and Bcc may sit in separate rows: the notice goes above the first of them, filled or not. */
function firstField(draft: Element, fallback: Element): Element {
  const first = draft.querySelector(FIELD);
  if (!first) return fallback;
  const place = placeFor(first);
  return place.draft === draft ? place.before : fallback;
}

/** The draft (smallest ancestor holding an editable body too) and the element the notice goes before. */
function placeFor(field: Element): { draft: Element; before: Element } {
  let child: Element = field;
  for (let parent = field.parentElement; parent; child = parent, parent = parent.parentElement) {
    if (parent.querySelector(EDITABLE)) {
      // Never into an editable region: climb above it if the recipients sit inside one.
      const editable = child.closest(EDITABLE);
      return { draft: parent, before: editable ?? child };
    }
  }
  return { draft: field, before: field };
}
