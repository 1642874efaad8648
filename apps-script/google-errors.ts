/**
 * Google's own errors, which reach the user in English whatever their
 * language (the server is stopped before the add-on can say anything), in
 * the user's language with what to do about them. Plain data: the sidebar
 * page bundles it too.
 *
 * @example
 * explainGoogleError('Exceeded maximum execution time', 'ru');
 * // 'Google остановил запуск: он длился дольше 6 минут. Сократите окно (from=/to=) …'
 */
import type { Lang } from '../shared/options.js';

type Known = { match: RegExp; en: string; ru: string };

const KNOWN: Known[] = [
  {
    match: /exceeded maximum execution time|execution time limit|превышено максимальное время/i,
    en: 'Google stopped the run: it took longer than the 6 minutes a script may run. Segment a shorter window (filter the sheet to fewer months, or split it into several sheets), or use the BigQuery path for data this large.',
    ru: 'Google остановил запуск: он длился дольше 6 минут, отведённых скрипту. Сегментируйте более короткий период (отфильтруйте лист до меньшего числа месяцев или разбейте его на несколько листов) или используйте путь через BigQuery для данных такого объёма.',
  },
  {
    match: /exceeded memory limit|out of memory/i,
    en: 'Google stopped the run: it needed more memory than a script gets. Segment fewer rows at once (a shorter window or fewer columns).',
    ru: 'Google остановил запуск: скрипту не хватило памяти. Сегментируйте меньше строк за раз (короче период или меньше столбцов).',
  },
  {
    match: /service invoked too many times|too many simultaneous invocations|rate limit|quota/i,
    en: 'Google’s daily or per-minute limit for scripts is reached. Wait a few minutes and run again.',
    ru: 'Достигнут дневной или поминутный лимит Google для скриптов. Подождите несколько минут и запустите снова.',
  },
  {
    match: /authorization is required|you do not have permission|permission denied|not authorized/i,
    en: 'Google asks for permission again. Close the sidebar, open KAM > Segment clients… and allow access when asked.',
    ru: 'Google снова запрашивает разрешение. Закройте боковую панель, откройте KAM > Сегментировать клиентов… и разрешите доступ.',
  },
  {
    match: /service (?:spreadsheets )?(?:timed out|unavailable|error)|server error occurred|internal error|backend error|network|failed to fetch/i,
    en: 'Google’s service did not answer in time. Nothing was lost; run again in a minute.',
    ru: 'Сервис Google не ответил вовремя. Ничего не потеряно; запустите снова через минуту.',
  },
];

/** The user's text for a Google error, or null when the message is not one of Google's (the add-on's own are already translated). */
export function explainGoogleError(message: string, lang: Lang): string | null {
  const known = KNOWN.find((k) => k.match.test(message));
  return known ? known[lang] : null;
}
