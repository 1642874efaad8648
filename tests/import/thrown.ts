/**
 * Runs `run` and returns the ImportError it throws, failing the test when it
 * throws anything else or nothing.
 *
 * @example
 * expect(thrownImportError(() => importTransactions('foo\n1')).message).toMatch(/foo/);
 */
import { expect } from 'vitest';
import { ImportError } from '../../shared/import/import-error.js';

export function thrownImportError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('expected an ImportError');
}
