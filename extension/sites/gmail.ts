/**
 * Gmail: senders in the thread list, the open message's sender and
 * recipients, and compose recipients as they are added (the 'while writing
 * an e-mail' case).
 *
 * Test URLs:
 * - https://mail.google.com/mail/u/0/#inbox (thread list: span.zF unread, span.yP read)
 * - https://mail.google.com/mail/u/0/#inbox/FMfcgzQX... (header: span.gD sender, span.g2 recipients)
 * - https://mail.google.com/mail/u/0/#inbox?compose=new (recipient chips)
 *
 * @example
 * gmail.targets[0].read(document.querySelector('span[email]')!); // { email: 'ivan@romashka.ru' }
 */
import { readAttributeEmail } from './read.js';
import { defineSite } from './site.js';

export const gmail = defineSite({
  id: 'gmail',
  name: 'Gmail',
  kind: 'mail',
  matches: ['https://mail.google.com/*'],
  testUrls: ['https://mail.google.com/mail/u/0/#inbox', 'https://mail.google.com/mail/u/0/#inbox?compose=new'],
  attributes: ['email', 'data-hovercard-id'],
  targets: [
    // Gmail keeps the address in an `email` attribute on every person it names: list senders, headers, older compose chips.
    { selector: 'span[email]', read: readAttributeEmail('email') },
    // Compose chips since 2023 are options of a listbox, with the address as their hovercard id.
    { selector: 'div[role="option"][data-hovercard-id]', read: readAttributeEmail('data-hovercard-id') },
  ],
});
