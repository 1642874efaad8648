/**
 * The sidebar's Run: reads the confirmed columns of the transactions sheet,
 * segments with the core, and writes (or rewrites) the `Segments` and
 * `ABC-XYZ` sheets, reporting progress as it goes. Unreadable rows are
 * skipped and counted, as the CLI does; the source sheet is only read.
 *
 * @example
 * runSegmentation({ runId: 'r1', sheet: 'Sales', columns: { client: 0, date: 1, amount: 2 }, measure: 'revenue', period: 'month', abc: { a: 0.8, b: 0.95 }, xyz: { x: 0.1, y: 0.25 } });
 * // { clients: 120, rows: 10000, skipped: 0, summary: '120 clients from 10000 rows.', problems: [] }
 */
import { importMessages } from '../shared/import/messages.js';
import { REQUIRED_ROLES } from '../shared/import/roles.js';
import { createSegmenter } from '../shared/segment.js';
import { toSegmentRows } from '../shared/segments-table.js';
import { describeProblem, readColumnTransactions, settleReading } from './column-transactions.js';
import { prepareKeyAccounts } from './key-accounts/run-key-accounts.js';
import { writeMatrixSheet } from './matrix-sheet.js';
import { sheetMessages } from './messages.js';
import { OUTPUT_SHEETS } from './output-sheet.js';
import { reportProgress } from './progress.js';
import { RunRequestSchema, type RunResult } from './run-request.js';
import { rememberRunSettings } from './run-settings.js';
import { writeSegmentsSheet } from './segments-sheet.js';
import { services } from './services.js';
import { dataRowCount, readSheetColumns } from './sheet-columns.js';
import { createDayReader } from './sheet-dates.js';
import { numberReader } from './locale-numbers.js';
import { contextOf } from './spreadsheet-context.js';
import { checkAbc, checkXyz, defaultAbc } from './thresholds.js';

const MAX_PROBLEMS_SHOWN = 5;

export function runSegmentation(input: unknown): RunResult {
  const request = RunRequestSchema.parse(input);
  const { SpreadsheetApp } = services();
  const spreadsheet = SpreadsheetApp.getActive();
  const context = contextOf(spreadsheet.getSpreadsheetLocale(), spreadsheet.getSpreadsheetTimeZone());
  const lang = context.lang;
  const m = sheetMessages(lang);
  const roleNames = importMessages(lang).roleNames;

  if (OUTPUT_SHEETS.includes(request.sheet)) throw new Error(m.outputIsSource(request.sheet));
  const sheet = spreadsheet.getSheetByName(request.sheet);
  if (!sheet) throw new Error(m.noSheet(request.sheet));
  const { columns: map } = request;
  for (const role of REQUIRED_ROLES) if (map[role] === undefined) throw new Error(m.missingColumn(roleNames[role]));
  if (request.measure !== 'revenue' && map[request.measure] === undefined) throw new Error(m.missingColumn(roleNames[request.measure]));
  for (const [i, a] of REQUIRED_ROLES.entries()) {
    for (const b of REQUIRED_ROLES.slice(i + 1)) if (map[a] === map[b]) throw new Error(m.sameColumn(roleNames[a], roleNames[b]));
  }
  const abc = checkAbc(request.abc.a, request.abc.b, defaultAbc.rule, m);
  const xyz = checkXyz(request.xyz.x, request.xyz.y, m);
  if (dataRowCount(sheet) === 0) throw new Error(m.noDataRows(request.sheet));

  const progress = (percent: number, text: string) => reportProgress(request.runId, { percent: Math.round(percent), text });
  progress(0, m.progressReading(0, dataRowCount(sheet)));
  const columns = readSheetColumns(sheet, map, (done, total) => progress((done / total) * 60, m.progressReading(done, total)));

  progress(65, m.progressSegmenting);
  const reading = settleReading(columns, createDayReader(context.timeZone), 'auto', numberReader(context.marks), context.dateOrder);
  const segmenter = createSegmenter({ measure: request.measure, period: request.period, abc, xyz, lang });
  const problems: string[] = [];
  let skipped = 0;
  const rows = readColumnTransactions(columns, reading, segmenter.add, (problem) => {
    skipped++;
    // Sheet row numbers: the header is row 1.
    if (problems.length < MAX_PROBLEMS_SHOWN) problems.push(describeProblem(problem, m.row(problem.index + 2), m));
  });
  const result = segmenter.finish();

  progress(80, m.progressWriting);
  const keyAccounts = prepareKeyAccounts(spreadsheet, columns, reading, result, lang);
  const segmentRows = toSegmentRows(result, lang, keyAccounts.extras);
  keyAccounts.write(writeSegmentsSheet(spreadsheet, segmentRows, lang), segmentRows);
  for (const problem of keyAccounts.problems) if (problems.length < MAX_PROBLEMS_SHOWN) problems.push(problem);
  writeMatrixSheet(spreadsheet, result);
  SpreadsheetApp.flush();
  const { runId: _, ...settings } = request;
  rememberRunSettings(settings);
  const summary = m.summary(result.clients.length, rows, skipped);
  progress(100, summary);
  return { clients: result.clients.length, rows, skipped, summary, problems };
}
