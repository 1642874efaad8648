/**
 * Header texts of the accounts table, Russian and English. The first text of
 * each language is the one written; every text is accepted when reading
 * (compared as the import compares headers: case, `_`, `ё` and spaces do not
 * matter).
 *
 * @example
 * accountHeaders.ru.payment_delay_days; // 'Отсрочка платежа, дней'
 * columnOfHeader('Следующий шаг'); // 'next_step'
 */
import { normalizeHeader } from '../import/columns.js';
import type { Lang } from '../options.js';
import type { AccountColumn } from './account.js';

const aliases: Record<AccountColumn, { en: string[]; ru: string[] }> = {
  client: { en: ['client', 'Client ID', 'Customer ID', 'Account ID', 'Customer', 'Account'], ru: ['Клиент', 'ИНН', 'Код клиента', 'Контрагент'] },
  name: { en: ['name', 'Client Name', 'Customer Name', 'Company'], ru: ['Наименование', 'Название', 'Наименование клиента'] },
  kam: { en: ['kam', 'Account Manager', 'Manager', 'Owner'], ru: ['КАМ', 'Менеджер', 'Ответственный'] },
  potential: { en: ['potential', 'Yearly Potential'], ru: ['Потенциал', 'Потенциал в год'] },
  tags: { en: ['tags', 'Labels'], ru: ['Теги', 'Метки'] },
  need: { en: ['need', 'Has Need'], ru: ['Потребность', 'Есть потребность'] },
  solvency: { en: ['solvency', 'Can Pay'], ru: ['Платёжеспособность', 'Платежеспособен'] },
  authority: { en: ['authority', 'Can Decide'], ru: ['Полномочия', 'Может решать'] },
  payment_delay_days: { en: ['payment_delay_days', 'Payment Delay', 'Payment Delay Days'], ru: ['Отсрочка платежа, дней', 'Отсрочка платежа', 'Отсрочка'] },
  contract_until: { en: ['contract_until', 'Contract Until', 'Contract End'], ru: ['Договор до', 'Договор действует до'] },
  decision_makers: { en: ['decision_makers', 'Decision Makers'], ru: ['ЛПР', 'Лица, принимающие решения'] },
  competitors: { en: ['competitors'], ru: ['Конкуренты'] },
  needs: { en: ['needs', 'Needs and Plans', 'Plans'], ru: ['Потребности и планы', 'Потребности', 'Планы'] },
  next_step: { en: ['next_step', 'Next Step'], ru: ['Следующий шаг'] },
  next_step_date: { en: ['next_step_date', 'Next Step Date'], ru: ['Дата следующего шага', 'Дата шага'] },
  notes: { en: ['notes', 'Comments'], ru: ['Заметки', 'Примечания', 'Комментарии'] },
};

export const accountHeaders: Record<Lang, Record<AccountColumn, string>> = {
  en: Object.fromEntries(Object.entries(aliases).map(([column, a]) => [column, a.en[0]])) as Record<AccountColumn, string>,
  ru: Object.fromEntries(Object.entries(aliases).map(([column, a]) => [column, a.ru[0]])) as Record<AccountColumn, string>,
};

const byHeader = new Map<string, AccountColumn>();
for (const [column, a] of Object.entries(aliases) as [AccountColumn, { en: string[]; ru: string[] }][]) {
  for (const text of [...a.en, ...a.ru]) if (!byHeader.has(normalizeHeader(text))) byHeader.set(normalizeHeader(text), column);
}

/** The accounts column a header names, or undefined for a column of the KAM's own. */
export function columnOfHeader(header: string): AccountColumn | undefined {
  return byHeader.get(normalizeHeader(header));
}
