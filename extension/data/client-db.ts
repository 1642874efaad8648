/**
 * The clients' database: IndexedDB in the extension's own origin (options,
 * popup, service worker and the import worker share it; web pages and
 * content scripts cannot open it). It holds
 * - `clients`: the clients (StoredClient) in rank order, 16 to a record (record n holds
 *   positions 16n…16n+15: a page's look-up reads few neighbours it does not need);
 * - `keys`: the look-up index (`e:` exact e-mail, `d:` domain, `n:` normalised company
 *   name → a client's position), spread over 4,096 bucket records by a hash of the key;
 * - `blobs`: what a recompute needs (the transactions source).
 *
 * Grouping matters: IndexedDB pays per record on write, and 50,000 clients with three
 * keys each would be 200,000 records; grouped they are about 7,000.
 *
 * A page asks only for the keys it shows (`lookupKeys`, through the service
 * worker), so no page ever reads or parses the whole dataset: with 50,000
 * clients a 40-row inbox reads about a hundred small records.
 *
 * @example
 * await writeClients(clients, buildClientIndex(clients, contacts));
 * await lookupKeys({ emails: ['ivan@romashka.ru'], domains: ['romashka.ru'], names: [] });
 * // { found: [['e:ivan@romashka.ru', 0], ['d:romashka.ru', 0]], clients: [{ client: '7701…', … }] }
 */
import { openDB, unwrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { ClientIndex } from '../match/client-index.js';
import type { StoredClient } from './stored-client.js';

export const DB_NAME = 'kam-clients';

/** The keys a page asks about, by kind (already normalised). */
export type PageKeys = { emails: string[]; domains: string[]; names: string[] };
/** What the database knows of them: each found key's client, by position in `clients`, and the e-mails' roles from a contacts file. */
export type FoundKeys = { found: [string, number][]; clients: StoredClient[]; roles?: [string, string][] };
export type StoredSourceText = { name: string; origin: 'file' | 'sheet'; text: string };

interface ClientsSchema extends DBSchema {
  clients: { key: number; value: StoredClient[] };
  /** Look-up keys to client positions; `r:` e-mail keys to a role (text). */
  keys: { key: number; value: Record<string, number | string> };
  blobs: { key: string; value: unknown };
}

/** Clients per record: fewer records to write, against more neighbours read per look-up. */
const CHUNK = 16;
/** Key buckets. */
const BUCKETS = 4096;

/** Which bucket a key lives in (FNV-1a). */
export function bucketOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % BUCKETS;
}

export const keyOf = { email: (key: string) => `e:${key}`, domain: (key: string) => `d:${key}`, name: (key: string) => `n:${key}` };
const roleKey = (email: string) => `r:${email}`;

let opened: Promise<IDBPDatabase<ClientsSchema>> | undefined;

function db(): Promise<IDBPDatabase<ClientsSchema>> {
  opened ??= openDB<ClientsSchema>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('clients');
      database.createObjectStore('keys');
      database.createObjectStore('blobs');
    },
    // Another copy of the extension (an update) wants a newer version: let it, and open again next time.
    blocking() {
      void opened?.then((database) => database.close());
      opened = undefined;
    },
  }).catch((error) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

/** The index's keys grouped into their buckets. */
function bucketsOf(index: ClientIndex): Map<number, Record<string, number | string>> {
  const buckets = new Map<number, Record<string, number | string>>();
  const add = (key: string, at: number | string) => {
    const bucket = bucketOf(key);
    let record = buckets.get(bucket);
    if (!record) buckets.set(bucket, (record = {}));
    record[key] = at;
  };
  for (const [key, at] of index.emails) add(keyOf.email(key), at);
  for (const [key, at] of index.domains) add(keyOf.domain(key), at);
  for (const [key, at] of index.names) add(keyOf.name(key), at);
  for (const [email, role] of index.roles ?? []) add(roleKey(email), role);
  return buckets;
}

/**
 * Replaces all clients and the index in one transaction: a reader sees the
 * old data or the new, never a mix.
 */
export async function writeClients(clients: readonly StoredClient[], index: ClientIndex, onProgress?: (done: number, total: number) => void): Promise<void> {
  const buckets = bucketsOf(index);
  const database = await db();
  const tx = database.transaction(['clients', 'keys'], 'readwrite');
  const clientStore = unwrap(tx.objectStore('clients'));
  const keyStore = unwrap(tx.objectStore('keys'));
  clientStore.clear();
  keyStore.clear();
  const chunks = Math.ceil(clients.length / CHUNK);
  const total = chunks + buckets.size;
  let done = 0;
  const tick = () => onProgress?.(++done, total);
  for (let n = 0; n < chunks; n++) clientStore.put(clients.slice(n * CHUNK, (n + 1) * CHUNK), n).onsuccess = tick;
  for (const [bucket, record] of buckets) keyStore.put(record, bucket).onsuccess = tick;
  await tx.done;
}

/** Rebuilds only the index (contacts changed), keeping the clients. */
export async function writeIndex(index: ClientIndex): Promise<void> {
  const buckets = bucketsOf(index);
  const database = await db();
  const tx = database.transaction('keys', 'readwrite');
  const store = unwrap(tx.store);
  store.clear();
  for (const [bucket, record] of buckets) store.put(record, bucket);
  await tx.done;
}

/** The clients behind the given keys, read in one transaction. */
export async function lookupKeys(keys: PageKeys): Promise<FoundKeys> {
  const database = await db();
  const tx = database.transaction(['keys', 'clients'], 'readonly');
  const wanted = [...keys.emails.map(keyOf.email), ...keys.domains.map(keyOf.domain), ...keys.names.map(keyOf.name)];
  const bucketIds = [...new Set([...wanted, ...keys.emails.map(roleKey)].map(bucketOf))];
  const buckets = new Map(await Promise.all(bucketIds.map(async (id) => [id, await tx.objectStore('keys').get(id)] as const)));
  const local = new Map<number, number>();
  const found: [string, number][] = [];
  const positions: number[] = [];
  const roles: [string, string][] = [];
  for (const email of keys.emails) {
    const role = buckets.get(bucketOf(roleKey(email)))?.[roleKey(email)];
    if (typeof role === 'string') roles.push([email, role]);
  }
  for (const key of wanted) {
    const at = buckets.get(bucketOf(key))?.[key];
    if (typeof at !== 'number') continue;
    if (!local.has(at)) {
      local.set(at, positions.length);
      positions.push(at);
    }
    found.push([key, local.get(at)!]);
  }
  const chunkIds = [...new Set(positions.map((at) => Math.floor(at / CHUNK)))];
  const chunks = new Map(await Promise.all(chunkIds.map(async (id) => [id, await tx.objectStore('clients').get(id)] as const)));
  await tx.done;
  const clients = positions.map((at) => chunks.get(Math.floor(at / CHUNK))?.[at % CHUNK]);
  if (clients.some((client) => !client)) return { found: [], clients: [] };
  return { found, clients: clients as StoredClient[], ...(roles.length ? { roles } : {}) };
}

export async function readAllClients(): Promise<StoredClient[]> {
  // Records come back in key order, which is rank order.
  return (await (await db()).getAll('clients')).flat();
}

/** The whole index as entry lists (the popup's search, a contacts merge). */
export async function readIndex(): Promise<ClientIndex> {
  const index: ClientIndex = { emails: [], domains: [], names: [] };
  const roles: [string, string][] = [];
  for (const record of await (await db()).getAll('keys')) {
    for (const key in record) {
      const value = record[key];
      if (typeof value === 'string') roles.push([key.slice(2), value]);
      else (key[0] === 'e' ? index.emails : key[0] === 'd' ? index.domains : index.names).push([key.slice(2), value]);
    }
  }
  // In position order, as buildClientIndex makes them (the first key of a client first).
  for (const kind of [index.emails, index.domains, index.names]) kind.sort((x, y) => x[1] - y[1]);
  if (roles.length) index.roles = roles;
  return index;
}

/** The source as stored: its text gzip-compressed (a sales export shrinks about tenfold). */
type StoredSourceRecord = { name: string; origin: 'file' | 'sheet'; gzip: ArrayBuffer };

/** Keeps the transactions text for a recompute, compressed; undefined removes it. */
export async function writeSourceText(source: StoredSourceText | undefined): Promise<void> {
  const record: StoredSourceRecord | undefined = source && { name: source.name, origin: source.origin, gzip: await gzip(source.text) };
  const database = await db();
  if (record) await database.put('blobs', record, 'source');
  else await database.delete('blobs', 'source');
}

export async function readSourceText(): Promise<StoredSourceText | undefined> {
  const record = (await (await db()).get('blobs', 'source')) as StoredSourceRecord | StoredSourceText | undefined;
  if (!record) return undefined;
  // A record written before compression holds the text itself.
  return 'gzip' in record ? { name: record.name, origin: record.origin, text: await gunzip(record.gzip) } : record;
}

async function gzip(text: string): Promise<ArrayBuffer> {
  return new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
}

async function gunzip(bytes: ArrayBuffer): Promise<string> {
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}

export async function clearClients(): Promise<void> {
  const database = await db();
  const tx = database.transaction(['clients', 'keys', 'blobs'], 'readwrite');
  await Promise.all([tx.objectStore('clients').clear(), tx.objectStore('keys').clear(), tx.objectStore('blobs').clear(), tx.done]);
}
