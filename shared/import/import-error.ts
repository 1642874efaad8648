/**
 * A file the import cannot read at all (empty, required columns missing, bad
 * options). Its message is meant for the user as is: callers print
 * `error.message`, never the stack.
 *
 * @example
 * try { importTransactions(bytes); } catch (e) { if (e instanceof ImportError) console.error(e.message); }
 */
export class ImportError extends Error {
  override name = 'ImportError';
}
