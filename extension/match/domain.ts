/**
 * Domains as files and pages write them (a URL, `www.`, a Cyrillic name),
 * reduced to one comparable form: lower case, punycode, no `www.`.
 *
 * @example
 * normaliseDomain('https://www.Romashka.ru/contacts'); // 'romashka.ru'
 * normaliseDomain('ромашка.рф'); // 'xn--80aa3agjl3d.xn--p1ai'
 * parentDomains('mail.msk.romashka.ru'); // ['mail.msk.romashka.ru', 'msk.romashka.ru', 'romashka.ru']
 */

export function normaliseDomain(raw: string): string | undefined {
  const text = raw.trim().toLowerCase();
  if (!text) return undefined;
  try {
    // URL does the punycode, strips ports and paths, and rejects what cannot be a host.
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `http://${text}`).hostname.replace(/^www\./, '').replace(/\.$/, '');
    return host.includes('.') && !/^[\d.]+$/.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

/** The domain and each parent with at least two labels: a subsidiary's mail host finds the company's domain. */
export function parentDomains(domain: string): string[] {
  const labels = domain.split('.');
  const out: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) out.push(labels.slice(i).join('.'));
  return out;
}
