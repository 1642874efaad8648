/**
 * Tells an error of the advanced Drive or Sheets service that means "this
 * file is not there for you" from one that means "not now". With the
 * `drive.file` scope Drive answers 404 (File not found) both for a deleted
 * file and for one this add-on may no longer open, and 403 when access was
 * taken away; a refresh then makes a new copy. Rate limits, quotas and
 * server errors also come as 403 or 5xx, but the copy is fine: the user
 * should try again rather than get a new link.
 *
 * @example
 * isGoneError(new Error('API call to drive.files.get failed with error: File not found: 1AbC.')); // true
 * isGoneError(new Error('API call to drive.files.get failed with error: User Rate Limit Exceeded')); // false
 */

/** The message of an error from any realm (the advanced services throw their own kind). */
export function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

const PASSING = /rate ?limit|quota|backend ?error|internal ?error|service ?unavailable|timed? ?out|try again|\b5\d\d\b/i;
const GONE = /not ?found|\b404\b|\b403\b|forbidden|does not have permission|insufficient ?file ?permissions|app ?not ?authorized|permission denied/i;

export function isGoneError(error: unknown): boolean {
  const message = errorMessage(error);
  return !PASSING.test(message) && GONE.test(message);
}
