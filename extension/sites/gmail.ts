/**
 * Gmail: senders in the thread list, the open message's sender and
 * recipients, and compose recipients as they are added (the 'while writing
 * an e-mail' case).
 *
 * Evidence (public projects that read these pages):
 * - InboxSDK/InboxSDK src/platform-implementation-js/dom-driver/gmail/views/gmail-compose-view/page-parser.ts:
 *   compose recipients are `.anm[name="to"|"cc"|"bcc"] [role=listbox] [role=option][data-name]`, the
 *   address in `data-hovercard-id`; the chip's tag is not fixed.
 * - KartikTalwar/gmail.js src/gmail.js: people are `span[email]` (list `.zF`/`.yP`, header `.gD`, `.g2`);
 *   compose recipients are scoped to the `div[name]` fields, since PeopleKit's suggestions carry
 *   `data-hovercard-id` too.
 *
 * Badge placement: the list's sender cell (`.yW`) is clipped at its end, so the badge goes before the
 * name; a row naming several people (`.yW` with several `span[email]`) gets one summary chip.
 *
 * Test URLs:
 * - https://mail.google.com/mail/u/0/#inbox (thread list: span.zF unread, span.yP read)
 * - https://mail.google.com/mail/u/0/#inbox/FMfcgzQX... (header: span.gD sender, span.g2 recipients)
 * - https://mail.google.com/mail/u/0/#inbox?compose=new (recipient chips)
 *
 * @example
 * gmail.targets[1].read(document.querySelector('span[email]')!); // { email: 'ivan@romashka.ru' }
 */
import { readAttributeEmail } from './read.js';
import { defineSite } from './site.js';

const fields = ['to', 'cc', 'bcc'];

export const gmail = defineSite({
  id: 'gmail',
  name: 'Gmail',
  kind: 'mail',
  matches: ['https://mail.google.com/*'],
  testUrls: ['https://mail.google.com/mail/u/0/#inbox', 'https://mail.google.com/mail/u/0/#inbox?compose=new'],
  attributes: ['email', 'data-hovercard-id'],
  targets: [
    // The thread list: the sender column clips its end, so the badge goes first; several people share one chip.
    { selector: 'tr.zA span[email]', read: readAttributeEmail('email'), place: 'before', group: '.yW' },
    // Headers and older compose chips: Gmail keeps the address in an `email` attribute on every person it names.
    { selector: 'span[email]', read: readAttributeEmail('email') },
    // Compose chips since 2021: options of the to/cc/bcc listbox, any tag, the address as their hovercard id.
    { selector: fields.map((name) => `[name="${name}"] [role="option"][data-hovercard-id]`).join(', '), read: readAttributeEmail('data-hovercard-id'), place: 'after' },
  ],
});
