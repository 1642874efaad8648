import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeControls, terminalSafe } from '../../cli/terminal-text.js';
import { buildKam, fileIn, runKam } from './run-kam.js';

/** Anything a terminal would act on: C0 but the line feed, DEL, C1, bidi controls, line/paragraph separators. */
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const PWNED = '\x1b[2J\x1b[31mPWNED\x1b]0;title\x07';

beforeAll(buildKam);

describe('escapeControls and terminalSafe', () => {
  it('writes C0, DEL, C1 and bidi controls as visible escapes', () => {
    expect(escapeControls(PWNED)).toBe('\\x1b[2J\\x1b[31mPWNED\\x1b]0;title\\x07');
    expect(escapeControls('a\x00b\x7fc\x9bd\u202ee\u2066f\u2069\nend')).toBe('a\\x00b\\x7fc\\x9bd\\u202ee\\u2066f\\u2069\\x0aend');
    expect(terminalSafe('one\ntwo\r\x1b')).toBe('one\ntwo\\x0d\\x1b');
    expect(escapeControls('ООО «Ромашка» DOMAIN\\user')).toBe('ООО «Ромашка» DOMAIN\\user');
  });

  it('never leaves a raw control character, and changes nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(escapeControls(text)).not.toMatch(RAW_CONTROL);
        expect(escapeControls(text)).not.toMatch(/\n/);
        expect(terminalSafe(text)).not.toMatch(RAW_CONTROL);
        if (!RAW_CONTROL.test(text) && !text.includes('\n')) expect(escapeControls(text)).toBe(text);
      }),
    );
  });
});

describe('kam: data never reaches the terminal raw', () => {
  it('escapes a client name that would clear the screen and retitle the window', () => {
    const path = fileIn(
      'pwned.csv',
      `client,client name,date,amount\n${PWNED},"\u202eevil\u202c",2024-01-10,100\nok\x7f,\x9b31m,2024-02-10,50\nplain,plain,2024-02-11,10\n`,
    );
    const { code, stdout, stderr } = runKam(['segment', path]);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stderr).not.toMatch(RAW_CONTROL);
    expect(stdout).toContain('\\x1b[2J\\x1b[31mPWNED\\x1b]0;title\\x07');
    expect(stdout).toContain('\\u202eevil\\u202c');
    expect(stdout).toContain('ok\\x7f');
  });

  it('escapes control characters echoed in rejection reasons and in column errors', () => {
    const rejected = runKam(['segment', fileIn('bad-cells.csv', `client,date,amount\na,2024-01-10,100\nb,\x1b]0;x\x07,5\nc,2024-01-11,"1\x1b[2J"\n`)]);
    expect(rejected.code).toBe(0);
    expect(rejected.stderr).toMatch(/line 3: .*\\x1b\]0;x\\x07/);
    expect(rejected.stderr).toMatch(/line 4: .*\\x1b\[2J/);
    expect(rejected.stderr).not.toMatch(RAW_CONTROL);
    const headers = runKam(['segment', fileIn('bad-header.csv', `\x1b[2Jfoo,bar\u202e\n1,2\n`)]);
    expect(headers.code).toBe(1);
    expect(headers.stderr).toContain('\\x1b[2Jfoo');
    expect(headers.stderr).not.toMatch(RAW_CONTROL);
  });

  it('escapes control characters in file names and option values', () => {
    const missing = runKam(['segment', 'no\x1b[2Jsuch.csv']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no\\x1b[2Jsuch.csv');
    expect(missing.stderr).not.toMatch(RAW_CONTROL);
    const bad = runKam(['segment', 'sample/transactions.csv', '--abc', '\x1b[31m']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toMatch(RAW_CONTROL);
  });
});
