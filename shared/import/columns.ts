/**
 * Decides which column holds what, from the header row and the columns the
 * user named. Headers are compared case-insensitively, ignoring a BOM,
 * surrounding quotes, `_`, `ё`/`е` and extra spaces.
 *
 * Precedence, per role: a column the user named; else an exact alias match,
 * the earlier alias winning; else a loose match (the alias's words begin
 * consecutive words of the header: `Дата` finds `Дата отгрузки`). Exact
 * matches for all roles are taken before any loose one, and a column serves
 * one role only. For the client, an id (`ИНН`, `Customer ID`) beats a name
 * (`Клиент`, `Customer`), and the name-like header then becomes the name;
 * a file with only a name uses it as the client. Loose matches never take a
 * product column (`Наименование товара`) for the client or its name.
 *
 * @example
 * findColumns(['Order Date', 'Ship Date', 'Customer ID', 'Customer Name', 'Sales'], {}, 'en');
 * // { client: 2, name: 3, date: 0, amount: 4 }
 */
import { CLIENT_ID_ALIASES, CLIENT_NAME_LIKE_ALIASES, PRODUCT_WORDS, ROLE_ALIASES } from './aliases.js';
import { ImportError } from './import-error.js';
import { importMessages, type ImportLang } from './messages.js';
import { REQUIRED_ROLES, RoleSchema, type Role } from './roles.js';

export type ColumnMap = Partial<Record<Role, number>>;
export type ColumnChoice = Partial<Record<Role, string | number>>;

export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^["'«“]+|["'»”]+$/g, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/_/g, ' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[\s:]+$/, '')
    .trim();
}

const words = (normalized: string): string[] => normalized.split(/[\s/(),.;:]+/).filter(Boolean);

function looselyContains(header: string[], alias: string[]): boolean {
  for (let start = 0; start + alias.length <= header.length; start++) {
    if (alias.every((word, k) => header[start + k].startsWith(word))) return true;
  }
  return false;
}

type Header = { index: number; text: string; words: string[]; product: boolean };

/** Alias groups per role, tried in order; within a group the earlier alias wins. */
const ROLE_GROUPS: Record<Role, string[][]> = {
  ...(Object.fromEntries(RoleSchema.options.map((role) => [role, [[...ROLE_ALIASES[role]]]])) as Record<Role, string[][]>),
  client: [CLIENT_ID_ALIASES, CLIENT_NAME_LIKE_ALIASES],
  name: [[...ROLE_ALIASES.name], CLIENT_NAME_LIKE_ALIASES],
};

/** The order roles pick columns in: required roles first, so they are not robbed by optional ones. */
const PICK_ORDER: Role[] = ['client', 'date', 'amount', 'profit', 'quantity', 'name', 'email', 'domain', 'kam', 'tags', 'potential'];

function pick(role: Role, headers: Header[], taken: Set<number>, loose: boolean): number | undefined {
  const groups = ROLE_GROUPS[role];
  for (let g = 0; g < groups.length; g++) {
    const targets = groups[g].map(normalizeHeader);
    for (const target of targets) {
      const exact = headers.find((h) => !taken.has(h.index) && h.text === target);
      if (exact) return exact.index;
    }
    // An id found loosely (`ИНН покупателя`) still beats a client name matched exactly.
    if (!loose && !(role === 'client' && g === 0)) continue;
    for (const target of targets) {
      const targetWords = words(target);
      const found = headers.find(
        (h) =>
          !taken.has(h.index) &&
          !((role === 'client' || role === 'name') && h.product) &&
          looselyContains(h.words, targetWords),
      );
      if (found) return found.index;
    }
  }
  return undefined;
}

function resolveExplicit(
  choice: string | number,
  headers: string[],
  hasHeader: boolean,
  lang: ImportLang,
): number {
  const messages = importMessages(lang);
  if (typeof choice === 'number') {
    if (choice < 1 || choice > headers.length) throw new ImportError(messages.columnOutOfRange(choice, headers.length, hasHeader ? headers : []));
    return choice - 1;
  }
  if (!hasHeader) throw new ImportError(messages.namedColumnWithoutHeader(choice));
  const target = normalizeHeader(choice);
  const index = headers.findIndex((header) => normalizeHeader(header) === target);
  if (index === -1) throw new ImportError(messages.unknownColumn(choice, headers));
  return index;
}

/**
 * Maps roles to 0-based column indexes. Throws an ImportError naming what is
 * missing, or a named column that does not exist, with the headers found.
 * Without a header row only the columns given by number are used.
 * `required` says which roles must be found: a contacts file needs no date
 * or amount, and a sidebar that lets the user pick columns wants whatever
 * was found (`[]`).
 */
export function findColumns(headers: string[], choice: ColumnChoice, lang: ImportLang, hasHeader = true, required: readonly Role[] = REQUIRED_ROLES): ColumnMap {
  const map: ColumnMap = {};
  const taken = new Set<number>();
  for (const role of RoleSchema.options) {
    const wanted = choice[role];
    if (wanted === undefined) continue;
    const index = resolveExplicit(wanted, headers, hasHeader, lang);
    map[role] = index;
    taken.add(index);
  }

  if (hasHeader) {
    const prepared: Header[] = headers.map((header, index) => {
      const text = normalizeHeader(header);
      const w = words(text);
      return { index, text, words: w, product: w.some((word) => PRODUCT_WORDS.some((p) => word.startsWith(p))) };
    });
    for (const loose of [false, true]) {
      for (const role of PICK_ORDER) {
        if (map[role] !== undefined) continue;
        const index = pick(role, prepared, taken, loose);
        if (index === undefined) continue;
        map[role] = index;
        taken.add(index);
      }
    }
    if (map.client === undefined && map.name !== undefined && choice.name === undefined) {
      map.client = map.name;
      delete map.name;
    }
  }

  const missing = required.filter((role) => map[role] === undefined);
  if (missing.length) {
    const messages = importMessages(lang);
    if (!hasHeader) throw new ImportError(messages.noColumnsWithoutHeader);
    const expected = missing.map((role) => `${messages.roleNames[role]} — ${ROLE_ALIASES[role].join(', ')}`);
    throw new ImportError(
      messages.missingColumns(
        missing.map((role) => messages.roleNames[role]),
        expected,
        headers,
      ),
    );
  }
  return map;
}
