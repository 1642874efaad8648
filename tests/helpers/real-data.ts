/**
 * Locates the real data files kept in the `shared/data` folder beside the
 * repository. A missing file skips the tests that need it, with a visible
 * message, except under CI (`CI=true`), where it is an error: collection
 * fails, so a CI run cannot go green without the real data.
 *
 * @example
 * const file = realDataPath('superstore.csv');
 * it.skipIf(!file)('reads the superstore file', () => { ... readFileSync(file!) ... });
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REAL_DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/data');

export function realDataPath(name: string): string | undefined {
  const file = path.join(REAL_DATA_DIR, name);
  if (existsSync(file)) return file;
  const message = `real data file ${name} is missing (looked for ${file})`;
  if (process.env.CI === 'true') throw new Error(`${message}; CI requires it`);
  console.warn(`\n  ⚠ SKIPPED: ${message}; the tests that need it are skipped.\n`);
  return undefined;
}
