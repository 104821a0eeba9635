import { exp } from '../math/exact';
import { poisson, type Rng } from '../random/rng';
import { KERNEL_MIXTURE } from './kernel';

/** The simulation grid: 15-minute bins over 72 hours. */
export const BIN_MINUTES = 15;
export const HORIZON_HOURS = 72;
export const BINS = (HORIZON_HOURS * 60) / BIN_MINUTES;

/** What one segment's cascade starts from. */
export interface CascadeInput {
  /** Followers of the segment whose timelines show the post. */
  seedExposures: number;
  /** Followers of the segment not yet exposed. */
  followers: number;
  /** Non-followers of the segment that reshares can reach. */
  outsiders: number;
  /** Probability that one exposure turns into an approving reshare. */
  reshareProb: number;
  /** Probability that one exposure turns into an angry quote-post. */
  quoteProb: number;
  /** New exposures one approving reshare brings (before saturation). */
  fanout: number;
  /** How much further an angry quote-post travels than a reshare. */
  outrageReach: number;
}

/**
 * Where a cascade adds its bins, hour by hour: the caller's arrays, summed
 * into as the bins are simulated (no per-bin arrays to write and read back).
 */
export interface CascadeHours {
  /** The hour of each bin: an index into the arrays below. */
  hourOfBin: Int32Array;
  followerExposures: Float64Array;
  outsiderExposures: Float64Array;
  reshares: Float64Array;
  quotes: Float64Array;
}

/** The cascade's totals over all bins. */
export interface CascadeTotals {
  followerExposures: number;
  outsiderExposures: number;
  reshares: number;
  quotes: number;
}

// Per kernel component: the share of its pending mass still pending after a bin, and its weight (constant tables, frozen).
const KEEP: readonly number[] = Object.freeze(KERNEL_MIXTURE.map(({ tau }) => exp(-(BIN_MINUTES * 60) / tau)));
const WEIGHTS: readonly number[] = Object.freeze(KERNEL_MIXTURE.map(({ weight }) => weight));

/** Share of a post's timeline exposures that lands in each bin: the same for every post (a constant table, frozen). */
const SEED_PROFILE: readonly number[] = Object.freeze(seedProfile());

function seedProfile(): number[] {
  const profile = new Float64Array(BINS);
  const pending = Float64Array.from(WEIGHTS);
  for (let k = 0; k < BINS; k++) {
    for (let i = 0; i < pending.length; i++) {
      profile[k]! += pending[i]! - pending[i]! * KEEP[i]!;
      pending[i] = pending[i]! * KEEP[i]!;
    }
  }
  return Array.from(profile);
}

// The cascade is the engine's hot path (see bench/engine.bench.ts), so
// `simulateCascade` spells out the kernel's components one by one: as plain
// variables the pending masses stay in registers, where a loop over typed
// arrays took from 10% longer to twice as long.
if (KERNEL_MIXTURE.length !== 8) throw new Error('simulateCascade is written for a kernel of 8 components');

/**
 * A discrete-time marked Hawkes process with SEISMIC's power-law memory
 * (as a mixture of exponentials). Every reshare exposes `fanout` more people
 * over time following the kernel; every angry quote exposes `fanout ×
 * outrageReach`. Exposures deplete a finite pool of followers and outsiders,
 * so a supercritical cascade (a viral one) saturates instead of exploding.
 * Adds each bin's exposures, reshares and quotes into `hours`.
 */
export function simulateCascade(input: CascadeInput, rng: Rng, hours: CascadeHours): CascadeTotals {
  const { hourOfBin, followerExposures, outsiderExposures } = hours;
  const hourReshares = hours.reshares;
  const hourQuotes = hours.quotes;
  const { seedExposures, reshareProb, quoteProb, fanout, outrageReach } = input;
  let followerTotal = 0;
  let outsiderTotal = 0;
  let resharesTotal = 0;
  let quotesTotal = 0;
  // Exposures spread by reshares and not yet arrived, per kernel component;
  // each component's weight, and the share of its mass that stays pending over a bin.
  let p0 = 0,
    p1 = 0,
    p2 = 0,
    p3 = 0,
    p4 = 0,
    p5 = 0,
    p6 = 0,
    p7 = 0;
  const w0 = WEIGHTS[0]!,
    w1 = WEIGHTS[1]!,
    w2 = WEIGHTS[2]!,
    w3 = WEIGHTS[3]!,
    w4 = WEIGHTS[4]!,
    w5 = WEIGHTS[5]!,
    w6 = WEIGHTS[6]!,
    w7 = WEIGHTS[7]!;
  const k0 = KEEP[0]!,
    k1 = KEEP[1]!,
    k2 = KEEP[2]!,
    k3 = KEEP[3]!,
    k4 = KEEP[4]!,
    k5 = KEEP[5]!,
    k6 = KEEP[6]!,
    k7 = KEEP[7]!;
  let spreading = false;
  // Offspring of the previous bin, added to the pending mass as it decays (one pass over the kernel per bin, not two).
  let offspring = 0;
  const total = input.followers + input.outsiders;
  let followersLeft = input.followers;
  let outsidersLeft = input.outsiders;
  for (let k = 0; k < BINS; k++) {
    const seedArrivals = seedExposures * SEED_PROFILE[k]!;
    let spreadArrivals = 0;
    if (spreading) {
      // Per component: the offspring join the pending mass, which keeps its share and lets the rest arrive.
      let s: number;
      s = p0 + w0 * offspring;
      p0 = s * k0;
      spreadArrivals += s - p0;
      s = p1 + w1 * offspring;
      p1 = s * k1;
      spreadArrivals += s - p1;
      s = p2 + w2 * offspring;
      p2 = s * k2;
      spreadArrivals += s - p2;
      s = p3 + w3 * offspring;
      p3 = s * k3;
      spreadArrivals += s - p3;
      s = p4 + w4 * offspring;
      p4 = s * k4;
      spreadArrivals += s - p4;
      s = p5 + w5 * offspring;
      p5 = s * k5;
      spreadArrivals += s - p5;
      s = p6 + w6 * offspring;
      p6 = s * k6;
      spreadArrivals += s - p6;
      s = p7 + w7 * offspring;
      p7 = s * k7;
      spreadArrivals += s - p7;
    }
    const fromSeed = Math.min(followersLeft, seedArrivals);
    followersLeft -= fromSeed;
    const pool = followersLeft + outsidersLeft;
    let toFollowers = fromSeed;
    let toOutsiders = 0;
    if (pool > 0 && spreadArrivals > 0) {
      // Saturation: only the share of the pool not yet reached is new.
      const fresh = (spreadArrivals * pool) / total;
      const f = Math.min(followersLeft, (fresh * followersLeft) / pool);
      const o = Math.min(outsidersLeft, (fresh * outsidersLeft) / pool);
      followersLeft -= f;
      outsidersLeft -= o;
      toFollowers += f;
      toOutsiders = o;
    }
    const h = hourOfBin[k]!;
    followerTotal += toFollowers;
    outsiderTotal += toOutsiders;
    followerExposures[h]! += toFollowers;
    outsiderExposures[h]! += toOutsiders;
    const exposed = toFollowers + toOutsiders;
    // A bin nobody sees draws nothing.
    const reshares = exposed > 0 ? poisson(rng, exposed * reshareProb) : 0;
    const quotes = exposed > 0 ? poisson(rng, exposed * quoteProb) : 0;
    // Counted as 32-bit integers, as they always have been (beyond 2^31 in a
    // bin, which no valid scenario reaches, a count wraps and is left out).
    // Added even when 0, without a branch: a branch first taken after V8 has
    // optimised this function (the first quote of a run) can leave it stuck in
    // slower code for the rest of the process.
    const r = Math.max(0, reshares | 0);
    const q = Math.max(0, quotes | 0);
    resharesTotal += r;
    hourReshares[h]! += r;
    quotesTotal += q;
    hourQuotes[h]! += q;
    offspring = fanout * (reshares + outrageReach * quotes);
    if (offspring > 0) spreading = true;
  }
  return {
    followerExposures: followerTotal,
    outsiderExposures: outsiderTotal,
    reshares: resharesTotal,
    quotes: quotesTotal,
  };
}
