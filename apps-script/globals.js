/**
 * The add-on's top-level functions, copied as is into the pushed project:
 * Sheets finds custom functions, triggers and menu handlers only as plain
 * top-level declarations, and lists a custom function (with autocomplete)
 * only from a JSDoc block with @customfunction above it. Each one calls into
 * the bundle (`KamCore`, built from main.ts), loaded into the same global
 * scope. Names ending in `_` would be hidden from google.script.run; the
 * sidebar calls the `kam…` functions.
 *
 * @example
 * // in a cell
 * =ABCXYZ(A2:A, B2:B, C2:C, "abc=80/95 xyz=10/25 lang=ru")
 */

/**
 * ABC class (A, B or C) of each total: A makes the first 80% of the sum, B the next 15%, C the rest.
 * Blank cells stay blank; numbers typed as text (1 234,56) are read.
 *
 * @param {number[][]} values Per-client totals, e.g. B2:B.
 * @param {number} [a] Cumulative share that ends class A: 80% or 0.8 (default 80%).
 * @param {number} [b] Cumulative share that ends class B: 95% or 0.95 (default 95%).
 * @return The class of each total, aligned with the input rows.
 * @customfunction
 */
function ABC(values, a, b) {
  return KamCore.abc(values, a, b);
}

/**
 * XYZ class (X, Y or Z) of each row of amounts per period, by the coefficient of variation:
 * X up to 10%, Y up to 25%, Z above. A blank cell is a period without sales.
 *
 * @param {number[][]} series One row per client, one column per period, e.g. C2:N.
 * @param {number} [x] CV that ends class X: 10% or 0.1 (default 10%).
 * @param {number} [y] CV that ends class Y: 25% or 0.25 (default 25%).
 * @return The class of each row.
 * @customfunction
 */
function XYZ(series, x, y) {
  return KamCore.xyz(series, x, y);
}

/**
 * ABC-XYZ segmentation of raw transactions: a header row, then one row per client sorted by total:
 * client, total, share, cumulative share, ABC, CV, XYZ, segment (e.g. AX).
 *
 * @param {string[][]} clients Client of each transaction, e.g. A2:A. Rows with a blank client are skipped.
 * @param {Date[][]} dates Date of each transaction, e.g. B2:B.
 * @param {number[][]} amounts Revenue of each transaction (e.g. C2:C), or adjacent columns revenue, profit, quantity.
 * @param {string} [options] Settings as one text, e.g. "abc=80/95 xyz=10/25 period=month measure=revenue lang=ru".
 * @return The segmentation table.
 * @customfunction
 */
function ABCXYZ(clients, dates, amounts, options) {
  return KamCore.abcxyz(clients, dates, amounts, options);
}

/**
 * Cumulative share of the total of each item, counting from the largest item down (the Pareto curve).
 * Only positive values count; others stay blank.
 *
 * @param {number[][]} values Per-client totals, e.g. B2:B.
 * @return The cumulative share of each item, aligned with the input rows.
 * @customfunction
 */
function PARETO(values) {
  return KamCore.pareto(values);
}

/**
 * Share of the total held by the top fraction of items (the "20% of clients make 80%" check).
 *
 * @param {number[][]} values Per-client totals, e.g. B2:B.
 * @param {number} [fraction] Top fraction of items: 20% or 0.2 (default 20%).
 * @return The share of the total, as a fraction.
 * @customfunction
 */
function PARETO_TOP(values, fraction) {
  return KamCore.paretoTop(values, fraction);
}

/**
 * Key-client score 0–100 of each client of raw transactions, with its tier (key, develop, maintain) and the reason
 * part by part: turnover, margin, reliability, tenure, trend, share of wallet, reputation.
 *
 * @param {string[][]} clients Client of each transaction, e.g. A2:A.
 * @param {Date[][]} dates Date of each transaction, e.g. B2:B.
 * @param {number[][]} amounts Revenue of each transaction (e.g. C2:C), or adjacent columns revenue, profit.
 * @param {string[][]} [accounts] The dossier with its header row, e.g. Accounts!A1:P: potential, tags, the 3 P's, payment delay.
 * @param {string} [options] Settings as one text, e.g. "weights=turnover=30,reputation=0 tiers=55/40 lang=ru".
 * @return A header row, then client, score, tier, share of wallet, qualified, reason; the highest score first.
 * @customfunction
 */
function KEYSCORE(clients, dates, amounts, accounts, options) {
  return KamCore.keyscore(clients, dates, amounts, accounts, options);
}

/** Adds the KAM menu. */
function onOpen(e) {
  KamCore.onOpen(e);
}

/** Adds the KAM menu right after the add-on is installed. */
function onInstall(e) {
  KamCore.onInstall(e);
}

/** Menu: KAM > Segment clients… */
function kamShowSegmentSidebar() {
  KamCore.showSidebar('segment');
}

/** Menu: KAM > Share segments… */
function kamShowShareSidebar() {
  KamCore.showSidebar('share');
}

/** Sidebar: the sheet, its headers and the columns found, re-read. */
function kamSidebarState(view) {
  return KamCore.sidebarState(view);
}

/** Sidebar: Run. */
function kamRunSegmentation(request) {
  return KamCore.runSegmentation(request);
}

/** Sidebar: progress of a run, polled while it works. */
function kamProgress(runId) {
  return KamCore.readProgress(runId);
}

/** Sidebar: share the Segments sheet. */
function kamShareSegments(request) {
  return KamCore.shareSegments(request);
}

/** Sidebar: show the Segments or ABC-XYZ sheet. */
function kamActivateSheet(name) {
  KamCore.activateSheet(name);
}
