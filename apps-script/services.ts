/**
 * The Apps Script services, looked up on the global scope at call time:
 * Google puts them there, and the tests put fakes there, so nothing is
 * captured when the bundle loads (a custom function may run where some
 * services are missing).
 *
 * @example
 * const tz = services().SpreadsheetApp.getActive().getSpreadsheetTimeZone();
 */
import type { GasServices } from './gas-types.js';

export function services(): GasServices {
  return globalThis as unknown as GasServices;
}

/** True when the named service exists in this runtime (Node, the tests' vm, or Google's). */
export function hasService(name: keyof GasServices): boolean {
  return typeof (globalThis as Record<string, unknown>)[name] === 'object' && (globalThis as Record<string, unknown>)[name] !== null;
}
