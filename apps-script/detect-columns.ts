/**
 * Which column of the active sheet holds what, from its header row, by the
 * import's RU/EN header names (findColumns). Unlike the CSV import the
 * sidebar wants every column it can find even when a required one is
 * missing, so that the user only fills in the gap.
 *
 * @example
 * detectColumns(['Order Date', 'Customer ID', 'Customer Name', 'Sales'], 'en');
 * // { client: 1, name: 2, date: 0, amount: 3 }
 * detectColumns(['Customer', 'Sales'], 'en'); // { client: 0, amount: 1 }
 */
import { ROLE_ALIASES } from '../shared/import/aliases.js';
import { findColumns, type ColumnMap } from '../shared/import/columns.js';
import { REQUIRED_ROLES, type Role } from '../shared/import/roles.js';
import type { Lang } from '../shared/options.js';

/** findColumns with an exact-alias stand-in header appended for each of `roles`; null when it still throws. */
function findWithStandIns(headers: string[], roles: readonly Role[], lang: Lang): ColumnMap | null {
  try {
    return findColumns([...headers, ...roles.map((role) => ROLE_ALIASES[role][0])], {}, lang);
  } catch {
    return null;
  }
}

export function detectColumns(headers: readonly unknown[], lang: Lang): ColumnMap {
  const texts = headers.map((h) => String(h ?? ''));
  const whole = findWithStandIns(texts, [], lang);
  if (whole) return whole;
  // findColumns throws when a required role is missing. A role is missing if it stays unfound
  // with stand-ins for the other required roles; stand-ins for exactly the missing roles take
  // nothing from the real headers, and are forgotten afterwards.
  const missing = REQUIRED_ROLES.filter((role) => !findWithStandIns(texts, REQUIRED_ROLES.filter((r) => r !== role), lang));
  const map = findWithStandIns(texts, missing, lang) ?? {};
  for (const role of Object.keys(map) as Role[]) if ((map[role] as number) >= texts.length) delete map[role];
  return map;
}
