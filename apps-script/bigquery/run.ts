/**
 * The sidebar's "Segment a BigQuery table", as short server calls:
 *
 * - `bigQueryEstimate`: a dry run; BigQuery says how many bytes the query
 *   would read (what on-demand pricing bills), and nothing is billed;
 * - `bigQueryStart`: starts the query job with named parameters and
 *   `maximumBytesBilled` as a hard cap, and empties the Segments sheet;
 * - `bigQueryStep`: one call per page: waits a little for the job
 *   (`getQueryResults` polls), writes one page of clients into Segments and
 *   remembers where it stopped; after the last page, the ABC-XYZ sheet.
 *
 * The run's state (job, page token, rows written) is saved in the user's
 * properties only after a page is in the sheet, so a step that fails
 * mid-way changes nothing a retry depends on: the retry reads the same page
 * again and writes it over the same rows.
 *
 * @example
 * const { bytes } = bigQueryEstimate(request);
 * bigQueryStart(request);
 * while (!bigQueryStep(request.runId).done);
 */
import { parseSegmentOptions, type SegmentOptions } from '../../shared/options.js';
import { segmentColumns } from '../../shared/segments-table.js';
import { bigQueryParameters, sqlParameters } from '../../shared/sql/parameters.js';
import { segmentationSql } from '../../shared/sql/segmentation-sql.js';
import type { SqlRow } from '../../shared/sql/segmentation-from-rows.js';
import { importMessages } from '../../shared/import/messages.js';
import { langOfLocale, sheetMessages } from '../messages.js';
import { services } from '../services.js';
import { checkAbc, checkXyz, defaultAbc } from '../thresholds.js';
import { bigQuery, decodeRows, type QueryRequest } from './bigquery-service.js';
import { bigQueryMessages } from './messages.js';
import { BigQueryRequestSchema, RunStateSchema, type BigQueryRequest, type RunState, type StepResult } from './request.js';
import { finishSegmentsSheets, PAGE_ROWS, SHEET_CELLS, startSegmentsSheet, writeSegmentsPage } from './segments-pages.js';

/** How long one step waits for the job before answering the sidebar (short calls keep the sidebar responsive and far from Apps Script's 6-minute limit). */
const WAIT_MS = 15_000;

const stateKey = (runId: string) => `kam-bigquery:${runId}`;

type Properties = { getProperty(key: string): string | null; setProperty(key: string, value: string): unknown; deleteProperty?(key: string): unknown };

function properties(): Properties {
  return services().PropertiesService.getUserProperties() as Properties;
}

function context() {
  const spreadsheet = services().SpreadsheetApp.getActive();
  const lang = langOfLocale(spreadsheet.getSpreadsheetLocale());
  return { spreadsheet, lang, m: bigQueryMessages(lang) };
}

function optionsOf(request: BigQueryRequest, lang: SegmentOptions['lang']): SegmentOptions {
  const sheetTexts = sheetMessages(lang);
  const abc = checkAbc(request.abc.a, request.abc.b, defaultAbc.rule, sheetTexts);
  const xyz = checkXyz(request.xyz.x, request.xyz.y, sheetTexts);
  return parseSegmentOptions({ measure: request.measure, period: request.period, from: request.from, to: request.to, abc, xyz, lang });
}

function queryOf(input: unknown): { request: BigQueryRequest; options: SegmentOptions; body: QueryRequest } {
  const { lang, m } = context();
  const request = BigQueryRequestSchema.parse(input);
  const options = optionsOf(request, lang);
  if (request.measure !== 'revenue' && !request.columns[request.measure]) throw new Error(m.needColumn(importMessages(lang).roleNames[request.measure]));
  const parts = request.table.split('.').length;
  if (parts === 1) throw new Error(m.tableNeedsDataset(request.table));
  const table = parts === 2 ? `${request.project}.${request.table}` : request.table;
  const query = segmentationSql('bigquery', { table, columns: request.columns });
  return {
    request,
    options,
    body: {
      query,
      useLegacySql: false,
      parameterMode: 'NAMED',
      queryParameters: bigQueryParameters(sqlParameters(options)),
      maximumBytesBilled: String(Math.floor(request.maxGigabytes * 1e9)),
    },
  };
}

/** A dry run: bytes the query would read, nothing billed. */
export function bigQueryEstimate(input: unknown): { bytes: number; text: string; overCap: boolean } {
  const { m } = context();
  const { request, body } = queryOf(input);
  const response = bigQuery(m.noService).Jobs.query({ ...body, dryRun: true }, request.project);
  const bytes = Number(response.totalBytesProcessed ?? 0);
  const overCap = bytes > request.maxGigabytes * 1e9;
  return { bytes, overCap, text: m.estimateResult(bytes) + (overCap ? ' ' + m.overCap(bytes, request.maxGigabytes) : '') };
}

/** Starts the job and empties Segments; the sidebar then calls bigQueryStep until done. */
export function bigQueryStart(input: unknown): StepResult {
  const { spreadsheet, m } = context();
  const { request, options, body } = queryOf(input);
  const response = bigQuery(m.noService).Jobs.query({ ...body, maxResults: 0, timeoutMs: 1000 }, request.project);
  if (!response.jobReference) throw new Error(m.failed('no job'));
  startSegmentsSheet(spreadsheet, options.lang);
  const state: RunState = { job: response.jobReference, request, written: 0, done: false, pagesDone: false };
  properties().setProperty(stateKey(request.runId), JSON.stringify(state));
  return { done: false, percent: 2, text: m.waiting(0), written: 0 };
}

/** One page, or one wait for the job; resumable after any failure. */
export function bigQueryStep(runId: unknown): StepResult {
  const { spreadsheet, lang, m } = context();
  const saved = typeof runId === 'string' ? properties().getProperty(stateKey(runId)) : null;
  if (!saved) throw new Error(m.noRun);
  const state = RunStateSchema.parse(JSON.parse(saved));
  const options = optionsOf(state.request, lang);
  const save = () => properties().setProperty(stateKey(state.request.runId), JSON.stringify(state));
  const total = state.totalRows ?? 0;
  if (state.done) return { done: true, percent: 100, text: m.done(state.written), written: state.written, total };

  if (!state.pagesDone) {
    const { job } = state;
    const response = bigQuery(m.noService).Jobs.getQueryResults(job.projectId, job.jobId, { location: job.location, pageToken: state.pageToken, maxResults: PAGE_ROWS, timeoutMs: WAIT_MS });
    if (!response.jobComplete) return { done: false, percent: 5, text: m.waiting(Math.round(WAIT_MS / 1000)), written: state.written };
    const totalRows = Number(response.totalRows ?? 0);
    if (totalRows * segmentColumns.length > SHEET_CELLS) throw new Error(m.tooMany(totalRows));
    const rows = decodeRows(response) as SqlRow[];
    const page = writeSegmentsPage(spreadsheet, state.written, rows, totalRows, options);
    services().SpreadsheetApp.flush();
    if (page.window && !state.window) state.window = { ...page.window, asOf: page.asOf ?? page.window.to };
    state.written += rows.length;
    state.totalRows = totalRows;
    state.pageToken = response.pageToken;
    state.pagesDone = !response.pageToken || rows.length === 0;
    save();
    if (!state.pagesDone) return { done: false, percent: 10 + Math.round((state.written / Math.max(totalRows, 1)) * 80), text: m.writing(state.written, totalRows), written: state.written, total: totalRows };
  }

  const window = state.window ? { from: state.window.from, to: state.window.to, periods: state.window.periods } : undefined;
  finishSegmentsSheets(spreadsheet, state.written, options, window, state.window?.asOf);
  services().SpreadsheetApp.flush();
  state.done = true;
  save();
  return { done: true, percent: 100, text: m.done(state.written), written: state.written, total: state.totalRows };
}
