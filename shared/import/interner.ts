/**
 * One string object per distinct text: the importer reads a client id or a
 * date straight from the file's text and gets back the same string every
 * time that text comes again, without slicing a new one per row. A ledger of
 * a million rows has a few thousand clients and a few hundred days, so this
 * saves a million short-lived strings; and the segmenter's Map then finds a
 * client by a string whose hash is already computed and that compares equal
 * by identity.
 *
 * Open addressing with FNV-1a hashes of the UTF-16 code units; the table
 * doubles at half full. Each importer makes its own (no shared state).
 *
 * @example
 * const interner = createInterner();
 * const a = intern(interner, 'x,C1,y', 2, 4); // 'C1'
 * const b = intern(interner, 'C1;z', 0, 2);   // the same string object as `a`
 */

export type Interner = { keys: (string | undefined)[]; hashes: Int32Array; mask: number; size: number };

export function createInterner(capacity = 1024): Interner {
  return { keys: new Array<string | undefined>(capacity).fill(undefined), hashes: new Int32Array(capacity), mask: capacity - 1, size: 0 };
}

function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

function sameText(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

function grow(interner: Interner): void {
  const { keys, hashes } = interner;
  const capacity = keys.length * 2;
  interner.keys = new Array<string | undefined>(capacity).fill(undefined);
  interner.hashes = new Int32Array(capacity);
  interner.mask = capacity - 1;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === undefined) continue;
    let slot = hashes[i] & interner.mask;
    while (interner.keys[slot] !== undefined) slot = (slot + 1) & interner.mask;
    interner.keys[slot] = key;
    interner.hashes[slot] = hashes[i];
  }
}

/**
 * A slice that does not keep the whole text alive: V8 makes slices of 13 or
 * more characters views into their parent, and a client id kept for the
 * whole run would pin the megabyte of file text it was cut from.
 */
function copyOf(text: string, start: number, end: number): string {
  if (end - start < 13) return text.slice(start, end);
  return (text.slice(start, end) + ' ').slice(0, -1);
}

/** The string `text[start, end)`, as the one object kept for that text. */
export function intern(interner: Interner, text: string, start: number, end: number): string {
  const h = hashOf(text, start, end);
  let slot = h & interner.mask;
  for (;;) {
    const key = interner.keys[slot];
    if (key === undefined) break;
    if (interner.hashes[slot] === h && sameText(key, text, start, end)) return key;
    slot = (slot + 1) & interner.mask;
  }
  const value = copyOf(text, start, end);
  interner.keys[slot] = value;
  interner.hashes[slot] = h;
  if (++interner.size * 2 > interner.keys.length) grow(interner);
  return value;
}
