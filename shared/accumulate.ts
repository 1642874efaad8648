/**
 * One pass over transactions, folding them into per-client totals, net
 * revenue per period and the set of purchase days. Memory grows with
 * clients x periods (and clients x days, one bit each), never with the number
 * of rows, so a CSV can be streamed through it.
 *
 * Amounts are laid out client-major in one typed array (`stride` period
 * slots per client) and purchase days as bit columns (one per day), so a row
 * costs one Map lookup and two array writes, and reading a client's series
 * touches one contiguous block; per-client objects with growing arrays were
 * three times slower on a million rows.
 *
 * Sums are exact to the cent: while every amount seen has at most two
 * decimals, amounts (and profits) are added as integer minor units (cents,
 * kopecks), which floats add without error up to 9e13 in currency units, and
 * are divided by 100 only when read. An amount within 1e-15 (relative) of a
 * whole number of cents counts as cents, which absorbs the float noise of a
 * parsed `1234.56` or a spreadsheet's `=A1*1.2`. The first amount with more
 * decimals switches that measure to plain float sums for the rest of the run
 * (one pass dividing what was summed so far by 100). Amounts, profits and
 * quantities above MAX_MAGNITUDE (1e15) are rejected (`too-large`), so no
 * total can overflow.
 *
 * @example
 * const acc = createAccumulator('month');
 * acc.add({ client: 'c1', date: '2024-01-15', amount: 100 });
 * revenueOf(acc, 0); // 100
 */
import { daysFromCivil, daysInMonth, digits } from './calendar.js';
import type { Period } from './options.js';
import { MAX_MAGNITUDE } from './magnitude.js';
import { periodFromParts } from './periods.js';
import type { Transaction } from './transaction.js';

export type ClientMeta = {
  name: string;
  emails: string[];
  domains: string[];
  kam: string;
  tags: string[];
  potential: number | undefined;
  /** The last raw e-mail and domain cells seen: most rows repeat them, so they are split only when they change. */
  lastEmail: string;
  lastDomain: string;
};

/** `too-large`: an amount, profit or quantity above MAX_MAGNITUDE in magnitude. */
export type Rejection = { index: number; reason: 'client' | 'date' | 'amount' | 'too-large' };

export type Accumulator = {
  period: Period;
  /** Client id to client number. */
  index: Map<string, number>;
  ids: string[];
  /** Profit per client, times `profitScale`: read it with profitOf. */
  profit: Float64Array;
  /** 100 while every profit has had at most two decimals (sums in minor units), then 1. */
  profitScale: number;
  quantity: Float64Array;
  meta: (ClientMeta | undefined)[];
  /** Net revenue per client and period, times `amountScale`: client `c`, period `p` at `c * stride + p - periodOrigin`. */
  amounts: Float64Array;
  /** 100 while every amount has had at most two decimals (sums in minor units), then 1. */
  amountScale: number;
  stride: number;
  periodOrigin: number;
  /** Purchase days as bits per client, one column per day from `dayOrigin`. */
  days: (Uint8Array | undefined)[];
  dayOrigin: number;
  capacity: number;
  /** Lowest and highest period seen inside the window, NaN before any. */
  minPeriod: number;
  maxPeriod: number;
  /** Latest transaction date inside the window. */
  lastDate: string;
  /** lastDate as year * 512 + month * 32 + day. */
  lastDateKey: number;
  added: number;
  outsideWindow: number;
  rejected: number;
  rejections: Rejection[];
  add(transaction: Transaction): void;
};

export function createAccumulator(period: Period, fromPeriod = -Infinity, toPeriod = Infinity): Accumulator {
  const acc: Accumulator = {
    period,
    index: new Map(),
    ids: [],
    profit: new Float64Array(1024),
    profitScale: 100,
    quantity: new Float64Array(1024),
    meta: [],
    amounts: new Float64Array(1024 * 32),
    amountScale: 100,
    stride: 32,
    periodOrigin: NaN,
    days: [],
    dayOrigin: NaN,
    capacity: 1024,
    minPeriod: NaN,
    maxPeriod: NaN,
    lastDate: '',
    lastDateKey: -1,
    added: 0,
    outsideWindow: 0,
    rejected: 0,
    rejections: [],
    add: (t) => add(acc, t, fromPeriod, toPeriod),
  };
  return acc;
}

function add(acc: Accumulator, t: Transaction, fromPeriod: number, toPeriod: number): void {
  const { client, date, amount } = t;
  // The hot path checks only what it reads; TransactionSchema guards API boundaries.
  if (typeof client !== 'string' || client === '') return reject(acc, 'client');
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return reject(acc, 'date');
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 2);
  const d = digits(date, 8, 2);
  if (!(y >= 0) || !(m >= 1 && m <= 12) || !(d >= 1 && d <= daysInMonth(y, m))) return reject(acc, 'date');
  if (typeof amount !== 'number' || Number.isNaN(amount)) return reject(acc, 'amount');
  // One comparison pair each rejects Infinity too.
  if (!(amount <= MAX_MAGNITUDE && amount >= -MAX_MAGNITUDE)) return reject(acc, 'too-large');
  const { profit, quantity } = t;
  if (profit !== undefined && !(profit <= MAX_MAGNITUDE && profit >= -MAX_MAGNITUDE)) return reject(acc, 'too-large');
  if (quantity !== undefined && !(quantity <= MAX_MAGNITUDE && quantity >= -MAX_MAGNITUDE)) return reject(acc, 'too-large');

  const needDay = amount > 0 || acc.period === 'week';
  const day = needDay ? daysFromCivil(y, m, d) : 0;
  const p = periodFromParts(y, m, day, acc.period);
  if (p < fromPeriod || p > toPeriod) {
    acc.outsideWindow++;
    return;
  }
  acc.added++;
  if (!(p >= acc.minPeriod)) acc.minPeriod = p;
  if (!(p <= acc.maxPeriod)) acc.maxPeriod = p;
  // Compared as a number: a string comparison per row cost a few percent of the pass.
  const dateKey = y * 512 + m * 32 + d;
  if (dateKey > acc.lastDateKey) {
    acc.lastDateKey = dateKey;
    acc.lastDate = date;
  }

  let c = acc.index.get(client);
  if (c === undefined) c = newClient(acc, client);
  if (profit !== undefined) {
    let minor = profit;
    if (acc.profitScale !== 1) {
      const cents = exactCents(profit, acc.profit[c]);
      if (cents !== undefined) minor = cents;
      else acc.profitScale = toUnits(acc.profit);
    }
    acc.profit[c] += minor;
  }
  if (quantity !== undefined) acc.quantity[c] += quantity;

  let slot = p - acc.periodOrigin;
  if (!(slot >= 0 && slot < acc.stride)) slot = relayout(acc, p);
  const at = c * acc.stride + slot;
  let minor = amount;
  if (acc.amountScale !== 1) {
    const cents = exactCents(amount, acc.amounts[at]);
    if (cents !== undefined) minor = cents;
    else acc.amountScale = toUnits(acc.amounts);
  }
  acc.amounts[at] += minor;

  if (amount > 0) {
    if (!(day >= acc.dayOrigin)) {
      acc.days = shifted(acc.days, acc.dayOrigin - day);
      acc.dayOrigin = day;
    }
    const bits = acc.days[day - acc.dayOrigin] ?? (acc.days[day - acc.dayOrigin] = new Uint8Array(acc.capacity >> 3));
    bits[c >> 3] |= 1 << (c & 7);
  }
  if (t.name !== undefined || t.kam !== undefined || t.email !== undefined || t.domain !== undefined || t.tags !== undefined || t.potential !== undefined) addMeta(acc, c, t);
}

/**
 * How far (relative) `amount * 100` may sit from a whole number and still be
 * cents: parsing `1234.56` and multiplying by 100 are off by at most about
 * 2.2e-16 of the value, a third decimal is off by far more.
 */
const CENT_NOISE = 1e-15;

/**
 * Whole cents stay exact only below 2^53, and a client's total adds up to
 * `stride` period sums: past this, sums go back to plain floats (which is
 * what amounts that large, in dong or rupiah, are read to anyway).
 */
const MAX_EXACT_CENTS = Number.MAX_SAFE_INTEGER / 1024;

/**
 * `value` in whole cents, when that is exact (at most two decimals) and
 * `sum` plus it stays exact; undefined when the measure must go back to
 * plain float sums.
 */
function exactCents(value: number, sum: number): number | undefined {
  const minor = value * 100;
  const whole = Math.round(minor);
  return Math.abs(minor - whole) <= Math.abs(minor) * CENT_NOISE && Math.abs(sum + whole) <= MAX_EXACT_CENTS ? whole : undefined;
}

/** The first value that cannot stay in cents: every sum so far back to plain units. Returns the new scale, 1. */
function toUnits(sums: Float64Array): number {
  for (let i = 0; i < sums.length; i++) if (sums[i] !== 0) sums[i] /= 100;
  return 1;
}

function reject(acc: Accumulator, reason: Rejection['reason']): void {
  if (acc.rejections.length < 100) acc.rejections.push({ index: acc.added + acc.outsideWindow + acc.rejected, reason });
  acc.rejected++;
}

function newClient(acc: Accumulator, client: string): number {
  const c = acc.ids.length;
  if (c === acc.capacity) grow(acc);
  acc.ids.push(client);
  acc.index.set(client, c);
  return c;
}

function grow(acc: Accumulator): void {
  const capacity = acc.capacity * 2;
  const widen = <T extends Float64Array | Uint8Array>(array: T, size: number): T => {
    const wider = new (array.constructor as new (n: number) => T)(size);
    wider.set(array);
    return wider;
  };
  acc.profit = widen(acc.profit, capacity);
  acc.quantity = widen(acc.quantity, capacity);
  acc.amounts = widen(acc.amounts, capacity * acc.stride);
  acc.days = acc.days.map((bits) => bits && widen(bits, capacity >> 3));
  acc.capacity = capacity;
}

/**
 * Make room for period `p` outside the current slots: move every client's
 * block so the slots cover both the periods seen so far and `p`. Rare: the
 * slots double each time, and sorted or shuffled data settle within a few rows.
 */
function relayout(acc: Accumulator, p: number): number {
  if (Number.isNaN(acc.periodOrigin)) {
    acc.periodOrigin = p;
    return 0;
  }
  // minPeriod and maxPeriod already include p.
  const low = acc.minPeriod;
  const high = acc.maxPeriod;
  let stride = acc.stride;
  while (stride < high - low + 1) stride *= 2;
  // Leave the free slots on the side the data is growing towards.
  const origin = p < acc.periodOrigin ? high - stride + 1 : low;
  const moved = new Float64Array(acc.capacity * stride);
  const shift = acc.periodOrigin - origin;
  for (let c = 0; c < acc.ids.length; c++) {
    for (let slot = 0; slot < acc.stride; slot++) {
      const value = acc.amounts[c * acc.stride + slot];
      if (value !== 0) moved[c * stride + slot + shift] = value;
    }
  }
  acc.amounts = moved;
  acc.stride = stride;
  acc.periodOrigin = origin;
  return p - origin;
}

/** Rows arrive in any order: when one is earlier than all before it, shift the day columns (rare, and only pointers move). */
function shifted<T>(columns: T[], by: number): T[] {
  return Number.isNaN(by) ? columns : (new Array(by) as T[]).concat(columns);
}

/** Fold a row's client details into client `c`'s (exported for engines that score elsewhere but keep the same details). */
export function addMeta(acc: Pick<Accumulator, 'meta'>, c: number, t: Transaction): void {
  const meta = (acc.meta[c] ??= { name: '', emails: [], domains: [], kam: '', tags: [], potential: undefined, lastEmail: '', lastDomain: '' });
  if (t.name && !meta.name) meta.name = t.name;
  if (t.kam && !meta.kam) meta.kam = t.kam;
  if (t.email && t.email !== meta.lastEmail) addListed(meta.emails, (meta.lastEmail = t.email));
  if (t.domain && t.domain !== meta.lastDomain) addListed(meta.domains, (meta.lastDomain = t.domain));
  if (t.tags) for (const tag of t.tags) if (tag && !meta.tags.includes(tag)) meta.tags.push(tag);
  if (t.potential !== undefined && Number.isFinite(t.potential)) meta.potential = Math.max(meta.potential ?? -Infinity, t.potential);
}

function addListed(list: string[], value: string): void {
  for (const part of value.split(/[;,\s]+/)) {
    const item = part.trim().toLowerCase();
    if (item && !list.includes(item)) list.push(item);
  }
}

/**
 * Net revenue per period of client `c` from period `start` to `end`, zeros
 * where it bought nothing, written into `into` (one buffer reused for every
 * client keeps a 50,000-client run from allocating 50,000 arrays).
 */
export function seriesOf(acc: Accumulator, c: number, start: number, end: number, into = new Float64Array(end - start + 1)): Float64Array {
  const base = c * acc.stride - acc.periodOrigin;
  for (let p = start; p <= end; p++) {
    const slot = p - acc.periodOrigin;
    into[p - start] = slot >= 0 && slot < acc.stride ? acc.amounts[base + p] / acc.amountScale : 0;
  }
  return into;
}

/** Net revenue of client `c` over everything it was given (rows outside the window never arrive). */
export function revenueOf(acc: Accumulator, c: number): number {
  let sum = 0;
  for (let i = c * acc.stride, end = i + acc.stride; i < end; i++) sum += acc.amounts[i];
  return sum / acc.amountScale;
}

/** Profit of client `c` over everything it was given. */
export function profitOf(acc: Accumulator, c: number): number {
  return acc.profit[c] / acc.profitScale;
}

/**
 * Every client's distinct purchase days, ascending, in one flat array:
 * client `c`'s days are `days.subarray(offsets[c], offsets[c + 1])`. Reading
 * the day columns in order keeps memory access sequential, which is what makes
 * this cheap next to a look-up per client and day.
 */
export function purchaseDays(acc: Accumulator): { offsets: Int32Array; days: Int32Array } {
  const n = acc.ids.length;
  const offsets = new Int32Array(n + 1);
  // Read as 32-bit words (a column is capacity / 8 bytes, capacity a power of two from 1024; little-endian, as
  // every platform this runs on), taking set bits
  // one by one with clz32: most words of a day column are zero, and a set bit costs a few instructions.
  const words = acc.days.map((bits) => bits && new Uint32Array(bits.buffer, bits.byteOffset, bits.byteLength >> 2));
  for (let i = 0; i < words.length; i++) {
    const column = words[i];
    if (column === undefined) continue;
    for (let w = 0; w < column.length; w++) {
      let word = column[w];
      while (word !== 0) {
        const low = word & -word;
        offsets[(w << 5) + 31 - Math.clz32(low) + 1]++;
        word ^= low;
      }
    }
  }
  for (let c = 0; c < n; c++) offsets[c + 1] += offsets[c];
  const days = new Int32Array(offsets[n]);
  const fill = offsets.slice(0, n);
  for (let i = 0; i < words.length; i++) {
    const column = words[i];
    if (column === undefined) continue;
    const day = acc.dayOrigin + i;
    for (let w = 0; w < column.length; w++) {
      let word = column[w];
      while (word !== 0) {
        const low = word & -word;
        days[fill[(w << 5) + 31 - Math.clz32(low)]++] = day;
        word ^= low;
      }
    }
  }
  return { offsets, days };
}
