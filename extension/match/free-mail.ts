/**
 * Free-mail domains: a personal address there says nothing about the
 * company, so it must never inherit a client's class through its domain.
 *
 * @example
 * isFreeMail('gmail.com'); // true
 * isFreeMail('romashka.ru'); // false
 */

export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  // International
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'live.com', 'msn.com',
  'yahoo.com', 'yahoo.co.uk', 'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com',
  'proton.me', 'protonmail.com', 'pm.me', 'gmx.com', 'gmx.net', 'gmx.de', 'web.de', 'mail.com',
  'zoho.com', 'zoho.eu', 'yandex.com', 'tutanota.com', 'tuta.io', 'fastmail.com', 'hey.com',
  'live.ru', 'outlook.de', 'outlook.fr', 'hotmail.fr', 'hotmail.de', 'yahoo.de', 'yahoo.fr', 'rocketmail.com',
  // Russia and CIS
  'yandex.ru', 'ya.ru', 'yandex.by', 'yandex.kz', 'yandex.ua', 'narod.ru',
  'mail.ru', 'bk.ru', 'list.ru', 'inbox.ru', 'internet.ru', 'mail.ua',
  'rambler.ru', 'lenta.ru', 'autorambler.ru', 'myrambler.ru', 'ro.ru',
  'ukr.net', 'i.ua', 'meta.ua', 'bigmir.net', 'tut.by', 'qip.ru', 'pochta.ru', 'e1.ru', 'mail.kz', 'yandex.com.tr',
]);

export function isFreeMail(domain: string): boolean {
  return FREE_MAIL_DOMAINS.has(domain);
}
