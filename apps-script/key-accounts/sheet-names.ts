/**
 * The sheets the key-accounts part of a run writes. `Accounts` is the KAMs'
 * dossier: created once, then only added to. The others are rewritten on
 * every run, like `Segments`.
 *
 * @example
 * KEY_ACCOUNT_OUTPUT_SHEETS; // ['Movement', 'Portfolio', 'Win-back']
 */
export const ACCOUNTS_SHEET = 'Accounts';
export const MOVEMENT_SHEET = 'Movement';
export const PORTFOLIO_SHEET = 'Portfolio';
export const WINBACK_SHEET = 'Win-back';
export const KEY_ACCOUNT_OUTPUT_SHEETS: readonly string[] = [MOVEMENT_SHEET, PORTFOLIO_SHEET, WINBACK_SHEET];
