/**
 * Loads the built add-on (apps-script/dist/*.js) into one node:vm context
 * the way Apps Script does: every file into one shared global scope, with
 * no require, module or process; the Apps Script services are whatever the
 * test puts in `globals`. Builds the add-on first when dist is missing or
 * older than its sources (under a lock, as test files run in parallel).
 *
 * @example
 * const gas = loadBundle({ SpreadsheetApp: fakeApp });
 * gas.ABC([[5], [1]]); // [['A'], ['B']]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST = path.join(REPO, 'apps-script/dist');
const LOCK = path.join(REPO, 'apps-script/.build-lock');

function newest(dir: string, skip: (p: string) => boolean): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (skip(p)) continue;
    latest = Math.max(latest, entry.isDirectory() ? newest(p, skip) : statSync(p).mtimeMs);
  }
  return latest;
}

function isStale(): boolean {
  const files = ['kam-core.js', 'globals.js', 'Sidebar.html', 'appsscript.json'].map((f) => path.join(DIST, f));
  if (!files.every(existsSync)) return true;
  const built = Math.min(...files.map((f) => statSync(f).mtimeMs));
  const sources = Math.max(
    newest(path.join(REPO, 'apps-script'), (p) => p.startsWith(DIST) || p.endsWith('.png') || p.endsWith('.md') || p === LOCK),
    newest(path.join(REPO, 'shared'), () => false),
  );
  return sources > built;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export function ensureBuilt(): void {
  for (let waited = 0; isStale(); waited += 200) {
    try {
      mkdirSync(LOCK);
    } catch {
      if (waited > 60_000) throw new Error(`${LOCK} has been held for a minute: remove it if no build is running`);
      sleep(200);
      continue;
    }
    try {
      if (isStale()) execFileSync(process.execPath, [path.join(REPO, 'apps-script/build.mjs')], { cwd: REPO, stdio: 'pipe' });
    } finally {
      rmdirSync(LOCK);
    }
  }
}

export function distFiles(extension: string): string[] {
  ensureBuilt();
  return readdirSync(DIST).filter((f) => f.endsWith(extension)).sort();
}

export function readDist(file: string): string {
  ensureBuilt();
  return readFileSync(path.join(DIST, file), 'utf8');
}

/** The context's global object, with whatever the scripts declared on it. */
export type GasGlobal = Record<string, any>;

export function loadBundle(globals: Record<string, unknown> = {}): GasGlobal {
  const context = vm.createContext({ ...globals });
  for (const file of distFiles('.js')) vm.runInContext(readDist(file), context, { filename: file });
  return context as GasGlobal;
}

/** Values made in the outer realm, copied into the context's realm as Sheets would hand them over (Dates stay Dates). */
export function inContext<T>(gas: GasGlobal, value: T): T {
  const make = vm.runInContext('(function copy(v) { if (Array.isArray(v)) return v.map(copy); if (typeof v === "object" && v !== null && typeof v.getTime === "function") return new Date(v.getTime()); return v; })', gas);
  return make(value);
}
