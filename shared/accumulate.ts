/**
 * One pass over transactions, folding them into per-client totals and
 * per-period amounts. Memory grows with clients x periods (plus each client's
 * distinct purchase days), never with the number of rows, so a CSV can be
 * streamed through it.
 *
 * @example
 * const acc = createAccumulator('month');
 * acc.add({ client: 'c1', date: '2024-01-15', amount: 100 });
 * acc.clients.get('c1')?.revenue; // 100
 */
import { dayNumber, isValidIsoDate } from './calendar.js';
import type { Period } from './options.js';
import { periodOf } from './periods.js';
import type { Transaction } from './transaction.js';

export type ClientAccumulation = {
  client: string;
  revenue: number;
  profit: number;
  quantity: number;
  /** Absolute period index of `amounts[0]`. */
  base: number;
  /** Net revenue per period, from `base`. */
  amounts: number[];
  /** Lines with a positive amount per period, from `base`. */
  purchases: number[];
  /** Day numbers with a purchase; unsorted and with repeats until {@link purchaseDays} tidies them. */
  days: number[];
  name: string;
  emails: string[];
  domains: string[];
  kam: string;
  tags: string[];
  potential: number | undefined;
};

export type Rejection = { index: number; reason: 'client' | 'date' | 'amount' };

export type Accumulator = {
  clients: Map<string, ClientAccumulation>;
  /** Lowest and highest period seen inside the window, NaN before any. */
  minPeriod: number;
  maxPeriod: number;
  /** Latest transaction date inside the window. */
  lastDate: string;
  added: number;
  outsideWindow: number;
  rejections: Rejection[];
  rejected: number;
  add(transaction: Transaction): void;
};

const DAYS_COMPACT_AT = 64;

export function createAccumulator(period: Period, fromPeriod = -Infinity, toPeriod = Infinity): Accumulator {
  const clients = new Map<string, ClientAccumulation>();
  const acc: Accumulator = {
    clients,
    minPeriod: NaN,
    maxPeriod: NaN,
    lastDate: '',
    added: 0,
    outsideWindow: 0,
    rejections: [],
    rejected: 0,
    add(t) {
      const index = acc.added + acc.outsideWindow + acc.rejected;
      const { client, date, amount } = t;
      // The hot path checks only what it reads; TransactionSchema guards API boundaries.
      const problem = typeof client !== 'string' || client === '' ? 'client' : typeof date !== 'string' || !isValidIsoDate(date) ? 'date' : typeof amount !== 'number' || !Number.isFinite(amount) ? 'amount' : undefined;
      if (problem) {
        acc.rejected++;
        if (acc.rejections.length < 100) acc.rejections.push({ index, reason: problem });
        return;
      }
      const p = periodOf(date, period);
      if (p < fromPeriod || p > toPeriod) {
        acc.outsideWindow++;
        return;
      }
      acc.added++;
      if (!(p >= acc.minPeriod)) acc.minPeriod = p;
      if (!(p <= acc.maxPeriod)) acc.maxPeriod = p;
      if (date > acc.lastDate) acc.lastDate = date;

      let c = clients.get(client);
      if (c === undefined) {
        c = newClient(client, p);
        clients.set(client, c);
      }
      c.revenue += amount;
      if (t.profit !== undefined) c.profit += t.profit;
      if (t.quantity !== undefined) c.quantity += t.quantity;

      let slot = p - c.base;
      if (slot < 0) {
        rebase(c, p);
        slot = 0;
      }
      while (c.amounts.length <= slot) {
        c.amounts.push(0);
        c.purchases.push(0);
      }
      c.amounts[slot] += amount;
      if (amount > 0) {
        c.purchases[slot]++;
        const day = dayNumber(date);
        const days = c.days;
        if (days[days.length - 1] !== day) {
          days.push(day);
          if (days.length >= DAYS_COMPACT_AT && days.length % DAYS_COMPACT_AT === 0) compactDays(c);
        }
      }
      if (t.name && !c.name) c.name = t.name;
      if (t.kam && !c.kam) c.kam = t.kam;
      if (t.email) addListed(c.emails, t.email, true);
      if (t.domain) addListed(c.domains, t.domain, true);
      if (t.tags) for (const tag of t.tags) if (tag && !c.tags.includes(tag)) c.tags.push(tag);
      if (t.potential !== undefined && Number.isFinite(t.potential)) c.potential = Math.max(c.potential ?? -Infinity, t.potential);
    },
  };
  return acc;
}

/** The client's distinct purchase days, ascending. */
export function purchaseDays(c: ClientAccumulation): number[] {
  compactDays(c);
  return c.days;
}

function newClient(client: string, base: number): ClientAccumulation {
  return { client, revenue: 0, profit: 0, quantity: 0, base, amounts: [], purchases: [], days: [], name: '', emails: [], domains: [], kam: '', tags: [], potential: undefined };
}

function rebase(c: ClientAccumulation, base: number): void {
  const shift = c.base - base;
  c.amounts = new Array<number>(shift).fill(0).concat(c.amounts);
  c.purchases = new Array<number>(shift).fill(0).concat(c.purchases);
  c.base = base;
}

// Keeps memory bounded by distinct purchase days when rows come unsorted.
function compactDays(c: ClientAccumulation): void {
  const sorted = c.days.sort((a, b) => a - b);
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i];
  sorted.length = kept;
}

function addListed(list: string[], value: string, lowercase: boolean): void {
  // Most rows repeat the client's one address: check the whole value first.
  if (list.length === 1 && list[0] === value) return;
  for (const part of value.split(/[;,\s]+/)) {
    const item = lowercase ? part.trim().toLowerCase() : part.trim();
    if (item && !list.includes(item)) list.push(item);
  }
}
