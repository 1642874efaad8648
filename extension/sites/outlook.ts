/**
 * Outlook on the web (work, school and personal accounts): people in the
 * reading pane and the message list, and compose recipients. Class names
 * are generated; what stays is the persona hover target and the recipient
 * entity class.
 *
 * Evidence (public projects that read these pages):
 * - Reading pane people are `[data-lpc-hover-target-id]` elements (the live persona card's hover
 *   target), the address in their text or `aria-label`: found in several public extensions through
 *   the search tool's code index (e.g. `span[data-lpc-hover-target-id]` inside
 *   `div[data-testid="RecipientWell"]`), which did not name their repositories.
 * - Compose recipients are `._EType_RECIPIENT_ENTITY` inside the groups whose id ends in `_TO`, `_CC`,
 *   `_BCC`, within the contenteditable recipient well (same source).
 * - clockify/browser-extension src/integrations/outlook.js: the reading pane and compose toolbar.
 *
 * The badge of a compose recipient goes at the end of the recipient row, outside the editable
 * well, never into it (it would become part of the draft).
 *
 * Test URLs:
 * - https://outlook.office.com/mail/inbox (message list, reading pane)
 * - https://outlook.live.com/mail/0/deeplink/compose (recipients)
 * - https://outlook.office365.com/mail/
 * - https://outlook.cloud.microsoft/mail/inbox
 *
 * @example
 * outlook.targets[0].read(hoverTarget); // { email: 'ivan@romashka.ru' }
 */
import { findEmail } from '../match/email.js';
import type { Identity } from '../match/lookup.js';
import { defineSite } from './site.js';

const recipientGroups = ['_TO', '_CC', '_BCC'].map((suffix) => `[id$="${suffix}"] ._EType_RECIPIENT_ENTITY`).join(', ');

/** The address in the element's text first, then its label or tooltip. */
function readPerson(element: Element): Identity | undefined {
  const email = findEmail(element.textContent) ?? findEmail(element.getAttribute('aria-label')) ?? findEmail(element.getAttribute('title'));
  return email ? { email } : undefined;
}

const outsideDrafts = (element: Element) => (element.closest('[contenteditable="true"]') ? undefined : readPerson(element));

export const outlook = defineSite({
  id: 'outlook',
  name: 'Outlook',
  kind: 'mail',
  // outlook.cloud.microsoft is where Microsoft has been moving Outlook on the web for work accounts since 2024.
  matches: ['https://outlook.office.com/*', 'https://outlook.live.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*'],
  testUrls: ['https://outlook.office.com/mail/inbox', 'https://outlook.live.com/mail/0/deeplink/compose', 'https://outlook.cloud.microsoft/mail/inbox'],
  attributes: ['title', 'aria-label'],
  targets: [
    // Compose recipients: the badge goes at the end of the field's row (To, Cc), outside the editable well.
    { selector: recipientGroups, read: readPerson, anchor: (element) => element.closest('[contenteditable="true"]')?.parentElement ?? element, place: 'append' },
    // Reading pane and list: the persona hover targets (never one inside a draft).
    { selector: '[data-lpc-hover-target-id]', read: outsideDrafts },
    // Senders in the message list carry the address as their tooltip.
    { selector: 'span[title*="@"]', read: outsideDrafts },
  ],
});
