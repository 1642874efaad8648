/**
 * A link from imported data worth showing: absolute `https:` or `http:`, at
 * most 2,000 characters; never `javascript:`, `data:` or a relative path.
 * Kept apart from the CSV reading so the content script does not bundle a
 * CSV parser to check a link.
 *
 * @example
 * safeCrmUrl('https://crm.example.ru/company/1'); // 'https://crm.example.ru/company/1'
 * safeCrmUrl('javascript:alert(1)'); // undefined
 */
export function safeCrmUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!text || text.length > 2000) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
