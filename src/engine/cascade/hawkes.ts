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

/** The cascade on the grid: exposures and reshares per bin. */
export interface CascadeRun {
  followerExposures: Float64Array;
  outsiderExposures: Float64Array;
  reshares: Int32Array;
  quotes: Int32Array;
}

// Typed arrays: this loop is the engine's hot path (see bench/engine.bench.ts).
const KEEP = Float64Array.from(KERNEL_MIXTURE, ({ tau }) => Math.exp(-(BIN_MINUTES * 60) / tau));
const WEIGHTS = Float64Array.from(KERNEL_MIXTURE, ({ weight }) => weight);

/** Share of a post's timeline exposures that lands in each bin: the same for every post. */
const SEED_PROFILE = (() => {
  const profile = new Float64Array(BINS);
  const pending = Float64Array.from(WEIGHTS);
  for (let k = 0; k < BINS; k++) {
    for (let i = 0; i < pending.length; i++) {
      profile[k]! += pending[i]! - pending[i]! * KEEP[i]!;
      pending[i] = pending[i]! * KEEP[i]!;
    }
  }
  return profile;
})();

/** Empty buffers for one cascade; `simulateCascade` overwrites every bin, so a buffer can be reused. */
export function createCascadeRun(): CascadeRun {
  return { followerExposures: new Float64Array(BINS), outsiderExposures: new Float64Array(BINS), reshares: new Int32Array(BINS), quotes: new Int32Array(BINS) };
}

/**
 * A discrete-time marked Hawkes process with SEISMIC's power-law memory
 * (as a mixture of exponentials). Every reshare exposes `fanout` more people
 * over time following the kernel; every angry quote exposes `fanout ×
 * outrageReach`. Exposures deplete a finite pool of followers and outsiders,
 * so a supercritical cascade (a viral one) saturates instead of exploding.
 */
export function simulateCascade(input: CascadeInput, rng: Rng, run: CascadeRun = createCascadeRun()): CascadeRun {
  const m = WEIGHTS.length;
  // Timeline exposures of followers, and exposures spread by reshares, each
  // pending mass per kernel component.
  const spreadPending = new Float64Array(m);
  let spreading = false;
  // Offspring of the previous bin, added to the pending mass as it decays (one pass over the kernel per bin, not two).
  let offspring = 0;
  const total = input.followers + input.outsiders;
  let followersLeft = input.followers;
  let outsidersLeft = input.outsiders;
  for (let k = 0; k < BINS; k++) {
    const seedArrivals = input.seedExposures * SEED_PROFILE[k]!;
    let spreadArrivals = 0;
    if (spreading) {
      for (let i = 0; i < m; i++) {
        const spread = spreadPending[i]! + WEIGHTS[i]! * offspring;
        const kept = spread * KEEP[i]!;
        spreadArrivals += spread - kept;
        spreadPending[i] = kept;
      }
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
    run.followerExposures[k] = toFollowers;
    run.outsiderExposures[k] = toOutsiders;
    const exposed = toFollowers + toOutsiders;
    // A bin nobody sees draws nothing (and must still be cleared: the buffer may be reused).
    const reshares = exposed > 0 ? poisson(rng, exposed * input.reshareProb) : 0;
    const quotes = exposed > 0 ? poisson(rng, exposed * input.quoteProb) : 0;
    run.reshares[k] = reshares;
    run.quotes[k] = quotes;
    offspring = input.fanout * (reshares + input.outrageReach * quotes);
    if (offspring > 0) spreading = true;
  }
  return run;
}
