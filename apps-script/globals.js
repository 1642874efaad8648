/**
 * The add-on's top-level functions, copied as is into the pushed project:
 * Sheets finds custom functions, triggers and menu handlers only as plain
 * top-level declarations, and lists a custom function (with autocomplete)
 * only from a JSDoc block with @customfunction above it. Custom functions
 * call the light bundle (`KamFunctions`, kam-functions.js); the menu and
 * the sidebar call `kamCore_()` (kam-core.js), which loads the rest on first
 * use. Names ending in `_` are hidden from google.script.run; the sidebar
 * calls the `kam…` functions.
 *
 * @example
 * // in a cell
 * =ABCXYZ(A2:A, B2:B, C2:C, "abc=80/95 xyz=10/25 lang=ru")
 */

/**
 * ABC class (A, B, C) of each total: A makes the first 80% of the sum, B the next 15%, C the rest. Blank cells stay blank;
 * text numbers are read in the sheet's locale; a first row of labels is a header.
 * Класс ABC каждой суммы: A — первые 80% суммы, B — следующие 15%, C — остальное. Пустые ячейки остаются пустыми.
 * Example / пример: =ABC(B2:B) · =ABC(B1:B, 70%, 90%) · =ABC(B2:B, "errors=skip")
 * Options / параметры (text, or a range of cells; ";" "," or spaces between; English or Russian values):
 *   abc=80/95 (or 0.8/0.95, 80%/95%) ABC thresholds / пороги ABC (instead of a, b / вместо a, b);
 *   rule=before|including (до|включая) boundary client / клиент на границе;
 *   xyz=10/25 (or 0.1/0.25) XYZ thresholds, CV / пороги XYZ по коэф. вариации;
 *   deviation=population|sample (генеральная|выборочная);
 *   series=window|first-purchase (окно|первая-покупка) where a series starts / начало ряда;
 *   period=month|week|quarter (месяц|неделя|квартал);
 *   measure=revenue|profit|quantity (выручка|прибыль|количество) ABC by / ABC по;
 *   from=2024-01-01 to=2024-12-31 window, ISO or the sheet's date order / окно анализа, ISO или формат таблицы;
 *   dates=auto|dmy|mdy order of dates typed as text / порядок дат в тексте;
 *   lang=ru|en language of headers and errors / язык заголовков и ошибок;
 *   errors=skip (пропустить) skip bad rows and count them in a last row / пропускать плохие строки и считать их в последней строке;
 *   headers=1|0 the first row is (not) a header, default: detected / первая строка — (не) заголовок, по умолчанию определяется;
 *   header=false (нет) no header row in the result / результат без строки заголовков.
 * A bad cell stops with "row N of the range" unless errors=skip. Ids come back in their own type; Sheets keeps
 * leading zeros of an INN only as text. / Ошибочная ячейка — ошибка «строка N диапазона», если нет errors=skip.
 * Идентификаторы возвращаются в своём типе; ИНН с ведущими нулями Sheets хранит только как текст.
 *
 * @param {number[][]} values Per-client totals, e.g. B2:B. / Суммы по клиентам, например B2:B.
 * @param {number} [a] Cumulative share that ends class A: 80% or 0.8 (default 80%), or an options text. / Граница A: 80% или 0,8.
 * @param {number} [b] Cumulative share that ends class B: 95% or 0.95 (default 95%). / Граница B: 95% или 0,95.
 * @param {string} [options] Options, e.g. "errors=skip headers=1 header=false". / Параметры.
 * @return The class of each total, aligned with the input rows. / Класс каждой суммы, строка в строку.
 * @customfunction
 */
function ABC(values, a, b, options) {
  return KamFunctions.abc(values, a, b, options);
}

/**
 * XYZ class (X, Y, Z) of each row of amounts per period by the coefficient of variation: X up to 10%, Y up to 25%, Z above.
 * A blank cell is a period without sales. One column of several rows (=XYZ(B2:B13)) is read as ONE series: one client's
 * months down a column gives one class. For many clients give one row per client (=XYZ(C2:N)).
 * Класс XYZ каждой строки сумм по периодам по коэффициенту вариации: X до 10%, Y до 25%, Z выше. Пустая ячейка — период
 * без продаж. Один столбец из нескольких строк читается как ОДИН ряд (один класс); для многих клиентов — строка на клиента.
 * Example / пример: =XYZ(C2:N) · =XYZ(C2:N, 5%, 20%) · =XYZ(B2:B13) · =XYZ(C1:N, "deviation=sample errors=skip")
 * Options / параметры (text, or a range of cells; ";" "," or spaces between; English or Russian values):
 *   abc=80/95 (or 0.8/0.95, 80%/95%) ABC thresholds / пороги ABC;
 *   rule=before|including (до|включая) boundary client / клиент на границе;
 *   xyz=10/25 (or 0.1/0.25) XYZ thresholds, CV / пороги XYZ по коэф. вариации;
 *   deviation=population|sample (генеральная|выборочная);
 *   series=window|first-purchase (окно|первая-покупка) where a series starts / начало ряда;
 *   period=month|week|quarter (месяц|неделя|квартал);
 *   measure=revenue|profit|quantity (выручка|прибыль|количество) ABC by / ABC по;
 *   from=2024-01-01 to=2024-12-31 window, ISO or the sheet's date order / окно анализа, ISO или формат таблицы;
 *   dates=auto|dmy|mdy order of dates typed as text / порядок дат в тексте;
 *   lang=ru|en language of headers and errors / язык заголовков и ошибок;
 *   errors=skip (пропустить) skip bad rows and count them in a last row / пропускать плохие строки и считать их в последней строке;
 *   headers=1|0 the first row is (not) a header, default: detected / первая строка — (не) заголовок, по умолчанию определяется;
 *   header=false (нет) no header row in the result / результат без строки заголовков.
 * A bad cell stops with "row N of the range" unless errors=skip. Ids come back in their own type; Sheets keeps
 * leading zeros of an INN only as text. / Ошибочная ячейка — ошибка «строка N диапазона», если нет errors=skip.
 * Идентификаторы возвращаются в своём типе; ИНН с ведущими нулями Sheets хранит только как текст.
 *
 * @param {number[][]} series One row per client, one column per period, e.g. C2:N. / Строка на клиента, столбец на период.
 * @param {number} [x] CV that ends class X: 10% or 0.1 (default 10%), or an options text. / Граница X: 10% или 0,1.
 * @param {number} [y] CV that ends class Y: 25% or 0.25 (default 25%). / Граница Y: 25% или 0,25.
 * @param {string} [options] Options, e.g. "errors=skip deviation=sample". / Параметры.
 * @return The class of each row (one class for a single column). / Класс каждой строки.
 * @customfunction
 */
function XYZ(series, x, y, options) {
  return KamFunctions.xyz(series, x, y, options);
}

/**
 * ABC-XYZ segmentation of raw transactions: a header row, then one row per client sorted by total: client, total, share,
 * cumulative share, ABC, CV, XYZ, segment (e.g. AX). Rows with a blank client are skipped.
 * Сегментация ABC-XYZ по транзакциям: строка заголовков, затем строка на клиента по убыванию суммы: клиент, сумма, доля,
 * накопленная доля, ABC, коэф. вариации, XYZ, сегмент (например AX). Строки без клиента пропускаются.
 * Example / пример: =ABCXYZ(A2:A, B2:B, C2:C) · =ABCXYZ(A2:A, B2:B, C2:E, "measure=profit") · =ABCXYZ(A1:A, B1:B, C1:C, "abc = 80 / 95; period=квартал; errors=skip")
 * Options / параметры (text, or a range of cells; ";" "," or spaces between; English or Russian values):
 *   abc=80/95 (or 0.8/0.95, 80%/95%) ABC thresholds / пороги ABC;
 *   rule=before|including (до|включая) boundary client / клиент на границе;
 *   xyz=10/25 (or 0.1/0.25) XYZ thresholds, CV / пороги XYZ по коэф. вариации;
 *   deviation=population|sample (генеральная|выборочная);
 *   series=window|first-purchase (окно|первая-покупка) where a series starts / начало ряда;
 *   period=month|week|quarter (месяц|неделя|квартал);
 *   measure=revenue|profit|quantity (выручка|прибыль|количество) ABC by / ABC по;
 *   from=2024-01-01 to=2024-12-31 window, ISO or the sheet's date order / окно анализа, ISO или формат таблицы;
 *   dates=auto|dmy|mdy order of dates typed as text / порядок дат в тексте;
 *   lang=ru|en language of headers and errors / язык заголовков и ошибок;
 *   errors=skip (пропустить) skip bad rows and count them in a last row / пропускать плохие строки и считать их в последней строке;
 *   headers=1|0 the first row is (not) a header, default: detected / первая строка — (не) заголовок, по умолчанию определяется;
 *   header=false (нет) no header row in the result / результат без строки заголовков.
 * A bad cell stops with "row N of the range" unless errors=skip. Ids come back in their own type; Sheets keeps
 * leading zeros of an INN only as text. / Ошибочная ячейка — ошибка «строка N диапазона», если нет errors=skip.
 * Идентификаторы возвращаются в своём типе; ИНН с ведущими нулями Sheets хранит только как текст.
 *
 * @param {string[][]} clients Client of each transaction, e.g. A2:A. / Клиент каждой транзакции, например A2:A.
 * @param {Date[][]} dates Date of each transaction, e.g. B2:B. / Дата каждой транзакции.
 * @param {number[][]} amounts Revenue (C2:C), or adjacent revenue, profit, quantity (C2:E). / Выручка или выручка, прибыль, количество.
 * @param {string} [options] Options, e.g. "abc=80/95 xyz=10/25 period=month measure=revenue lang=ru". / Параметры.
 * @return The segmentation table. / Таблица сегментов.
 * @customfunction
 */
function ABCXYZ(clients, dates, amounts, options) {
  return KamFunctions.abcxyz(clients, dates, amounts, options);
}

/**
 * Cumulative share of the total of each item, counting from the largest down (the Pareto curve). Only positive values count;
 * others stay blank. Накопленная доля каждой позиции от крупных к мелким (кривая Парето); учитываются только положительные.
 * Example / пример: =PARETO(B2:B) · =PARETO(B1:B, "headers=1 errors=skip")
 * Options / параметры: errors=skip (пропустить), headers=1|0, header=false (нет), lang=ru|en — as in ABCXYZ / как в ABCXYZ.
 * A bad cell stops with "row N of the range" unless errors=skip. Ids come back in their own type; Sheets keeps
 * leading zeros of an INN only as text. / Ошибочная ячейка — ошибка «строка N диапазона», если нет errors=skip.
 * Идентификаторы возвращаются в своём типе; ИНН с ведущими нулями Sheets хранит только как текст.
 *
 * @param {number[][]} values Per-client totals, e.g. B2:B. / Суммы по клиентам, например B2:B.
 * @param {string} [options] Options, e.g. "errors=skip". / Параметры.
 * @return The cumulative share of each item, aligned with the input rows. / Накопленная доля, строка в строку.
 * @customfunction
 */
function PARETO(values, options) {
  return KamFunctions.pareto(values, options);
}

/**
 * Share of the total held by the top fraction of items ("20% of clients make 80%").
 * Доля суммы у верхней доли позиций («20% клиентов дают 80%»).
 * Example / пример: =PARETO_TOP(B2:B) · =PARETO_TOP(B2:B, 10%) · =PARETO_TOP(B2:B, "errors=skip")
 * Options / параметры: errors=skip (пропустить), headers=1|0, lang=ru|en — as in ABCXYZ / как в ABCXYZ.
 * A bad cell stops with "row N of the range" unless errors=skip. Ids come back in their own type; Sheets keeps
 * leading zeros of an INN only as text. / Ошибочная ячейка — ошибка «строка N диапазона», если нет errors=skip.
 * Идентификаторы возвращаются в своём типе; ИНН с ведущими нулями Sheets хранит только как текст.
 *
 * @param {number[][]} values Per-client totals, e.g. B2:B. / Суммы по клиентам, например B2:B.
 * @param {number} [fraction] Top fraction of items: 20% or 0.2 (default 20%), or an options text. / Верхняя доля: 20% или 0,2.
 * @param {string} [options] Options, e.g. "errors=skip". / Параметры.
 * @return The share of the total, as a fraction. / Доля суммы.
 * @customfunction
 */
function PARETO_TOP(values, fraction, options) {
  return KamFunctions.paretoTop(values, fraction, options);
}

/**
 * Key-client score 0–100 of each client of raw transactions, with its tier (key, develop, maintain) and the reason
 * part by part: turnover, margin, reliability, tenure, trend, share of wallet, reputation. With the dossier (the
 * Accounts sheet, e.g. Accounts!A1:P) its potential, tags, the 3 P's and the payment delay count too; clients are
 * matched by id (INN, client code). /
 * Балл ключевого клиента 0–100 по каждому клиенту из транзакций, уровень (key — ключевой, develop — развивать,
 * maintain — поддерживать) и причина по частям: оборот, маржа, надёжность, стаж, динамика, доля закупок, репутация.
 * С досье (лист Accounts) учитываются потенциал, теги, 3 P и отсрочка платежа; клиенты сопоставляются по ИНН или коду.
 * Example / пример: =KEYSCORE(A2:A, B2:B, C2:D, Accounts!A1:P)
 * Options / параметры (weights=, tiers=, period=, lang=):
 *   weights=turnover=30,reputation=0 weights in %, renormalised / веса в %, пересчитываются;
 *   tiers=55/40 score from which key / develop / баллы уровней;
 *   period=month|week|quarter XYZ period / период XYZ;
 *   lang=ru|en language / язык.
 *
 * @param {string[][]} clients Client of each transaction, e.g. A2:A. / Клиент каждой транзакции, например A2:A.
 * @param {Date[][]} dates Date of each transaction, e.g. B2:B. / Дата каждой транзакции.
 * @param {number[][]} amounts Revenue (C2:C), or adjacent revenue, profit (C2:D). / Выручка или выручка и прибыль.
 * @param {string[][]} [accounts] The dossier with its header row, e.g. Accounts!A1:P. / Досье со строкой заголовков.
 * @param {string} [options] Options, e.g. tiers=60/40 lang=ru. / Параметры.
 * @return A header row, then client, score, tier, share of wallet, qualified, reason. / Заголовок и строки клиентов.
 * @customfunction
 */
function KEYSCORE(clients, dates, amounts, accounts, options) {
  return kamCore_().keyscore(clients, dates, amounts, accounts, options);
}

/** Adds the KAM menu. */
function onOpen(e) {
  kamCore_().onOpen(e);
}

/** Adds the KAM menu right after the add-on is installed. */
function onInstall(e) {
  kamCore_().onInstall(e);
}

/** Menu: KAM > Segment clients… */
function kamShowSegmentSidebar() {
  kamCore_().showSidebar('segment');
}

/** Menu: KAM > Share segments… */
function kamShowShareSidebar() {
  kamCore_().showSidebar('share');
}

/** Sidebar: the sheet, its headers and the columns found, re-read. */
function kamSidebarState(view) {
  return kamCore_().sidebarState(view);
}

/** Menu: KAM > Refresh segments (re-runs with the settings this document remembers). */
function kamRefreshSegments() {
  kamCore_().refreshSegments();
}

/** Sidebar: Run. */
function kamRunSegmentation(request) {
  return kamCore_().runSegmentation(request);
}

/** Sidebar: progress of a run, polled while it works. */
function kamProgress(runId) {
  return kamCore_().readProgress(runId);
}

/** Sidebar: share the Segments sheet. */
function kamShareSegments(request) {
  return kamCore_().shareSegments(request);
}

/** Sidebar: show the Segments or ABC-XYZ sheet. */
function kamActivateSheet(name) {
  kamCore_().activateSheet(name);
}
