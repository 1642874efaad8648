/**
 * Outlook on the web (work, school and personal accounts): people in the
 * message list, the reading pane and compose recipient pills. Outlook's class
 * names are generated, so the adapter relies on what stays: the address in a
 * `title` tooltip or an accessible label.
 *
 * Test URLs:
 * - https://outlook.office.com/mail/inbox (message list, reading pane)
 * - https://outlook.live.com/mail/0/deeplink/compose (recipient pills)
 * - https://outlook.office365.com/mail/
 * - https://outlook.cloud.microsoft/mail/inbox
 *
 * @example
 * outlook.targets[0].read(spanWithTitle); // { email: 'ivan@romashka.ru' }
 */
import { readAttributeEmail } from './read.js';
import { defineSite } from './site.js';

export const outlook = defineSite({
  id: 'outlook',
  name: 'Outlook',
  kind: 'mail',
  // outlook.cloud.microsoft is where Microsoft has been moving Outlook on the web for work accounts since 2024.
  matches: ['https://outlook.office.com/*', 'https://outlook.live.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*'],
  testUrls: ['https://outlook.office.com/mail/inbox', 'https://outlook.live.com/mail/0/deeplink/compose', 'https://outlook.cloud.microsoft/mail/inbox'],
  attributes: ['title', 'aria-label'],
  targets: [
    // Sender names in the list and the reading pane carry the address as their tooltip.
    { selector: 'span[title*="@"]', read: readAttributeEmail('title') },
    // Recipient pills (To, Cc) and persona buttons name the address in their label.
    { selector: '[role="button"][aria-label*="@"], button[aria-label*="@"], [role="listitem"][aria-label*="@"]', read: readAttributeEmail('aria-label') },
  ],
});
