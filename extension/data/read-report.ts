/**
 * How many rows a file had, how many were used and which were rejected and
 * why: the same shape for every kind of file the options page takes.
 *
 * @example
 * const report: ReadReport = { read: 3, used: 2, rejected: 1, errors: [{ line: 4, reason: "unreadable date '31.02.2024'" }] };
 */
export type ReadReport = { read: number; used: number; rejected: number; errors: { line: number; reason: string }[] };
