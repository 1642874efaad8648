/**
 * One entry for every file the extension takes: tells a segments table (CSV
 * or JSON, as the CLI or the Sheets add-on writes it), raw transactions
 * (segmented here with the core) and a contacts file apart by their headers,
 * reads it and reports rows read, used and rejected.
 *
 * @example
 * const outcome = readDataFile(bytes, 'sales.csv', { lang: 'ru', segment: defaultSettings.segment });
 * outcome.kind; // 'transactions'
 * outcome.report; // { read: 1200, used: 1198, rejected: 2, errors: [...] }
 */
import { ImportError, importTransactions } from '../../shared/import/index.js';
import type { Lang } from '../../shared/options.js';
import { segment } from '../../shared/segment.js';
import { isSegmentsHeader, parseSegmentsCsv, SegmentRowSchema, toSegmentRows } from '../../shared/segments-table.js';
import { t } from '../i18n.js';
import { isAccountsHeader, readAccountsFile, type AccountsOutcome } from './accounts-file.js';
import type { Contact } from './contact.js';
import { contactColumns, readContactsCsv } from './contacts-csv.js';
import { CRM_URL_COLUMN, crmUrls, safeCrmUrl } from './crm-urls.js';
import { csvText } from './csv-text.js';
import { periodSums } from './period-sums.js';
import { segmentOptions } from './default-settings.js';
import { reasonBasis, reasonFigures, type ReasonBasis } from './reason-figures.js';
import type { ReadReport } from './read-report.js';
import type { SegmentSettings } from './settings.js';
import type { StoredClient } from './stored-client.js';

export type DataFileOutcome =
  | { kind: 'segments'; clients: StoredClient[]; report: ReadReport }
  | { kind: 'transactions'; clients: StoredClient[]; basis: ReasonBasis; text: string; report: ReadReport }
  | { kind: 'contacts'; contacts: Contact[]; report: ReadReport }
  | AccountsOutcome;

export type ReadOptions = { lang: Lang; segment: SegmentSettings };

/** Throws ImportError, with a message for the user, when the file is none of the three kinds. */
export function readDataFile(input: Uint8Array | string, fileName: string, options: ReadOptions): DataFileOutcome {
  const csv = csvText(input);
  if (/\.json$/i.test(fileName) || /^\s*\[/.test(csv.text.slice(0, 64))) return readSegmentsJson(csv.text, options.lang);
  if (!csv.header.some((h) => h.trim())) throw new ImportError(t(options.lang, 'fileEmpty'));
  if (isSegmentsHeader(csv.header)) {
    const { rows, errors } = parseSegmentsCsv(csv.text);
    const links = crmUrls(csv.text);
    const clients = links.size ? rows.map((row) => (links.has(row.client) ? { ...row, crm_url: links.get(row.client) } : row)) : rows;
    return { kind: 'segments', clients, report: { read: rows.length + errors.length, used: rows.length, rejected: errors.length, errors } };
  }
  if (isAccountsHeader(csv.header)) return readAccountsFile(csv, options.lang);
  try {
    return segmentTransactions(csv.text, options);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const columns = contactColumns(csv.header, options.lang);
    if (columns) return { kind: 'contacts', ...readContactsCsv(csv, columns, options.lang) };
    throw new ImportError(t(options.lang, 'fileUnknown', csv.header.join(', ')) + ' ' + error.message);
  }
}

/**
 * Raw transactions to segmented clients. The reason column is written in
 * `options.lang`; the figures behind it are kept too, so the card can word
 * the reasons again in whatever language its reader has.
 */
export function segmentTransactions(text: string, options: ReadOptions): Extract<DataFileOutcome, { kind: 'transactions' }> {
  const { transactions, report } = importTransactions(text, { lang: options.lang });
  const result = segment(transactions, segmentOptions(options.segment, options.lang));
  const sums = result.window ? periodSums(transactions, result.window, result.options.period) : new Map<string, number[]>();
  const clients = toSegmentRows(result, options.lang).map((row, i) => ({ ...row, figures: { ...reasonFigures(result.clients[i]), series: sums.get(row.client) } }));
  return { kind: 'transactions', clients, basis: reasonBasis(result.options, result.asOf), text, report: { read: report.read, used: report.used, rejected: report.rejected, errors: report.errors } };
}

function readSegmentsJson(text: string, lang: Lang): DataFileOutcome {
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch (error) {
    throw new ImportError(t(lang, 'fileBadJson', (error as Error).message));
  }
  if (!Array.isArray(items)) throw new ImportError(t(lang, 'fileBadJson', 'not an array'));
  const report: ReadReport = { read: items.length, used: 0, rejected: 0, errors: [] };
  const clients: StoredClient[] = [];
  items.forEach((item, i) => {
    const row = SegmentRowSchema.safeParse(item);
    if (row.success) {
      const link = safeCrmUrl((item as Record<string, unknown>)[CRM_URL_COLUMN]);
      clients.push(link ? { ...row.data, crm_url: link } : row.data);
      report.used++;
    } else {
      report.rejected++;
      if (report.errors.length < 100) report.errors.push({ line: i + 1, reason: row.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') });
    }
  });
  return { kind: 'segments', clients, report };
}
