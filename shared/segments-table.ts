/**
 * The segments table: the exchange format between the CLI, the Sheets add-on
 * and the extension. One row per client, columns in a fixed order; as CSV:
 * UTF-8, comma-separated, `.` decimal point, shares and CV as fractions, ISO
 * dates, `;` between several domains, e-mails or types, formula-like text
 * guarded. As JSON: an array of the same rows, lists as arrays, blanks as null.
 *
 * @example
 * const rows = toSegmentRows(segment(transactions));
 * const csv = formatSegmentsCsv(rows);
 * parseSegmentsCsv(csv).rows; // deep-equals rows
 */
import Papa from 'papaparse';
import { z } from 'zod';
import { csvCell, unguardCell } from './csv-cell.js';
import { parseNumber } from './import/numbers.js';
import { cellCodes } from './matrix.js';
import type { Lang } from './options.js';
import { explainClient, reasonLine } from './reasons.js';
import { segmentValueCode } from './segment-value-words.js';
import type { Segmentation } from './segment.js';
import { IsoDateSchema } from './transaction.js';
import type { Account } from './key-accounts/account.js';
import type { MovementResult } from './key-accounts/movement.js';
import { goneRowFields, reasonQuotedAsIs, keyAccountCell, keyAccountColumns, keyAccountFields, keyAccountRowShape, movementColumns, movementFields, readKeyAccountFields } from './key-accounts/row-fields.js';
import { clientScorer, scoreClient, scoreContext, type KeyScore } from './key-accounts/score.js';
import { scoreReasoner, type ScoreReasoner } from './key-accounts/score-reasons.js';
import type { ScoreOptionsInput } from './key-accounts/score-options.js';

export const segmentColumns = ['client', 'name', 'domains', 'emails', 'kam', 'total', 'share', 'cum_share', 'rank', 'abc', 'cv', 'xyz', 'segment', 'type', 'trend', 'first_purchase', 'last_purchase', 'risk', 'reason'] as const;

export const AccountTypeSchema = z.enum(['breadwinner', 'prospect', 'image-maker', 'expert']);

export const SegmentRowSchema = z.object({
  client: z.string().min(1),
  name: z.string(),
  domains: z.array(z.string()),
  emails: z.array(z.string()),
  kam: z.string(),
  total: z.number(),
  share: z.number().min(0).max(1),
  /** Null for clients with a total <= 0, which take no part in shares. */
  cum_share: z.number().min(0).max(1).nullable(),
  rank: z.number().int().positive(),
  abc: z.enum(['A', 'B', 'C']),
  /** Null when the mean per period is not positive. */
  cv: z.number().min(0).nullable(),
  xyz: z.enum(['X', 'Y', 'Z']),
  segment: z.enum(cellCodes as [string, ...string[]]),
  type: z.array(AccountTypeSchema),
  trend: z.enum(['rising', 'falling', 'stable']).nullable(),
  first_purchase: IsoDateSchema.nullable(),
  last_purchase: IsoDateSchema.nullable(),
  risk: z.enum(['at-risk', 'lost']).nullable(),
  reason: z.string(),
  // Key accounts (see key-accounts/row-fields.ts): score, tier, share of wallet, the 3 P's, movement.
  ...keyAccountRowShape,
});

export type SegmentRow = z.infer<typeof SegmentRowSchema>;

const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];

/**
 * Number(value.toFixed(digits)), the way the table has always rounded, without
 * toFixed's cost where it cannot differ: when value * 10^digits is not within a
 * hair of a half, Math.round lands on the same integer, and dividing it by the
 * exact power of ten gives the same nearest double as parsing toFixed's text.
 */
function round(value: number, digits: number): number {
  const power = POWERS[digits];
  const scaled = value * power;
  const fraction = Math.abs(scaled % 1);
  if (Math.abs(scaled) < 2 ** 52 && Math.abs(fraction - 0.5) > 1e-6) {
    const rounded = Math.round(scaled) / power;
    // toFixed writes a minus for any negative value, so a small negative rounds to -0, and -0 itself to 0.
    return rounded === 0 ? (value < 0 ? -0 : 0) : rounded;
  }
  return Number(value.toFixed(digits));
}

/** What a key-accounts run adds to the table: the dossier and score settings (or ready scores), and the movement. */
export type KeyAccountExtras = {
  accounts?: ReadonlyMap<string, Account>;
  score?: ScoreOptionsInput;
  scores?: readonly KeyScore[];
  movement?: MovementResult;
  /** false: leave the key-account columns out (a caller reading only the classes saves the score and its reason, about 15 µs a client). */
  keyAccounts?: boolean;
  /** false: keep the score columns but leave out `score_reason`, the longest text of a row (it doubles a large table). */
  scoreReasons?: boolean;
};

/** The key-account fields of client `i` of `result`; the scores are computed once per run. */
type RowExtras = { account?: Account; score?: KeyScore; movement?: MovementResult; reason?: ScoreReasoner | ((score: KeyScore) => string) };

const noReason = (): string => '';

function runExtras(result: Segmentation, extras: KeyAccountExtras, lang: Lang): (i: number) => RowExtras {
  const ready = extras.scores;
  const score = extras.keyAccounts === false ? undefined : ready ? (i: number) => ready[i] : clientScorer(result, extras.accounts, extras.score);
  // Without a score_reason column the reason is not worded at all.
  const reason = score && (extras.scoreReasons === false ? noReason : scoreReasoner(lang));
  return (i) => ({ account: extras.accounts?.get(result.clients[i].client), score: score?.(i), movement: extras.movement, reason });
}

/** One row per client, then the clients gone since the previous window when `extras.movement` is given; `lang` picks the language of the reason column (default: the run's). */
export function toSegmentRows(result: Segmentation, lang: Lang = result.options.lang, extras: KeyAccountExtras = {}): SegmentRow[] {
  const extra = runExtras(result, extras, lang);
  const rows = result.clients.map((c, i) => toSegmentRow(c, result, lang, extra(i)));
  if (extras.scoreReasons === false) for (const row of rows) delete row.score_reason;
  if (extras.movement) for (const p of extras.movement.gone) rows.push(goneRowFields(p, rows.length + 1, result.asOf, result.options.lostDays, lang));
  return rows;
}

/**
 * The segments-table row of one client of `result`. Without `extra` the
 * score is worked out against the whole run (no dossier): callers writing
 * many rows pass `runExtras`' so the run's medians are computed once.
 */
export function toSegmentRow(c: Segmentation['clients'][number], result: Segmentation, lang: Lang = result.options.lang, extra?: RowExtras): SegmentRow {
  const score = extra ? extra.score : scoreClient(c, undefined, scoreContext(result));
  return {
    client: c.client,
    // The dossier's name and KAM win over the transactions'.
    name: extra?.account?.name || c.name,
    domains: c.domains,
    emails: c.emails,
    kam: extra?.account?.kam || c.kam,
    total: round(c.total, 2),
    share: round(c.share, 6),
    cum_share: c.abcFlag ? null : round(c.cumShare, 6),
    rank: c.rank,
    abc: c.abc,
    cv: Number.isFinite(c.cv) ? round(c.cv, 4) : null,
    xyz: c.xyz,
    segment: c.segment,
    type: c.types,
    trend: c.trend ?? null,
    first_purchase: c.firstPurchase ?? null,
    last_purchase: c.lastPurchase ?? null,
    risk: c.risk ?? null,
    reason: reasonLine(explainClient(c, result, lang)),
    ...(score && keyAccountFields(score, lang, extra?.reason)),
    ...(extra?.movement && movementFields(extra.movement.byClient.get(c.client)!)),
  };
}

/** The key-account and movement columns any of the rows carry, after the core columns. */
function extraColumns(rows: readonly SegmentRow[]): string[] {
  return [...keyAccountColumns, ...movementColumns].filter((column) => rows.some((row) => row[column] !== undefined));
}

function csvLine(row: SegmentRow, extra: readonly string[]): string {
  let line = '';
  for (let i = 0; i < segmentColumns.length; i++) {
    const value = row[segmentColumns[i]];
    if (i > 0) line += ',';
    line += csvCell(Array.isArray(value) ? value.join(';') : value);
  }
  return line + extraCells(row, extra) + '\r\n';
}

/** The cells of the extra columns, each after its comma. */
function extraCells(row: SegmentRow, extra: readonly string[]): string {
  let cells = '';
  for (const column of extra) cells += ',' + csvCell(keyAccountCell(row[column as keyof SegmentRow]));
  return cells;
}

/**
 * csvLine with the score reason's pieces pushed straight onto `out` (no
 * reason string made, scanned and copied again): `row` was made without its
 * reason, `before` and `after` are the extra columns around it. Returns the
 * characters pushed.
 */
function pushLineWithReason(out: string[], row: SegmentRow, before: readonly string[], after: readonly string[], score: KeyScore, reason: ScoreReasoner): number {
  const head = csvLine(row, before);
  const open = head.slice(0, -2) + ',"';
  out.push(open);
  const size = open.length + reason.write(score, out);
  const close = '"' + extraCells(row, after) + '\r\n';
  out.push(close);
  return size + close.length;
}

/**
 * The segments table of `result` as CSV text in pieces of about `chunkChars`
 * characters, each row built and formatted just before it is written: a
 * 50,000-client table never sits in memory whole, as rows or as text.
 *
 * @example
 * for (const chunk of segmentsCsvChunks(result)) writeSync(fd, chunk);
 */
export function* segmentsCsvChunks(result: Segmentation, lang: Lang = result.options.lang, chunkChars = 1 << 18, extras: KeyAccountExtras = {}): Generator<string> {
  const scoreColumns = extras.scoreReasons === false ? keyAccountColumns.filter((c) => c !== 'score_reason') : keyAccountColumns;
  const columns = [...(extras.keyAccounts === false ? [] : scoreColumns), ...(extras.movement ? movementColumns : [])];
  const extra = runExtras(result, extras, lang);
  // Lines joined once per chunk: a string grown line by line is a rope that the write must flatten.
  let lines = [[...segmentColumns, ...columns].join(',') + '\r\n'];
  let size = 0;
  const at = columns.indexOf('score_reason');
  const before = columns.slice(0, at);
  const after = columns.slice(at + 1);
  for (let i = 0; i < result.clients.length; i++) {
    const fields = extra(i);
    const { score, reason } = fields;
    if (at >= 0 && score && reason && 'write' in reason && reasonQuotedAsIs(score)) {
      fields.reason = noReason;
      size += pushLineWithReason(lines, toSegmentRow(result.clients[i], result, lang, fields), before, after, score, reason);
    } else {
      const line = csvLine(toSegmentRow(result.clients[i], result, lang, fields), columns);
      lines.push(line);
      size += line.length;
    }
    if (size >= chunkChars) {
      yield lines.join('');
      lines = [];
      size = 0;
    }
  }
  const gone = extras.movement?.gone ?? [];
  gone.forEach((p, k) => lines.push(csvLine(goneRowFields(p, result.clients.length + k + 1, result.asOf, result.options.lostDays, lang), columns)));
  yield lines.join('');
}

export function formatSegmentsCsv(rows: readonly SegmentRow[]): string {
  // Built by concatenation: V8 joins the pieces once, where an array per row cost a third of the writing time.
  const extra = extraColumns(rows);
  let out = [...segmentColumns, ...extra].join(',') + '\r\n';
  for (const row of rows) out += csvLine(row, extra);
  return out;
}

export function formatSegmentsJson(rows: readonly SegmentRow[]): string {
  return JSON.stringify(rows, null, 2) + '\n';
}

export type SegmentsParse = { rows: SegmentRow[]; errors: { line: number; reason: string }[] };

/** True when the header row is a segments table's (the extension tells kinds of file apart with it). */
export function isSegmentsHeader(header: readonly string[]): boolean {
  const names = header.map((h) => h.replace(/^\uFEFF/, '').trim().toLowerCase());
  return ['client', 'abc', 'xyz', 'segment'].every((column) => names.includes(column));
}

/**
 * Read a segments table back from CSV, as written here or exported from the
 * shared Sheet (whose export carries displayed values: `23.45%`, `0,2345`).
 * Columns are found by name, so extra or reordered columns are fine.
 */
export function parseSegmentsCsv(text: string): SegmentsParse {
  const body0 = text.replace(/^\uFEFF/, '');
  // The reason column holds "; " separators that can fool delimiter guessing: settle it from the header line.
  const headerLine = body0.slice(0, body0.search(/\r?\n|$/));
  const delimiter = headerLine.includes(',') ? ',' : headerLine.includes(';') ? ';' : '\t';
  const parsed = Papa.parse<string[]>(body0, { header: false, skipEmptyLines: false, delimiter });
  const [header = [], ...body] = parsed.data;
  const index = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const rows: SegmentRow[] = [];
  const errors: SegmentsParse['errors'] = [];
  let line = 1 + newlines(header);
  for (const fields of body) {
    line++;
    const startLine = line;
    line += newlines(fields);
    if (fields.length === 1 && fields[0].trim() === '') continue;
    const get = (column: string) => unguardCell((fields[index.get(column) ?? -1] ?? '').trim());
    const row = SegmentRowSchema.safeParse({
      client: get('client'),
      name: get('name'),
      domains: list(get('domains')),
      emails: list(get('emails')),
      kam: get('kam'),
      total: parseNumber(get('total')) ?? NaN,
      share: fraction(get('share')) ?? 0,
      cum_share: fraction(get('cum_share')),
      rank: parseNumber(get('rank')) ?? NaN,
      abc: get('abc').toUpperCase(),
      cv: fraction(get('cv')),
      xyz: get('xyz').toUpperCase(),
      segment: get('segment').toUpperCase(),
      // Coded columns may come in words of either language (the Sheets add-on writes a Russian sheet's in Russian).
      type: list(get('type')).map((word) => segmentValueCode('type', word)),
      trend: get('trend') ? segmentValueCode('trend', get('trend')) : null,
      first_purchase: get('first_purchase') || null,
      last_purchase: get('last_purchase') || null,
      risk: get('risk') ? segmentValueCode('risk', get('risk')) : null,
      reason: get('reason'),
      ...readKeyAccountFields(get, (column) => index.has(column), (t) => fraction(t)),
    });
    if (row.success) rows.push(row.data);
    else errors.push({ line: startLine, reason: row.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  }
  return { rows, errors };
}

function list(text: string): string[] {
  return text ? text.split(/\s*;\s*/).filter(Boolean) : [];
}

function fraction(text: string): number | null {
  if (!text) return null;
  const percent = text.endsWith('%');
  const value = parseNumber(percent ? text.slice(0, -1) : text);
  return value === null ? null : percent ? value / 100 : value;
}

function newlines(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) count++;
  return count;
}
