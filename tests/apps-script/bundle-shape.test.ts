/**
 * The pushed project is what Apps Script needs: plain ES2020 scripts with no
 * module syntax, every custom function a top-level declaration with a JSDoc
 * block Sheets reads (@customfunction, a description, @param per
 * parameter), every function the menu and the sidebar call present, the
 * manifest's runtime, scopes and advanced services, no call that needs a
 * scope the manifest lacks, and the README documenting each function.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { distFiles, loadBundle, readDist, REPO, type GasGlobal } from './helpers/bundle.js';
import { fakeGas } from './helpers/fake-gas.js';

const CUSTOM_FUNCTIONS = ['ABC', 'XYZ', 'ABCXYZ', 'PARETO', 'PARETO_TOP', 'KEYSCORE'];

type TopLevel = { name: string; params: string[]; doc: string | undefined };

/**
 * Function declarations that start a line (the top level of these scripts: the bundle's own
 * functions are indented inside its closure), each with the JSDoc block right above it.
 */
function topLevelFunctions(source: string): TopLevel[] {
  return [...source.matchAll(/^function (\w+)\(([^)]*)\)/gm)].map((match) => {
    const before = source.slice(0, match.index).trimEnd();
    const doc = before.endsWith('*/') ? before.slice(before.lastIndexOf('/**') + 3, -2) : undefined;
    return { name: match[1], params: match[2].split(',').map((p) => p.trim()).filter(Boolean), doc };
  });
}

describe('the pushed project', () => {
  let functions: TopLevel[];
  let gas: GasGlobal;
  beforeAll(() => {
    functions = distFiles('.js').flatMap((file) => topLevelFunctions(readDist(file)));
    gas = loadBundle(fakeGas().globals);
  });

  it('holds exactly the scripts, the page and the manifest', () => {
    expect(distFiles('')).toEqual(['Sidebar.html', 'appsscript.json', 'globals.js', 'kam-core.js', 'kam-functions.js']);
  });

  it('is plain script code (no import or export) with one global per bundle', () => {
    for (const file of distFiles('.js')) expect(() => new vm.Script(readDist(file), { filename: file }), file).not.toThrow();
    expect(readDist('kam-functions.js')).not.toMatch(/^\s*(import|export)\s/m);
    expect(readDist('kam-functions.js')).toMatch(/^var KamFunctions = \(\(\) => \{$/m);
    // The menu and sidebar code is a comment until kamCore_() first runs it.
    expect(readDist('kam-core.js')).toMatch(/^function kamCoreSource_\(\) \{\/\*/m);
    const text = String(gas.kamCoreSource_);
    expect(() => new vm.Script(text.slice(text.indexOf('/*') + 2, text.lastIndexOf('*/')))).not.toThrow();
    expect(gas.kamCoreSource_()).toBeUndefined();
    expect(gas.kamCore_.loaded).toBeUndefined();
    expect(gas.kamCore_()).toBe(gas.kamCore_());
    expect(gas.require).toBeUndefined();
    expect(gas.module).toBeUndefined();
    expect(gas.process).toBeUndefined();
    expect(typeof gas.KamFunctions.abcxyz).toBe('function');
    expect(typeof gas.kamCore_().runSegmentation).toBe('function');
  });

  it.each(CUSTOM_FUNCTIONS)('declares %s at the top level with the JSDoc Sheets lists', (name) => {
    const fn = functions.find((f) => f.name === name);
    expect(fn, `${name} is not a top-level function declaration`).toBeDefined();
    const doc = fn!.doc ?? '';
    expect(doc).toMatch(/@customfunction/);
    const description = doc.split('\n').map((line) => line.replace(/^\s*\*\s?/, '')).find((line) => line.trim() && !line.startsWith('@'));
    expect(description?.length).toBeGreaterThan(20);
    expect(fn!.params.length).toBeGreaterThan(0);
    for (const param of fn!.params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${param}\\]? \\S`));
    expect(typeof gas[name]).toBe('function');
  });

  it.each(CUSTOM_FUNCTIONS)('gives %s one bilingual help text with examples and its option keys', (name) => {
    const doc = functions.find((f) => f.name === name)!.doc ?? '';
    const description = doc.slice(0, doc.indexOf('@param'));
    expect(description).toMatch(/[а-яё]{4}/i);
    expect(description).toMatch(/\b(the|of|each)\b/);
    expect(description).toMatch(new RegExp(`Example / пример: =${name}\\(`));
    for (const param of functions.find((f) => f.name === name)!.params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${param}\\]? [^\\n]*/ [^\\n]*[а-яё]`, 'i'));
    // ABCXYZ, ABC and XYZ list every key with an example value; the Pareto functions the keys they use.
    // KEYSCORE (key accounts) has its own keys.
    const keys = ['ABCXYZ', 'ABC', 'XYZ'].includes(name) ? [...gas.KamFunctions.optionKeys] : name === 'KEYSCORE' ? ['weights', 'tiers', 'period', 'lang'] : ['errors', 'headers', 'lang'];
    for (const key of keys) expect(description, `${name}: ${key}`).toMatch(new RegExp(`\\b${key}=\\S`));
    expect(description).toMatch(/INN|ИНН/);
  });

  it('has no other custom function than the documented ones', () => {
    expect(functions.filter((f) => f.doc?.includes('@customfunction')).map((f) => f.name).sort()).toEqual([...CUSTOM_FUNCTIONS].sort());
  });

  it('has every bundle member globals.js calls', () => {
    const core = [...readDist('globals.js').matchAll(/kamCore_\(\)\.(\w+)/g)].map((m) => m[1]);
    const functions = [...readDist('globals.js').matchAll(/KamFunctions\.(\w+)/g)].map((m) => m[1]);
    expect(core.length).toBeGreaterThan(8);
    expect(functions).toHaveLength(5);
    for (const member of core) expect(typeof gas.kamCore_()[member], member).toBe('function');
    for (const member of functions) expect(typeof gas.KamFunctions[member], member).toBe('function');
  });

  it('keeps zod and papaparse out of the custom functions bundle', () => {
    const light = readDist('kam-functions.js');
    expect(light).not.toMatch(/ZodError|\$ZodType|papaparse|Papa\.parse/);
    expect(readDist('kam-core.js')).toMatch(/ZodError/);
    expect(light.length).toBeLessThan(150_000);
  });

  it('has a top-level function for every server call of the sidebar page', () => {
    const page = readDist('Sidebar.html');
    const calls = new Set([...page.matchAll(/["'](kam[A-Z]\w+)["']/g)].map((m) => m[1]));
    expect([...calls].sort()).toEqual(['kamActivateSheet', 'kamProgress', 'kamRunSegmentation', 'kamShareSegments', 'kamSidebarState']);
    for (const name of calls) expect(functions.map((f) => f.name)).toContain(name);
  });

  it('asks for the V8 runtime and the narrow scopes only', () => {
    const manifest = JSON.parse(readDist('appsscript.json'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/drive.file',
    ]);
    expect(JSON.stringify(manifest)).not.toMatch(/urlFetchWhitelist|external_request/);
  });

  it('enables the advanced Sheets (v4) and Drive (v3) services that sharing goes through', () => {
    const manifest = JSON.parse(readDist('appsscript.json'));
    expect(manifest.dependencies).toEqual({
      enabledAdvancedServices: [
        { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' },
        { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
      ],
    });
  });

  it('calls nothing that needs a broader scope than the manifest asks for', () => {
    // SpreadsheetApp.create/openById/openByUrl need `spreadsheets`, DriveApp needs `drive`.
    for (const file of distFiles('.js')) expect(readDist(file), file).not.toMatch(/SpreadsheetApp\.(create|openById|openByUrl)\b|\bDriveApp\b|\bUrlFetchApp\b|\bGmailApp\b/);
    const core = readDist('kam-core.js');
    for (const call of ['Drive.Files.create', 'Drive.Permissions.create', 'Sheets.Spreadsheets.batchUpdate', 'Sheets.Spreadsheets.Values.update']) {
      const [service, ...path] = call.split('.');
      expect(core, call).toMatch(new RegExp(`\\b${service}\\b`));
      expect(core, call).toContain(path.join('.'));
    }
  });

  it('is documented in the README: every function, with examples, and every option key', () => {
    const readme = readFileSync(path.join(REPO, 'apps-script/README.md'), 'utf8');
    for (const name of CUSTOM_FUNCTIONS) expect(readme).toMatch(new RegExp(`=${name}\\(`));
    const keys = [...gas.KamFunctions.optionKeys];
    expect(keys.length).toBe(14);
    for (const key of keys) expect(readme).toMatch(new RegExp(`\\| \`${key}=`));
    expect(readme).toMatch(/clasp login/);
    expect(readme).toMatch(/clasp push/);
    expect(readme).toMatch(/sidebar\.png/);
  });
});
