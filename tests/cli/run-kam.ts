/**
 * Runs the built `kam` CLI as a process, the way a user does, for the CLI
 * tests; `npm test` builds dist/kam.js first (a missing bundle is built here).
 *
 * @example
 * const { code, stdout, stderr } = runKam(['segment', fileIn('a.csv', 'client,date,amount\n')]);
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
const kam = join(root, 'bin/kam.js');
export const scratch = mkdtempSync(join(tmpdir(), 'kam-cli-'));

export function buildKam(): void {
  if (!existsSync(join(root, 'dist/kam.js'))) spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, stdio: 'inherit' });
}

export function runKam(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [kam, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes `content` to a file in this run's scratch folder and returns its path. */
export function fileIn(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}
