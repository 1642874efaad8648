/**
 * The key-accounts part of the sidebar's Run, around the core run: before
 * the `Segments` sheet is written, the `Accounts` sheet is refreshed (new
 * clients added, typed cells kept) and read, and the clients scored with
 * it; after, the score columns go to `Segments`, and the `Movement` (last
 * 12 periods against the 12 before), `Portfolio` and `Win-back` sheets are
 * written. All of it is the core's: this file only moves cells.
 *
 * @example
 * const keyAccounts = prepareKeyAccounts(spreadsheet, columns, reading, result, lang);
 * const rows = toSegmentRows(result, lang, keyAccounts.extras);
 * keyAccounts.write(writeSegmentsSheet(spreadsheet, rows, lang), rows);
 */
import type { Account } from '../../shared/key-accounts/account.js';
import { createLapseHistory } from '../../shared/key-accounts/lapse-history.js';
import { compareWindows, lastWindows, type ClientMovement } from '../../shared/key-accounts/movement.js';
import { portfolioColumns, portfolioRows } from '../../shared/key-accounts/portfolio.js';
import { AccountsError } from '../../shared/key-accounts/read-accounts.js';
import { scoreClients, type KeyScore } from '../../shared/key-accounts/score.js';
import { winbackColumns, winbackRows } from '../../shared/key-accounts/winback.js';
import type { Lang } from '../../shared/options.js';
import { createSegmenter, type Segmentation } from '../../shared/segment.js';
import type { SegmentRow } from '../../shared/segments-table.js';
import { readColumnTransactions, type CellReading, type TransactionColumns } from '../column-transactions.js';
import type { GasSheet, GasSpreadsheet } from '../gas-types.js';
import { refreshAccountsSheet } from './accounts-sheet.js';
import { keyAccountSheetMessages } from './messages.js';
import { writeMovementSheet } from './movement-sheet.js';
import { appendScoreColumns } from './segments-score-columns.js';
import { PORTFOLIO_SHEET, WINBACK_SHEET } from './sheet-names.js';
import { writeTableSheet } from './table-sheet.js';

export type KeyAccountsStep = {
  extras: { accounts: Map<string, Account>; scores: KeyScore[] };
  problems: string[];
  write(segmentsSheet: GasSheet, rows: readonly SegmentRow[]): void;
};

export function prepareKeyAccounts(spreadsheet: GasSpreadsheet, columns: TransactionColumns, reading: CellReading, result: Segmentation, lang: Lang): KeyAccountsStep {
  const m = keyAccountSheetMessages(lang);
  const problems: string[] = [];
  let accounts = new Map<string, Account>();
  try {
    const refresh = refreshAccountsSheet(spreadsheet, result.clients, lang, reading.dayOf);
    accounts = refresh.accounts;
    problems.push(...refresh.problems);
  } catch (error) {
    if (!(error instanceof AccountsError)) throw error;
    problems.push(error.message);
  }

  // One more pass over the columns already read: the last 12 periods, the 12 before, and every client's history.
  const { options } = result;
  // No usable row at all: no windows to compare, and every key-account sheet is written empty.
  const last = result.asOf ?? result.window?.to;
  const windows = last ? lastWindows(last, options.period) : undefined;
  const current = createSegmenter({ ...options, ...(windows && { from: windows.current.from, to: windows.current.to }), asOf: undefined });
  const previous = createSegmenter({ ...options, ...(windows && { from: windows.previous.from, to: windows.previous.to }), asOf: undefined });
  const history = createLapseHistory();
  if (windows) {
    readColumnTransactions(columns, reading, (t) => {
      current.add(t);
      previous.add(t);
      history.add(t);
    }, () => undefined);
  }
  const now = current.finish();
  const before = previous.finish();
  const scores = scoreClients(result, accounts, undefined, history.firstPurchase);

  return {
    extras: { accounts, scores },
    problems,
    write(segmentsSheet, rows) {
      appendScoreColumns(segmentsSheet, rows, lang);
      const movement = compareWindows(now, before);
      writeMovementSheet(spreadsheet, movement, now, before, lang);
      const portfolio = portfolioRows(result.clients, scores, { accounts });
      writeTableSheet(spreadsheet, PORTFOLIO_SHEET, portfolioColumns, portfolio, m.portfolioNotes, { clients: '0', a_clients: '0', key_accounts: '0', revenue: '#,##0.00', share: '0.0%', at_risk: '0', lost: '0' });
      // The class before the lapse is the previous window's; every lapsed client is already in the whole-data run.
      const classBefore = new Map<string, ClientMovement>(before.clients.map((c) => [c.client, { prevAbc: c.abc, prevXyz: c.xyz, prevSegment: c.segment, movement: 'same' }]));
      const winback = winbackRows({ current: result, movement: { byClient: classBefore, gone: [] }, history, accounts });
      writeTableSheet(spreadsheet, WINBACK_SHEET, winbackColumns, winback, m.winbackNotes, { revenue_12m: '#,##0.00', last_purchase: 'yyyy-mm-dd', days_since: '0', usual_gap: '0', next_step_date: 'yyyy-mm-dd' });
    },
  };
}
