import { cos, exp, ln } from '../math/exact';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * A seeded random stream. The engine never calls Math.random: every draw
 * comes from a stream made from the inputs of `play()`, so the same inputs
 * replay the same outcome in Node and in the browser.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
}

/** A 32-bit FNV-1a hash of a string, used to derive seeds from ids. */
export function hashSeed(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h | 0;
}

/**
 * A stream over pure-rand's xoroshiro128+, as a class: a run makes several
 * streams per step, and a method shared by all of them costs less to make
 * and to call than a closure made for each one.
 */
class SeededRng implements Rng {
  private readonly gen: ReturnType<typeof xoroshiro128plus>;

  constructor(seed: number) {
    this.gen = xoroshiro128plus(seed | 0);
  }

  next(): number {
    return (this.gen.next() >>> 0) / 0x1_0000_0000;
  }
}

/** Makes a stream from a 32-bit seed (xoroshiro128+, from pure-rand). */
export function createRng(seed: number): Rng {
  return new SeededRng(seed);
}

/** A standard normal draw (Box–Muller). */
export function normal(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * ln(u)) * cos(2 * Math.PI * v);
}

/** 2^−48: how far below the bound on e^(−m) a uniform draw must be to be a 0 for sure (see `poisson`). */
const BELOW_EXP_MARGIN = 1 / 281_474_976_710_656;

/**
 * A Poisson draw with mean `mean`: exact (inversion by sequential search, one
 * uniform draw) for small means, a rounded normal approximation above 30,
 * where the two are indistinguishable for counts.
 */
export function poisson(rng: Rng, mean: number): number {
  if (!(mean > 0)) return 0;
  if (mean < 30) {
    const u = rng.next();
    // Most draws in a cascade's tail have a small mean and come out 0: a u
    // below e^(−m) is 0 without computing the exponential (the same draw as
    // the search below, only faster). e^(−m) ≥ 1 − m + m²/2 − m³/6 for every
    // m ≥ 0 (Taylor's remainder, e^(−ξ)·m⁴/24, is positive); that bound is
    // computed here within 2^−50 and `exp` within 2^−53, so a u more than
    // 2^−48 below it is below the exponential the search would compute.
    if (u < 1 - mean * (1 - mean * (0.5 - mean / 6)) - BELOW_EXP_MARGIN) return 0;
    // Most of the other draws of a small mean come out 1, which closer bounds tell as surely.
    const bounded = mean <= BOUNDED_MEAN ? boundedDraw(u, mean) : -1;
    if (bounded >= 0) return bounded;
    let k = 0;
    let p = exp(-mean);
    let cdf = p;
    while (u > cdf && k < 200) {
      k++;
      p *= mean / k;
      cdf += p;
    }
    return k;
  }
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rng)));
}

/** Means up to this are bounded closely enough by Taylor polynomials of degrees 8 and 9 (see `boundedDraw`). */
const BOUNDED_MEAN = 2;
/** 2^−40: how far from the bounds of `boundedDraw` a uniform draw must be for them to decide it. */
const BOUNDS_MARGIN = 1 / 1_099_511_627_776;

/**
 * What the search of `poisson` makes of the uniform draw `u` for a mean m of
 * at most BOUNDED_MEAN, when bounds on the numbers it compares u with decide
 * it: 0 (u is at most e^(−m)) or 1 (above it, and at most e^(−m)·(1 + m));
 * −1 when u is too close to either for the bounds to tell.
 *
 * e^(−m) lies between its Taylor polynomials of degrees 9 (below) and 8
 * (above): Lagrange's remainder, e^(−ξ)·m^(n+1)/(n+1)!, has the sign of
 * (−1)^(n+1). For m ≤ 2 the polynomials are computed within 2^−46, and the
 * search's `exp` and first sum within 2^−50, far inside the 2^−40 margin.
 */
function boundedDraw(u: number, m: number): number {
  // The terms m^i/i! in turn, alternately subtracted and added.
  let term = 1;
  let upper = 1;
  for (let i = 1; i <= 8; i++) {
    term *= m / i;
    upper += i % 2 === 1 ? -term : term;
  }
  const lower = upper - (term * m) / 9;
  if (u < lower - BOUNDS_MARGIN) return 0;
  if (u > upper + BOUNDS_MARGIN && u < lower * (1 + m) - BOUNDS_MARGIN) return 1;
  return -1;
}

/** Picks one item of a non-empty list. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng.next() * items.length)]!;
}
