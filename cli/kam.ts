/**
 * `kam`: the command line for analysts and for a first run.
 * Exit codes: 0 success (rejected rows are reported), 1 bad input, 2 bad usage.
 * Everything written to the terminal passes through terminal-text.ts, so
 * control characters and bidi overrides from the data show as `\x1b`-style
 * escapes instead of acting on the terminal.
 *
 * @example
 * // npx kam segment sample/transactions.csv --out segments.csv --lang ru
 */
import { accessSync, closeSync, constants, createReadStream, openSync, realpathSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { createTransactionImporter, ImportError, type ImportReport } from '../shared/import/index.js';
import { OptionsError } from '../shared/options.js';
import { createSegmenter, type Segmentation, type Segmenter } from '../shared/segment.js';
import { formatSegmentsJson, segmentsCsvChunks, toSegmentRows, type KeyAccountExtras } from '../shared/segments-table.js';
import { defaultLang, parseCliArgs, UsageError } from './args.js';
import { cliMessages } from './messages.js';
import { formatReport } from './report.js';
import { escapeControls, terminalSafe } from './terminal-text.js';
import { createKeyAccountRun, keyAccountsWanted, KeyAccountsInputError, needsLastDate, type KeyAccountRun } from './key-accounts.js';
import { keyAccountCliMessages } from './key-account-messages.js';
import { createDuckDbSegmenter, EngineUnavailable, type DuckDbSegmenter } from './duckdb-engine.js';
import { runSqlCommand, takeEngineFlag } from './sql-command.js';

async function main(argv: string[]): Promise<number> {
  const fallbackLang = defaultLang(process.env, argv);
  if (argv[0] === 'sql') return runSqlCommand(argv.slice(1), fallbackLang, (t) => process.stdout.write(t), (t) => process.stderr.write(t));
  let args, engine;
  try {
    ({ engine, argv } = takeEngineFlag(argv, fallbackLang));
    args = parseCliArgs(argv, fallbackLang);
  } catch (error) {
    if (error instanceof UsageError) return usage(cliMessages[fallbackLang].badUsage(error.message));
    throw error;
  }
  const m = cliMessages[args.lang];
  if (args.help) {
    out(m.usage + '\n\n' + keyAccountCliMessages[args.lang].usage);
    return 0;
  }
  if (args.out && !/\.(csv|json)$/i.test(args.out)) return usage(m.badValue('out', args.out, 'FILE.csv | FILE.json'));

  let segmenter: Segmenter | DuckDbSegmenter;
  try {
    segmenter = engine === 'duckdb' ? await createDuckDbSegmenter(args.segment, args.lang) : createSegmenter(args.segment);
  } catch (error) {
    if (error instanceof OptionsError) return usage(m.badUsage(error.message));
    if (error instanceof EngineUnavailable) return fail(error.message);
    throw error;
  }

  let size: number;
  try {
    size = statSync(args.file).size;
  } catch (error) {
    return fail(m.cannotRead(escapeControls(args.file), ioReason(error, m.ioReasons, 'file')));
  }
  if (args.out) {
    // Checked before a long read: the table must not replace the data, and a bad path should fail at once.
    if (sameFile(args.file, args.out)) return usage(m.outIsInput(escapeControls(args.out), escapeControls(args.file)));
    const unwritable = writeProblem(args.out, m.ioReasons);
    if (unwritable) return fail(m.cannotWrite(escapeControls(args.out), unwritable));
  }

  let report: ImportReport;
  // Key accounts: --previous without --to needs the last date before it can set the windows (one quick pass first).
  let keyRun: KeyAccountRun | undefined;
  try {
    let lastDate = '';
    if (needsLastDate(args)) {
      note(keyAccountCliMessages[args.lang].scanning);
      await readTransactions(args.file, size, args.import, (t) => void (t.date > lastDate && (lastDate = t.date)), (percent, rows) => m.progress(escapeControls(basename(args.file)), percent, rows));
    }
    if (keyAccountsWanted(args)) {
      keyRun = createKeyAccountRun(args, lastDate || undefined);
      // --previous set the window: the main segmenter (of either engine) counts that window only.
      if (keyRun.segment !== args.segment) segmenter = engine === 'duckdb' ? await createDuckDbSegmenter(keyRun.segment, args.lang) : createSegmenter(keyRun.segment);
    }
  } catch (error) {
    if (error instanceof ImportError) return fail(m.cannotRead(escapeControls(args.file), escapeControls(error.message)));
    if (error instanceof KeyAccountsInputError) return fail(m.cannotRead(escapeControls(error.file), escapeControls(error.message)));
    if ((error as NodeJS.ErrnoException).code) return fail(m.cannotRead(escapeControls(args.file), ioReason(error, m.ioReasons, 'file')));
    throw error;
  }
  const main = segmenter;
  const run = keyRun;
  const feed: Segmenter['add'] = run ? (t) => (main.add(t), run.add(t)) : main.add;
  const measure = args.segment.measure ?? 'revenue';
  // Rows that carry the measure ranked by: a profit or quantity column may exist and still be empty.
  let withMeasure = 0;
  const add: typeof segmenter.add =
    measure === 'revenue'
      ? feed
      : (t) => {
          if (t[measure] !== undefined) withMeasure++;
          feed(t);
        };
  try {
    report = await readTransactions(args.file, size, args.import, add, (percent, rows) => m.progress(escapeControls(basename(args.file)), percent, rows));
  } catch (error) {
    if (error instanceof ImportError) return fail(m.cannotRead(escapeControls(args.file), escapeControls(error.message)));
    if ((error as NodeJS.ErrnoException).code) return fail(m.cannotRead(escapeControls(args.file), ioReason(error, m.ioReasons, 'file')));
    throw error;
  }
  // Warnings about the file that are not rejections (two columns that could be the amount, ...), from importers that report them.
  for (const warning of report.warnings) note(m.warning(escapeControls(warning)));

  note(m.rows(report.read, report.used, report.rejected));
  note(m.lines(report.lines));
  for (const e of report.errors.slice(0, 10)) note(m.rejectedLine(e.line, escapeControls(e.reason)));
  if (report.rejected > 10) note(m.moreRejected(report.rejected - 10));
  if (args.strict && report.rejected > 0) return fail(m.strictFailed(report.rejected));
  if (measure !== 'revenue') {
    const column = report.columns[measure];
    if (column === undefined) return fail(m.measureMissing(m.measures[measure], measure));
    if (report.used > 0 && withMeasure === 0) return fail(m.measureEmpty(m.measures[measure], measure, escapeControls(column)));
  }

  const result = await segmenter.finish();
  if (result.transactions.rejected) note(m.tooLarge(result.transactions.rejected));
  if (args.strict && result.transactions.rejected > 0) return fail(m.strictFailed(result.transactions.rejected));
  // Rows of the previous window were compared, not left out.
  const outside = result.transactions.outsideWindow - (keyRun?.previousUsed() ?? 0);
  if (outside) note(m.outsideWindow(outside));
  if (!result.clients.length) return fail(m.noClients);
  out(formatReport(result, args.top));
  // The score's reasons (a long text per client) go into the table when the run is about key accounts.
  let extras: KeyAccountExtras = { scoreReasons: false };
  if (keyRun) {
    let done;
    try {
      done = keyRun.finish(result);
    } catch (error) {
      const path = (error as NodeJS.ErrnoException).path;
      if ((error as NodeJS.ErrnoException).code && path) return fail(m.cannotWrite(escapeControls(path), ioReason(error, m.ioReasons, 'folder')));
      throw error;
    }
    out('\n' + done.text);
    for (const line of done.written) note(line);
    extras = done.extras;
  }

  if (args.out) {
    try {
      writeTable(args.out, result, extras);
    } catch (error) {
      return fail(m.cannotWrite(escapeControls(args.out), ioReason(error, m.ioReasons, 'folder')));
    }
    note(m.written(escapeControls(args.out), result.clients.length + (extras.movement?.gone.length ?? 0)));
  }
  return 0;
}

/** Writes the segments table as JSON, or as CSV streamed row by row so a large table never sits in memory whole. */
function writeTable(path: string, result: Segmentation, extras: KeyAccountExtras): void {
  if (/\.json$/i.test(path)) return writeFileSync(path, formatSegmentsJson(toSegmentRows(result, result.options.lang, extras)));
  const fd = openSync(path, 'w');
  try {
    for (const chunk of segmentsCsvChunks(result, result.options.lang, undefined, extras)) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/** Streams the file through the importer so memory follows clients, not rows; prints progress after a second. */
async function readTransactions(
  file: string,
  size: number,
  options: Parameters<typeof createTransactionImporter>[0],
  add: Parameters<typeof createTransactionImporter>[1],
  progressText: (percent: number, rows: number) => string,
): Promise<ImportReport> {
  let rows = 0;
  const importer = createTransactionImporter(options, (t) => {
    rows++;
    add(t);
  });
  const started = Date.now();
  // Tests lower the one-second threshold to see the progress line on a small file.
  const after = Number(process.env.KAM_PROGRESS_AFTER_MS ?? 1000);
  let lastProgress = started;
  let bytes = 0;
  let shown = false;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    importer.push(chunk as Uint8Array);
    bytes += (chunk as Uint8Array).length;
    const now = Date.now();
    if (now - started >= after && now - lastProgress >= Math.min(250, after)) {
      lastProgress = now;
      shown = true;
      if (process.stderr.isTTY) process.stderr.write(`\r${progressText(Math.round((bytes / Math.max(size, 1)) * 100), rows)}`);
      else process.stderr.write(progressText(Math.round((bytes / Math.max(size, 1)) * 100), rows) + '\n');
    }
  }
  const report = importer.end();
  if (shown && process.stderr.isTTY) process.stderr.write('\n');
  return report;
}

type IoReasons = (typeof cliMessages)['en']['ioReasons'];

/** A file-system error in the user's language where it is a common one, else the system's text. */
function ioReason(error: unknown, reasons: IoReasons, missing: 'file' | 'folder'): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return missing === 'file' ? reasons.noSuchFile : reasons.noSuchFolder;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return reasons.denied;
  if (code === 'EISDIR') return reasons.isFolder;
  return escapeControls((error as Error).message);
}

/** True when both paths name one file, through symlinks, `..` and hard links alike. */
function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    if (x.ino !== 0 && x.dev === y.dev && x.ino === y.ino) return true;
    return realpathSync.native(a) === realpathSync.native(b);
  } catch {
    return false; // `b` does not exist yet
  }
}

/** Why `out` cannot be written (a missing folder, no permission, a folder by that name), or undefined. */
function writeProblem(out: string, reasons: IoReasons): string | undefined {
  try {
    if (statSync(out).isDirectory()) return reasons.isFolder;
    accessSync(out, constants.W_OK);
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return ioReason(error, reasons, 'folder');
  }
  try {
    const folder = dirname(resolve(out));
    if (!statSync(folder).isDirectory()) return reasons.noSuchFolder;
    accessSync(folder, constants.W_OK);
    return undefined;
  } catch (error) {
    return ioReason(error, reasons, 'folder');
  }
}

/** The report, on stdout. */
function out(text: string): void {
  process.stdout.write(terminalSafe(text) + '\n');
}

/** Counts, rejected lines and other notes, on stderr. */
function note(text: string): void {
  process.stderr.write(terminalSafe(text) + '\n');
}

function usage(message: string): number {
  note(message);
  return 2;
}

function fail(message: string): number {
  note(message);
  return 1;
}

// `kam segment … | head` closes the pipe early: that is the reader's choice, not an error (the table is still written).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not bad input: say so in one line, keep the stack for a report behind KAM_DEBUG.
    process.stderr.write(`kam: internal error: ${escapeControls(String((error as Error).message))}\n`);
    if (process.env.KAM_DEBUG) process.stderr.write(terminalSafe(String((error as Error).stack)) + '\n');
    process.exitCode = 1;
  },
);
