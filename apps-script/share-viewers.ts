/**
 * Gives people view access to the shared copy through the Drive API: one
 * `reader` permission per e-mail, only for those who do not have access
 * yet (so a refresh with the same list adds nobody and mails nobody), and
 * with Drive's notification e-mail only when the manager asks for it
 * (Drive sends one by default). An address Drive refuses (not a Google
 * account, blocked by the domain's sharing policy) is reported and does not
 * stop the others.
 *
 * @example
 * addViewers('1AbC', ['kam1@example.com', 'kam2@example.com'], { notify: false });
 * // { added: ['kam2@example.com'], already: ['kam1@example.com'], failed: [], viewers: ['kam1@example.com', 'kam2@example.com'] }
 */
import { errorMessage } from './api-errors.js';
import { services } from './services.js';

export type ViewerResult = {
  added: string[];
  already: string[];
  failed: { email: string; reason: string }[];
  /** Everyone with access but the owner, as the copy now stands. */
  viewers: string[];
};

/** E-mails of the people the file is shared with (the owner left out), by lower case. */
function currentPeople(fileId: string): Map<string, string> {
  const people = new Map<string, string>();
  let pageToken: string | undefined;
  do {
    const page = services().Drive.Permissions.list(fileId, { fields: 'nextPageToken,permissions(id,type,role,emailAddress)', pageSize: 100, ...(pageToken ? { pageToken } : {}) });
    for (const p of page.permissions ?? []) if (p.emailAddress && p.role !== 'owner') people.set(p.emailAddress.toLowerCase(), p.emailAddress);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return people;
}

export function addViewers(fileId: string, emails: readonly string[], options: { notify: boolean; emailMessage?: string }): ViewerResult {
  const people = currentPeople(fileId);
  const result: ViewerResult = { added: [], already: [], failed: [], viewers: [] };
  for (const email of emails) {
    if (people.has(email.toLowerCase())) {
      result.already.push(email);
      continue;
    }
    try {
      services().Drive.Permissions.create(
        { type: 'user', role: 'reader', emailAddress: email },
        fileId,
        options.notify ? { sendNotificationEmail: true, ...(options.emailMessage ? { emailMessage: options.emailMessage } : {}) } : { sendNotificationEmail: false },
      );
      people.set(email.toLowerCase(), email);
      result.added.push(email);
    } catch (error) {
      result.failed.push({ email, reason: errorMessage(error) });
    }
  }
  result.viewers = [...people.values()];
  return result;
}
