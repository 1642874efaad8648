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
 * product column (`Наименование товара`) for the client or its name. The
 * segments table's own headers (`client`, `name`, `emails`, `domains`,
 * `kam`, `total`) are read back as themselves, by exact match only.
 *
 * When another column, left unused, matches a role just as well as the one
 * taken (two `amount` headers; `Сумма` and `Выручка`; a column named twice),
 * resolveColumns returns a warning naming both and the one used: the choice
 * follows the rules above, but the user should know there was one to make.
 *
 * @example
 * findColumns(['Order Date', 'Ship Date', 'Customer ID', 'Customer Name', 'Sales'], {}, 'en');
 * // { client: 2, name: 3, date: 0, amount: 4 }
 * resolveColumns(['client', 'date', 'amount', 'amount'], {}, 'en').warnings;
 * // ["columns 3 'amount' and 4 'amount' could both be the amount: column 3 'amount' is used; name the column to use the other"]
 */
import { CLIENT_ID_ALIASES, CLIENT_NAME_LIKE_ALIASES, EXACT_ONLY_ALIASES, PRODUCT_WORDS, ROLE_ALIASES } from './aliases.js';
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

/** Aliases of one preference level for a role, normalized; `loose` when they may also match loosely. */
type AliasGroup = { targets: string[]; loose: boolean };

const group = (aliases: readonly string[], loose = true): AliasGroup => ({ targets: aliases.map(normalizeHeader), loose });

/** Alias groups per role, tried in order; within a group the earlier alias wins. */
const ROLE_GROUPS: Record<Role, AliasGroup[]> = Object.fromEntries(
  RoleSchema.options.map((role) => {
    const groups =
      role === 'client' ? [group(CLIENT_ID_ALIASES), group(CLIENT_NAME_LIKE_ALIASES)] : role === 'name' ? [group(ROLE_ALIASES.name), group(CLIENT_NAME_LIKE_ALIASES)] : [group(ROLE_ALIASES[role])];
    const exactOnly = EXACT_ONLY_ALIASES[role];
    return [role, exactOnly ? [...groups, group(exactOnly, false)] : groups];
  }),
) as Record<Role, AliasGroup[]>;

/** The order roles pick columns in: required roles first, so they are not robbed by optional ones. */
const PICK_ORDER: Role[] = ['client', 'date', 'amount', 'profit', 'quantity', 'name', 'email', 'domain', 'kam', 'tags', 'potential'];

/** How a column was found: for which role's alias group (`group`), exactly or loosely. */
type Match = { index: number; role: Role; group: number; loose: boolean };

function matchesExactly(role: Role, g: number, h: Header): boolean {
  return ROLE_GROUPS[role][g].targets.includes(h.text);
}

function matchesLoosely(role: Role, g: number, h: Header): boolean {
  if ((role === 'client' || role === 'name') && h.product) return false;
  return ROLE_GROUPS[role][g].targets.some((target) => looselyContains(h.words, words(target)));
}

/** True when header `h` matches the way `m` did: the same alias group, exactly or loosely. */
function matchesLike(m: Match, h: Header): boolean {
  return m.loose ? matchesLoosely(m.role, m.group, h) : matchesExactly(m.role, m.group, h);
}

function pick(role: Role, headers: Header[], taken: Set<number>, loose: boolean): Match | undefined {
  const groups = ROLE_GROUPS[role];
  // A twin of a column taken already (`client,client`) is a duplicate to warn about, never another role's column.
  const takenTexts = new Set(headers.filter((h) => taken.has(h.index)).map((h) => h.text));
  const free = (h: Header) => !taken.has(h.index) && !takenTexts.has(h.text);
  for (let g = 0; g < groups.length; g++) {
    for (const target of groups[g].targets) {
      const exact = headers.find((h) => free(h) && h.text === target);
      if (exact) return { index: exact.index, role, group: g, loose: false };
    }
    // An id found loosely (`ИНН покупателя`) still beats a client name matched exactly.
    if (!groups[g].loose || (!loose && !(role === 'client' && g === 0))) continue;
    for (const target of groups[g].targets) {
      const targetWords = words(target);
      const found = headers.find(
        (h) =>
          free(h) &&
          !((role === 'client' || role === 'name') && h.product) &&
          looselyContains(h.words, targetWords),
      );
      if (found) return { index: found.index, role, group: g, loose: true };
    }
  }
  return undefined;
}

function resolveExplicit(
  choice: string | number,
  headers: string[],
  hasHeader: boolean,
  lang: ImportLang,
): { index: number; twins: number[] } {
  const messages = importMessages(lang);
  if (typeof choice === 'number') {
    if (choice < 1 || choice > headers.length) throw new ImportError(messages.columnOutOfRange(choice, headers.length, hasHeader ? headers : []));
    return { index: choice - 1, twins: [] };
  }
  if (!hasHeader) throw new ImportError(messages.namedColumnWithoutHeader(choice));
  const target = normalizeHeader(choice);
  const all: number[] = [];
  headers.forEach((header, i) => {
    if (normalizeHeader(header) === target) all.push(i);
  });
  if (all.length === 0) throw new ImportError(messages.unknownColumn(choice, headers));
  return { index: all[0], twins: all.slice(1) };
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
  return resolveColumns(headers, choice, lang, hasHeader, required).map;
}

/**
 * findColumns, plus a warning for each column left unused that matched a
 * role as well as the column taken (see the top of this file). Warnings are
 * in `lang`, one line each, naming both columns by number and header.
 */
export function resolveColumns(
  headers: string[],
  choice: ColumnChoice,
  lang: ImportLang,
  hasHeader = true,
  required: readonly Role[] = REQUIRED_ROLES,
): { map: ColumnMap; warnings: string[] } {
  const map: ColumnMap = {};
  const taken = new Set<number>();
  /** Per role, the columns that were as good a match as the one taken. */
  const rivals: Partial<Record<Role, number[]>> = {};
  for (const role of RoleSchema.options) {
    const wanted = choice[role];
    if (wanted === undefined) continue;
    const { index, twins } = resolveExplicit(wanted, headers, hasHeader, lang);
    map[role] = index;
    taken.add(index);
    if (twins.length) rivals[role] = twins;
  }

  if (hasHeader) {
    const prepared: Header[] = headers.map((header, index) => {
      const text = normalizeHeader(header);
      const w = words(text);
      return { index, text, words: w, product: w.some((word) => PRODUCT_WORDS.some((p) => word.startsWith(p))) };
    });
    const matches: Partial<Record<Role, Match>> = {};
    for (const loose of [false, true]) {
      for (const role of PICK_ORDER) {
        if (map[role] !== undefined) continue;
        const match = pick(role, prepared, taken, loose);
        if (match === undefined) continue;
        map[role] = match.index;
        matches[role] = match;
        taken.add(match.index);
      }
    }
    if (map.client === undefined && map.name !== undefined && choice.name === undefined) {
      map.client = map.name;
      matches.client = matches.name;
      delete map.name;
      delete matches.name;
    }
    for (const role of PICK_ORDER) {
      const match = matches[role];
      if (!match) continue;
      const others = prepared.filter((h) => !taken.has(h.index) && matchesLike(match, h)).map((h) => h.index);
      if (others.length) rivals[role] = others;
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

  const messages = importMessages(lang);
  const warnings: string[] = [];
  for (const role of RoleSchema.options) {
    const used = map[role];
    if (used === undefined) continue;
    for (const other of rivals[role] ?? []) {
      warnings.push(messages.ambiguousColumn(messages.roleNames[role], { number: used + 1, header: headers[used] }, { number: other + 1, header: headers[other] }));
    }
  }
  return { map, warnings };
}
