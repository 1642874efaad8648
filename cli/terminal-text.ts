/**
 * Text from the data (client names, cells echoed in reasons, headers in
 * errors) must never reach a terminal raw: an escape sequence in a client
 * name could clear the screen, retitle the window or hide the lines before
 * it, and a bidi override could make `evil.csv` read as something else.
 * Control characters (C0 U+0000–U+001F, DEL U+007F, C1 U+0080–U+009F), bidi
 * embeddings, overrides, isolates and marks (U+061C, U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators
 * (U+2028, U+2029) are written as visible JavaScript-style escapes: `\x1b`
 * for code points below U+0100, `\u202e` above. Backslashes in the data are
 * left as they are (`DOMAIN\user` stays readable).
 *
 * `escapeControls` escapes line breaks too (for one data value or one-line
 * message); `terminalSafe` keeps `\n` (for a whole message the CLI composed,
 * as a last line of defence before writing it).
 *
 * @example
 * escapeControls('\x1b[2JPWNED\x07'); // '\\x1b[2JPWNED\\x07'
 * terminalSafe('line 1\nline\u202e 2'); // 'line 1\nline\\u202e 2'
 */
const CONTROLS = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const CONTROLS_BUT_NEWLINE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const ANY_CONTROL = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

function escapeOne(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One value or one-line message, every control character escaped (line breaks too). */
export function escapeControls(text: string): string {
  return ANY_CONTROL.test(text) ? text.replace(CONTROLS, escapeOne) : text;
}

/** A composed multi-line message: every control character but `\n` escaped. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROLS_BUT_NEWLINE, escapeOne);
}
