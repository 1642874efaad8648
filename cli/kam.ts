/**
 * `kam`: the command line for analysts and for a first run.
 * Exit codes: 0 success (rejected rows are reported), 1 bad input, 2 bad usage.
 *
 * @example
 * // npx kam segment sample/transactions.csv --out segments.csv --lang ru
 */
import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createTransactionImporter, ImportError, type ImportReport } from '../shared/import/index.js';
import { OptionsError } from '../shared/options.js';
import { createSegmenter, type Segmenter } from '../shared/segment.js';
import { formatSegmentsCsv, formatSegmentsJson, toSegmentRows } from '../shared/segments-table.js';
import { defaultLang, parseCliArgs, UsageError } from './args.js';
import { cliMessages } from './messages.js';
import { formatReport } from './report.js';
import { createKeyAccountRun, keyAccountsWanted, KeyAccountsInputError, needsLastDate, type KeyAccountRun } from './key-accounts.js';
import { keyAccountCliMessages } from './key-account-messages.js';

async function main(argv: string[]): Promise<number> {
  const fallbackLang = defaultLang(process.env);
  let args;
  try {
    args = parseCliArgs(argv, fallbackLang);
  } catch (error) {
    if (error instanceof UsageError) return usage(cliMessages[fallbackLang].badUsage(error.message));
    throw error;
  }
  const m = cliMessages[args.lang];
  if (args.help) {
    process.stdout.write(m.usage + '\n\n' + keyAccountCliMessages[args.lang].usage + '\n');
    return 0;
  }
  if (args.out && !/\.(csv|json)$/i.test(args.out)) return usage(m.badValue('out', args.out, 'FILE.csv | FILE.json'));

  let segmenter: Segmenter;
  try {
    segmenter = createSegmenter(args.segment);
  } catch (error) {
    if (error instanceof OptionsError) return usage(m.badUsage(error.message));
    throw error;
  }

  let size: number;
  try {
    size = statSync(args.file).size;
  } catch (error) {
    return fail(m.cannotRead(args.file, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message));
  }

  let report: ImportReport;
  let keyRun: KeyAccountRun | undefined;
  try {
    // --previous without --to needs the last date before it can set the windows: one quick pass first.
    let lastDate = '';
    if (needsLastDate(args)) {
      process.stderr.write(keyAccountCliMessages[args.lang].scanning + '\n');
      await readTransactions(args.file, size, args.import, (t) => void (t.date > lastDate && (lastDate = t.date)), (percent, rows) => m.progress(basename(args.file), percent, rows));
    }
    if (keyAccountsWanted(args)) {
      keyRun = createKeyAccountRun(args, lastDate || undefined);
      segmenter = createSegmenter(keyRun.segment);
    }
    const run = keyRun;
    const add = run ? (t: Parameters<Segmenter['add']>[0]) => (segmenter.add(t), run.add(t)) : segmenter.add;
    report = await readTransactions(args.file, size, args.import, add, (percent, rows) => m.progress(basename(args.file), percent, rows));
  } catch (error) {
    if (error instanceof ImportError) return fail(m.cannotRead(args.file, error.message));
    if (error instanceof KeyAccountsInputError) return fail(m.cannotRead(error.file, error.message));
    if ((error as NodeJS.ErrnoException).code) return fail(m.cannotRead(args.file, (error as Error).message));
    throw error;
  }

  process.stderr.write(m.rows(report.read, report.used, report.rejected) + '\n');
  process.stderr.write(m.lines(report.lines) + '\n');
  for (const e of report.errors.slice(0, 10)) process.stderr.write(m.rejectedLine(e.line, e.reason) + '\n');
  if (report.rejected > 10) process.stderr.write(m.moreRejected(report.rejected - 10) + '\n');
  if (args.strict && report.rejected > 0) return fail(m.strictFailed(report.rejected));

  const result = segmenter.finish();
  const outside = result.transactions.outsideWindow - (keyRun?.previousUsed() ?? 0);
  if (outside) process.stderr.write(m.outsideWindow(outside) + '\n');
  if (!result.clients.length) return fail(m.noClients);
  process.stdout.write(formatReport(result, args.top) + '\n');
  let extras;
  if (keyRun) {
    let done;
    try {
      done = keyRun.finish(result);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code) return fail(m.cannotRead(String((error as NodeJS.ErrnoException).path ?? ''), (error as Error).message));
      throw error;
    }
    process.stdout.write('\n' + done.text + '\n');
    for (const line of done.written) process.stderr.write(line + '\n');
    extras = done.extras;
  }

  if (args.out) {
    const rows = toSegmentRows(result, result.options.lang, extras);
    try {
      writeFileSync(args.out, /\.json$/i.test(args.out) ? formatSegmentsJson(rows) : formatSegmentsCsv(rows));
    } catch (error) {
      return fail(m.cannotRead(args.out, (error as Error).message));
    }
    process.stderr.write(m.written(args.out, rows.length) + '\n');
  }
  return 0;
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

function usage(message: string): number {
  process.stderr.write(message + '\n');
  return 2;
}

function fail(message: string): number {
  process.stderr.write(message + '\n');
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not bad input: say so in one line, keep the stack for a report behind KAM_DEBUG.
    process.stderr.write(`kam: internal error: ${(error as Error).message}\n`);
    if (process.env.KAM_DEBUG) process.stderr.write(String((error as Error).stack) + '\n');
    process.exitCode = 1;
  },
);
