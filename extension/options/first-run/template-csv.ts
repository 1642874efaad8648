/**
 * The sales file template offered on the welcome page, in Russian (`;`,
 * decimal commas, dd.mm.yyyy, as Russian Excel and 1C save) and in English:
 * the columns the import recognises, with a few rows to overwrite. It is
 * imported by the same code as any file (a test makes sure it reads whole).
 *
 * @example
 * templateCsv('ru').split('\r\n')[0]; // 'ИНН;Клиент;Дата;Сумма;E-mail;Домен;Менеджер'
 */
import type { Lang } from '../../../shared/options.js';

const rows: Record<Lang, string[][]> = {
  ru: [
    ['ИНН', 'Клиент', 'Дата', 'Сумма', 'E-mail', 'Домен', 'Менеджер'],
    ['7701000001', 'ООО «Ромашка»', '15.01.2025', '125000,50', 'ivan.petrov@romashka.ru', 'romashka.ru', 'Анна Смирнова'],
    ['7701000001', 'ООО «Ромашка»', '14.02.2025', '98000', '', '', 'Анна Смирнова'],
    ['7702000002', 'АО «Вектор»', '03.02.2025', '310500', 'zakupki@vector-group.ru', 'vector-group.ru', 'Олег Кузнецов'],
  ],
  en: [
    ['Client ID', 'Client', 'Order Date', 'Sales', 'E-mail', 'Domain', 'KAM'],
    ['C-1001', 'Northwind Traders LLC', '2025-01-15', '12500.50', 'sales@northwind.com', 'northwind.com', 'Anna Smith'],
    ['C-1001', 'Northwind Traders LLC', '2025-02-14', '9800', '', '', 'Anna Smith'],
    ['C-1002', 'Contoso GmbH', '2025-02-03', '31050', 'einkauf@contoso.de', 'contoso.de', 'Oleg Kuznetsov'],
  ],
};

export function templateCsv(lang: Lang): string {
  const delimiter = lang === 'ru' ? ';' : ',';
  return rows[lang].map((fields) => fields.join(delimiter)).join('\r\n') + '\r\n';
}

/** A download link's address: UTF-8 with a byte-order mark, so Excel opens the Cyrillic right. */
export function templateHref(lang: Lang): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${templateCsv(lang)}`)}`;
}
