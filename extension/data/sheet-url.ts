/**
 * Which links a subscription may follow: Google Sheets only. A Sheet is
 * fetched with the user's browser session (cookies), so the extension must
 * never be pointed at another site with them (`https://127.0.0.1:1/`,
 * `https://docs.google.com.evil.com/…`). Google answers an export with a
 * redirect to a googleusercontent.com download host, the only other host
 * a download may end on.
 *
 * @example
 * isSheetUrl('https://docs.google.com/spreadsheets/d/1AbC/export?format=csv'); // true
 * isSheetUrl('https://docs.google.com.evil.com/spreadsheets/d/1'); // false
 * isSheetDownloadHost('doc-0s-8c-sheets.googleusercontent.com'); // true
 */

export const SHEET_HOST = 'docs.google.com';
/** The host permissions a subscription needs. */
export const SHEET_ORIGINS = ['https://docs.google.com/*', 'https://*.googleusercontent.com/*'];

export function isSheetUrl(link: string): boolean {
  try {
    const url = new URL(link);
    return url.protocol === 'https:' && url.hostname === SHEET_HOST && !url.port && !url.username && url.pathname.startsWith('/spreadsheets/');
  } catch {
    return false;
  }
}

export function isSheetDownloadHost(host: string): boolean {
  return host === SHEET_HOST || host.endsWith('.googleusercontent.com');
}
