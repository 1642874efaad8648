/**
 * Usage errors of `kam segment`, run as a process: exit 2, one language
 * throughout (the one `--lang` names, else LANG), one frame, and a message
 * that names the option and the valid form instead of parser or schema text.
 *
 * @example
 * // npx vitest run tests/cli/usage-errors.test.ts
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKam, fileIn, runKam } from './run-kam.js';

beforeAll(buildKam);

const sample = 'sample/transactions.csv';
/** No locale at all: only `--lang` can choose Russian. */
const noLocale = { LANG: '', LC_ALL: '', LC_MESSAGES: '', KAM_LANG: '' };
const ru = (args: string[]) => runKam(['segment', sample, ...args, '--lang', 'ru'], noLocale);
const en = (args: string[]) => runKam(['segment', sample, ...args, '--lang', 'en'], { LANG: 'ru_RU.UTF-8' });

/** Latin words of English message text (option names, echoed values, literal choices like `month | week` stripped first). */
function englishWords(text: string): string[] {
  const prose = text
    .replace(/--[a-z-]+(=\S*|:| \S+:)?/g, '')
    .replace(/\b[a-z-]+(?: \| [a-z-]+)+/g, '')
    .replace(/\bkam segment\b/g, '')
    .replace(/\bkam\b|CSV|JSON|csv|json|HHI|KAM|CV/g, '')
    .replace(/\b(turnover|margin|reliability|tenure|trend|wallet|reputation)\b/g, '');
  return prose.match(/\b[a-z]{3,}\b/gi) ?? [];
}

function expectRussianUsage(result: ReturnType<typeof runKam>, ...fragments: (string | RegExp)[]): void {
  expect(result.code).toBe(2);
  const message = result.stderr.trim();
  expect(message).toMatch(/^Ошибка в параметрах: .*\. См\. kam --help\.$/s);
  expect(englishWords(message), message).toEqual([]);
  for (const f of fragments) expect(message).toMatch(f);
}

function expectEnglishUsage(result: ReturnType<typeof runKam>, ...fragments: (string | RegExp)[]): void {
  expect(result.code).toBe(2);
  const message = result.stderr.trim();
  expect(message).toMatch(/^Bad usage: .*\. See kam --help\.$/s);
  expect(message, message).not.toMatch(/[а-яё]/i);
  for (const f of fragments) expect(message).toMatch(f);
}

describe('kam usage errors follow --lang, not only LANG', () => {
  it('frames a usage error in the language --lang names when LANG is unset (and in English when --lang en overrides a Russian LANG)', () => {
    expectRussianUsage(ru(['--from', '2024-13-45']), '--from 2024-13-45');
    expectEnglishUsage(en(['--from', '2024-13-45']), '--from 2024-13-45: expected a real date');
    // --lang before the bad flag and --lang=ru spelled with '=' alike.
    expectRussianUsage(runKam(['segment', sample, '--lang=ru', '--top', 'x'], noLocale), '--top x');
  });

  it('words every usage message fully in one language (no English "a whole number" inside Russian)', () => {
    for (const args of [['--top', 'x'], ['--lost-days', 'soon'], ['--breadwinner', '200'], ['--tiers', '30/60'], ['--kam-load', '10/4'], ['--weights', 'size=10'], ['--bogus'], ['--strict=yes'], ['--period', 'year']]) {
      const result = ru(args);
      expectRussianUsage(result);
      expectEnglishUsage(en(args));
    }
    expect(ru(['--top', 'x']).stderr).toContain('--top x: ожидается целое число ≥ 1');
  });
});

describe('kam usage error frame', () => {
  it('says an extra argument once: one prefix, one period', () => {
    const result = runKam(['segment', 's.csv', 't.csv']);
    expectEnglishUsage(result, 't.csv');
    expect(result.stderr.match(/Bad usage/g)).toHaveLength(1);
    expect(result.stderr.match(/See kam --help/g)).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\.\./);
    const russian = runKam(['segment', 's.csv', 't.csv', '--lang', 'ru'], noLocale);
    expectRussianUsage(russian, 't.csv');
    expect(russian.stderr.match(/Ошибка в параметрах/g)).toHaveLength(1);
  });

  it('never ends a sentence with two periods, whatever the detail', () => {
    for (const args of [['--top', '-1'], ['--bogus'], ['--out'], ['--abc', '95/80']]) {
      const { stderr } = runKam(['segment', sample, ...args]);
      expect(stderr, args.join(' ')).not.toMatch(/\.\./);
    }
  });
});

describe('kam numeric options', () => {
  it('says --top takes a whole number ≥ 1 for -1, 0 and x (not "argument is ambiguous")', () => {
    for (const args of [['--top', '-1'], ['--top=-1'], ['--top', '0'], ['--top', 'x']]) {
      const result = runKam(['segment', sample, ...args]);
      expectEnglishUsage(result, /--top (-1|0|x): expected a whole number ≥ 1/);
      expect(result.stderr).not.toMatch(/ambiguous|Option '/);
    }
    expectRussianUsage(ru(['--top', '-1']), '--top -1: ожидается целое число ≥ 1');
    expect(runKam(['segment', sample, '--top', '1']).code).toBe(0);
  });

  it('names the option of a negative count or share rather than Node parser text', () => {
    expectEnglishUsage(runKam(['segment', sample, '--lost-days', '-5']), '--lost-days -5: expected a whole number');
    expectEnglishUsage(runKam(['segment', sample, '--breadwinner', '-5']), '--breadwinner -5: expected a percentage above 0 and below 100');
    expectEnglishUsage(runKam(['segment', sample, '--bogus']), 'unknown option --bogus');
    expectEnglishUsage(runKam(['segment', sample, '--out']), '--out needs a value');
  });
});

describe('kam threshold pairs', () => {
  it('translates --xyz 0/0 and --abc 95/80 into the valid form, in English and Russian, instead of schema text', () => {
    const cases: [string[], RegExp, RegExp][] = [
      [['--xyz', '0/0'], /--xyz 0\/0: expected two percentages X\/Y .*0 < X < Y, e\.g\. 10\/25/, /--xyz 0\/0: ожидается два процента X\/Y .*0 < X < Y, например 10\/25/],
      [['--abc', '95/80'], /--abc 95\/80: expected two percentages A\/B with 0 < A < B < 100, e\.g\. 80\/95/, /--abc 95\/80: ожидается два процента A\/B, 0 < A < B < 100, например 80\/95/],
      [['--abc', '0/95'], /--abc 0\/95: expected two percentages A\/B/, /--abc 0\/95: ожидается два процента A\/B/],
      [['--abc', '80/100'], /--abc 80\/100: expected two percentages A\/B/, /--abc 80\/100: ожидается два процента A\/B/],
      [['--xyz', '25/10'], /--xyz 25\/10: expected two percentages X\/Y/, /--xyz 25\/10: ожидается два процента X\/Y/],
    ];
    for (const [args, english, russian] of cases) {
      const e = en(args);
      expectEnglishUsage(e, english);
      expect(e.stderr).not.toMatch(/Too small|must be below|xyz\.x|abc\.a/);
      const r = ru(args);
      expectRussianUsage(r, russian);
      expect(r.stderr).not.toMatch(/Too small|must be below|xyz\.x|abc\.a/);
    }
    // Valid pairs in both spellings still run.
    expect(runKam(['segment', sample, '--abc', '70/90', '--xyz', '0.1/0.3']).code).toBe(0);
  });
});

describe('kam column and output options', () => {
  it('rejects --client 0 and an empty --client with exit 2 and a clear message, not "Invalid import options" and exit 1', () => {
    for (const args of [['--client', '0'], ['--client', ''], ['--client='], ['--amount', '0']]) {
      const result = runKam(['segment', sample, ...args]);
      expectEnglishUsage(result, /--(client|amount) (0|''): expected a column header or a column number from 1/);
      expect(result.stderr).not.toMatch(/Invalid import options|Too small|Cannot read/);
      expectRussianUsage(ru(args), /ожидается заголовок столбца или номер столбца с 1/);
    }
    expect(runKam(['segment', sample, '--client', '1', '--date', '3', '--amount', '4']).code).not.toBe(2);
  });

  it('makes an empty --out a usage error (exit 2) instead of a silent run with no table', () => {
    for (const args of [['--out', ''], ['--out=']]) {
      const result = runKam(['segment', sample, ...args]);
      expectEnglishUsage(result, "--out '': expected FILE.csv | FILE.json");
      expect(result.stdout).toBe('');
      expectRussianUsage(ru(args), "--out '': ожидается ФАЙЛ.csv | ФАЙЛ.json");
    }
  });
});

describe('kam report plurals', () => {
  it('says "1 client", "(1 month)" and "Top 1 client" for one, and keeps the plural for many', () => {
    const one = fileIn('one-client.csv', 'client,date,amount\nacme,2024-01-10,100\n');
    const { code, stdout, stderr } = runKam(['segment', one, '--out', fileIn('one-out.csv', '')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/ABC-XYZ matrix by revenue: 1 client, 2024-01 … 2024-01 \(1 month\)/);
    expect(stdout).toMatch(/^Top 1 client$/m);
    expect(stdout).toMatch(/Signals: 0 clients at risk/);
    expect(stderr).toContain('(1 client)');
    expect(stdout + stderr).not.toMatch(/\b1 (clients|months)\b/);
    const many = runKam(['segment', sample, '--top', '2']);
    expect(many.stdout).toMatch(/: 300 clients, .*\(24 months\)/);
    expect(many.stdout).toMatch(/^Top 2 clients$/m);
  });
});

describe('kam counts and weights the segmentation refuses', () => {
  it('says --lost-days takes a whole number ≥ 1 instead of "lostDays: Too small"', () => {
    const result = runKam(['segment', sample, '--lost-days', '0']);
    expectEnglishUsage(result, '--lost-days 0: expected a whole number ≥ 1');
    expect(result.stderr).not.toMatch(/lostDays|Too small/);
    expectRussianUsage(ru(['--lost-days', '0']), '--lost-days 0: ожидается целое число ≥ 1');
  });

  it('makes all-zero --weights a usage error (exit 2), not an internal error', () => {
    const zero = 'turnover=0,margin=0,reliability=0,tenure=0,trend=0,wallet=0,reputation=0';
    const result = runKam(['segment', sample, '--weights', zero]);
    expectEnglishUsage(result, `--weights ${zero}: expected`, 'at least one weight above 0');
    expect(result.stderr).not.toMatch(/internal error/);
    expectRussianUsage(ru(['--weights', zero]), 'хотя бы один вес больше 0');
    expect(runKam(['segment', sample, '--weights', 'turnover=0']).code).toBe(0);
  });
});
