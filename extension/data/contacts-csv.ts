/**
 * A contacts file: which e-mails and domains belong to which client (one
 * row per client or per person, several addresses in a cell separated by
 * `;`, `,` or spaces). Columns are found by the same header names as the
 * transactions import (Клиент/ИНН/Client, E-mail/Почта, Домен/Сайт/Website).
 *
 * @example
 * const csv = csvText('ИНН;Клиент;E-mail\n7701;ООО Ромашка;ivan@romashka.ru');
 * readContactsCsv(csv, contactColumns(csv.header, 'ru')!, 'ru').contacts[0].emails; // ['ivan@romashka.ru']
 */
import Papa from 'papaparse';
import { findColumns, ImportError, importMessages, type ColumnMap } from '../../shared/import/index.js';
import type { Lang } from '../../shared/options.js';
import { t } from '../i18n.js';
import { normaliseDomain } from '../match/domain.js';
import { normaliseEmail } from '../match/email.js';
import { ContactSchema, type Contact } from './contact.js';
import { cleanRole, roleColumn } from './contact-role.js';
import type { CsvText } from './csv-text.js';
import type { ReadReport } from './read-report.js';

/**
 * The contacts' columns, or undefined when the header has no client or no
 * address column. Only the client is required of findColumns: a contacts
 * file has no dates or amounts, and whether it has an e-mail or a domain
 * column (either will do) is checked here.
 */
export function contactColumns(header: string[], lang: Lang): ColumnMap | undefined {
  try {
    const map = findColumns(header, {}, lang, true, ['client']);
    return map.email !== undefined || map.domain !== undefined ? map : undefined;
  } catch (error) {
    if (error instanceof ImportError) return undefined;
    throw error;
  }
}

export function readContactsCsv(csv: CsvText, columns: ColumnMap, lang: Lang, maxErrors = 100): { contacts: Contact[]; report: ReadReport } {
  const parsed = Papa.parse<string[]>(csv.text, { delimiter: csv.delimiter === 'whitespace' ? ' ' : csv.delimiter, skipEmptyLines: false });
  const report: ReadReport = { read: 0, used: 0, rejected: 0, errors: [] };
  const contacts: Contact[] = [];
  const reject = (line: number, reason: string) => {
    report.rejected++;
    if (report.errors.length < maxErrors) report.errors.push({ line, reason });
  };
  const role = roleColumn(csv.header);
  const cell = (fields: string[], column: number | undefined) => (column === undefined ? '' : (fields[column] ?? '').trim());
  let line = 0;
  let headerSeen = false;
  for (const fields of parsed.data) {
    line++;
    const startLine = line;
    line += fields.reduce((breaks, field) => breaks + (field.match(/\n/g)?.length ?? 0), 0);
    if (fields.every((field) => field.trim() === '')) continue;
    if (!headerSeen) {
      headerSeen = true;
      continue;
    }
    report.read++;
    const client = cell(fields, columns.client);
    const name = cell(fields, columns.name);
    // A name alone will do: it is matched to a client's normalised name.
    if (!client && !name) {
      reject(startLine, importMessages(lang).emptyClient);
      continue;
    }
    const emails: string[] = [];
    const domains: string[] = [];
    const bad: string[] = [];
    for (const raw of split(cell(fields, columns.email))) {
      const email = normaliseEmail(raw);
      if (email) emails.push(email);
      else bad.push(raw);
    }
    for (const raw of split(cell(fields, columns.domain))) {
      const domain = normaliseDomain(raw);
      if (domain) domains.push(domain);
      else bad.push(raw);
    }
    if (bad.length) reject(startLine, t(lang, 'contactBadAddress', bad.join(', ')));
    else if (!emails.length && !domains.length) reject(startLine, t(lang, 'contactNoAddress'));
    else {
      report.used++;
      const said = cleanRole(cell(fields, role));
      contacts.push(ContactSchema.parse({ client, name, emails, domains, ...(said && emails.length ? { role: said } : {}) }));
    }
  }
  return { contacts, report };
}

function split(text: string): string[] {
  return text ? text.split(/[;,\s]+/).filter(Boolean) : [];
}
