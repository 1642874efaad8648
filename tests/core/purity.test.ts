import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The core runs unchanged in Node, a browser extension and Apps Script's V8: no platform APIs inside shared/.
const root = resolve(import.meta.dirname, '../../shared');
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('shared/ is platform-free', () => {
  const sources = files(root).map((file) => ({ file, code: readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '') }));

  it('has sources to check', () => expect(sources.length).toBeGreaterThan(20));

  it.each([
    ['Node built-ins', /from ['"](node:|fs|path|os|child_process|stream)['"]/],
    ['Node globals', /\b(process|Buffer|__dirname|require)\b\s*[.(]/],
    ['the DOM', /\b(window|document|navigator|localStorage)\b\s*\./],
    ['extension APIs', /\b(chrome|browser)\s*\.\s*(runtime|storage|tabs|permissions|alarms)\b/],
    ['Apps Script services', /\b(SpreadsheetApp|HtmlService|DriveApp|Utilities|Session|PropertiesService)\s*\./],
  ])('uses no %s', (_, pattern) => {
    const offenders = sources.filter(({ code }) => pattern.test(code)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('keeps no module-level mutable state', () => {
    const offenders = sources.filter(({ code }) => /^(export )?(let|var) /m.test(code)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });
});
