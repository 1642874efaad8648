/**
 * Formats sample rows the way a Russian Excel or 1C export looks, so the
 * importers are exercised on what users actually upload: UTF-8 with a BOM
 * (Excel needs it to read Cyrillic), `;` as the delimiter (the comma is the
 * decimal separator), CRLF line ends, `1 234,56` amounts and `dd.mm.yyyy` dates.
 *
 * @example
 * formatSampleCsv([{ client: '7701234567', date: '2024-03-05', amount: 1234.5, name: 'ООО "Ромашка"', kam: 'Орлов С. П.' }]);
 * // '\uFEFFИНН;Контрагент;Дата;Сумма;…\r\n7701234567;"ООО ""Ромашка""";05.03.2024;1 234,50;…\r\n'
 */
import type { Transaction } from '../../shared/transaction.js';

export const SAMPLE_HEADERS = [
  'ИНН', 'Контрагент', 'Дата', 'Сумма', 'Прибыль', 'Количество', 'E-mail', 'Домен', 'Менеджер', 'Теги', 'Потенциал',
] as const;

const BOM = '\uFEFF';
const EOL = '\r\n';

/** Quotes only when needed, as Excel does; inner quotes are doubled. */
export function csvField(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Groups of three digits split by a plain space; the sign goes before the digits. */
function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/**
 * `1 234,56`; works on whole kopecks so binary floating point never prints
 * `0,1000000001`-style tails.
 */
export function formatMoney(value: number): string {
  const kopecks = Math.round(Math.abs(value) * 100);
  const sign = value < 0 && kopecks > 0 ? '-' : '';
  const rubles = Math.floor(kopecks / 100);
  return `${sign}${groupDigits(String(rubles))},${String(kopecks % 100).padStart(2, '0')}`;
}

/** Whole numbers (quantity, potential) carry no decimals, as in the source reports. */
export function formatInteger(value: number): string {
  const rounded = Math.round(value);
  return `${rounded < 0 ? '-' : ''}${groupDigits(String(Math.abs(rounded)))}`;
}

/** `2024-03-05` -> `05.03.2024`. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

export function formatSampleCsv(rows: readonly Transaction[]): string {
  const lines = [SAMPLE_HEADERS.join(';')];
  for (const r of rows) {
    lines.push(
      [
        r.client,
        r.name ?? '',
        formatDate(r.date),
        formatMoney(r.amount),
        r.profit === undefined ? '' : formatMoney(r.profit),
        r.quantity === undefined ? '' : formatInteger(r.quantity),
        r.email ?? '',
        r.domain ?? '',
        r.kam ?? '',
        (r.tags ?? []).join(', '),
        r.potential === undefined ? '' : formatInteger(r.potential),
      ]
        .map(csvField)
        .join(';'),
    );
  }
  return BOM + lines.join(EOL) + EOL;
}
