/** Totals per client of a `client,date,amount` file, read the naive way (see bare-pass.mjs). */
export function bareCsvPass(file: string): Promise<Map<string, number>>;
