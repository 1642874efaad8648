/**
 * Seeded pseudo-random numbers for the sample generator.
 *
 * The sample file is committed and a test compares it with a fresh run, so
 * every draw must come from this seeded stream: no `Math.random`, no clock.
 *
 * @example
 * const rng = createRng(42);
 * rng.next();               // 0.6011037519201636, the same on every run
 * lognormal(rng, 0, 1);     // a positive, right-skewed value
 * pick(rng, ['a', 'b']);    // 'a' or 'b'
 */

/** A stream of uniform numbers in [0, 1). */
export interface Rng {
  next(): number;
}

/**
 * mulberry32: 32-bit state, fast, good enough for test data and small enough
 * to keep here instead of adding a dependency.
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

export function uniform(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng.next();
}

/** An integer in [min, max], both ends included. */
export function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng.next() * (max - min + 1));
}

export function chance(rng: Rng, p: number): boolean {
  return rng.next() < p;
}

/** Standard normal by Box–Muller; `1 - next()` keeps the logarithm away from 0. */
export function normal(rng: Rng, mean = 0, sd = 1): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Client sizes and line amounts are right-skewed, which a lognormal imitates well. */
export function lognormal(rng: Rng, mu: number, sigma: number): number {
  return Math.exp(normal(rng, mu, sigma));
}

/** Knuth's method: fine for the small means (a few lines a month) used here. */
export function poisson(rng: Rng, lambda: number): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k += 1;
    p *= rng.next();
  }
  return k;
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng.next() * items.length)];
}

/** Picks with the given relative weights (they need not sum to 1). */
export function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = rng.next() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1][0];
}

/** Fisher–Yates on a copy, so callers can keep the original order. */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}
