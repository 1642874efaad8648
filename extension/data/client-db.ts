/**
 * The clients' database: IndexedDB in the extension's own origin (options,
 * popup, service worker and the import worker share it; web pages and
 * content scripts cannot open it). It holds
 * - `clients`: one record per client (a StoredClient), keyed by its position in rank order;
 * - `keys`: the look-up index, one record per key (`e:` exact e-mail, `d:` domain,
 *   `n:` normalised company name) pointing at a client's position;
 * - `blobs`: what a recompute needs (the transactions source).
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
/** What the database knows of them: each found key's client, by position in `clients`. */
export type FoundKeys = { found: [string, number][]; clients: StoredClient[] };
export type StoredSourceText = { name: string; origin: 'file' | 'sheet'; text: string };

interface ClientsSchema extends DBSchema {
  clients: { key: number; value: StoredClient };
  keys: { key: string; value: number };
  blobs: { key: string; value: unknown };
}

export const keyOf = { email: (key: string) => `e:${key}`, domain: (key: string) => `d:${key}`, name: (key: string) => `n:${key}` };

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

/**
 * Replaces all clients and the index in one transaction: a reader sees the
 * old data or the new, never a mix. Requests go to the raw stores (no
 * promise per record): 200,000 puts are the import's longest step.
 */
export async function writeClients(clients: readonly StoredClient[], index: ClientIndex, onProgress?: (done: number, total: number) => void): Promise<void> {
  const database = await db();
  const tx = database.transaction(['clients', 'keys'], 'readwrite');
  const clientStore = unwrap(tx.objectStore('clients'));
  const keyStore = unwrap(tx.objectStore('keys'));
  clientStore.clear();
  keyStore.clear();
  const total = clients.length + index.emails.length + index.domains.length + index.names.length;
  const step = Math.max(1, Math.floor(total / 50));
  let queued = 0;
  const track = (request: IDBRequest) => {
    const at = ++queued;
    if (at % step === 0) request.onsuccess = () => onProgress?.(at, total);
  };
  clients.forEach((client, at) => track(clientStore.put(client, at)));
  putKeys(keyStore, index, track);
  await tx.done;
  onProgress?.(total, total);
}

function putKeys(store: IDBObjectStore, index: ClientIndex, track: (request: IDBRequest) => void = () => undefined): void {
  for (const [key, at] of index.emails) track(store.put(at, keyOf.email(key)));
  for (const [key, at] of index.domains) track(store.put(at, keyOf.domain(key)));
  for (const [key, at] of index.names) track(store.put(at, keyOf.name(key)));
}

/** Rebuilds only the index (contacts changed), keeping the clients. */
export async function writeIndex(index: ClientIndex): Promise<void> {
  const database = await db();
  const tx = database.transaction('keys', 'readwrite');
  const store = unwrap(tx.store);
  store.clear();
  putKeys(store, index);
  await tx.done;
}

/** The clients behind the given keys, read in one transaction. */
export async function lookupKeys(keys: PageKeys): Promise<FoundKeys> {
  const database = await db();
  const tx = database.transaction(['keys', 'clients'], 'readonly');
  const wanted = [...keys.emails.map(keyOf.email), ...keys.domains.map(keyOf.domain), ...keys.names.map(keyOf.name)];
  const slots = await Promise.all(wanted.map((key) => tx.objectStore('keys').get(key)));
  const local = new Map<number, number>();
  const found: [string, number][] = [];
  const positions: number[] = [];
  wanted.forEach((key, i) => {
    const at = slots[i];
    if (at === undefined) return;
    if (!local.has(at)) {
      local.set(at, positions.length);
      positions.push(at);
    }
    found.push([key, local.get(at)!]);
  });
  const clients = await Promise.all(positions.map((at) => tx.objectStore('clients').get(at)));
  await tx.done;
  return { found, clients: clients.filter((c): c is StoredClient => !!c) };
}

export async function readAllClients(): Promise<StoredClient[]> {
  return (await db()).getAll('clients');
}

/** The whole index as entry lists (the popup's search, a contacts merge). */
export async function readIndex(): Promise<ClientIndex> {
  const database = await db();
  const tx = database.transaction('keys', 'readonly');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  const index: ClientIndex = { emails: [], domains: [], names: [] };
  keys.forEach((key, i) => {
    const kind = key[0] === 'e' ? index.emails : key[0] === 'd' ? index.domains : index.names;
    kind.push([key.slice(2), values[i]]);
  });
  return index;
}

export async function writeSourceText(source: StoredSourceText | undefined): Promise<void> {
  const database = await db();
  if (source) await database.put('blobs', source, 'source');
  else await database.delete('blobs', 'source');
}

export async function readSourceText(): Promise<StoredSourceText | undefined> {
  return (await (await db()).get('blobs', 'source')) as StoredSourceText | undefined;
}

export async function clearClients(): Promise<void> {
  const database = await db();
  const tx = database.transaction(['clients', 'keys', 'blobs'], 'readwrite');
  await Promise.all([tx.objectStore('clients').clear(), tx.objectStore('keys').clear(), tx.objectStore('blobs').clear(), tx.done]);
}
