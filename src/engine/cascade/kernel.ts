/**
 * The memory kernel of SEISMIC (Zhao et al., KDD 2015): how long after a
 * post (or a reshare) people react to it. Constant for the first s0 seconds,
 * then a power law with a heavy tail. Parameters are the defaults of the
 * authors' R package `seismic`, fitted on Twitter; they make φ integrate to 1.
 */
import { exp, pow } from '../math/exact';

export const SEISMIC = { theta: 0.2314843, s0: 300, c: 6.265725e-4 } as const;

/** The kernel's cumulative distribution: the share of reactions within t seconds. */
export function seismicCdf(t: number): number {
  const { theta, s0, c } = SEISMIC;
  if (t <= 0) return 0;
  if (t <= s0) return c * t;
  const a = (c * pow(s0, 1 + theta)) / theta;
  return c * s0 + a * (pow(s0, -theta) - pow(t, -theta));
}

/**
 * The same kernel as a mixture of exponentials, Σ wₘ·e^(−t/τₘ)/τₘ, so that a
 * cascade can be simulated in O(bins × components) instead of O(bins²).
 * Weights were fitted (non-negative least squares) to `seismicCdf` at every
 * 15-minute mark up to 72 hours and beyond; the fit's relative error on that
 * grid is under 0.2% (tested in tests/engine/kernel.test.ts). The weights add
 * up to about 0.92: the rest is the tail past a month, which the simulation
 * never reaches.
 */
export const KERNEL_MIXTURE: readonly { tau: number; weight: number }[] = [
  { tau: 120, weight: 0.1307 },
  { tau: 600, weight: 0.19955 },
  { tau: 1800, weight: 0.15491 },
  { tau: 5400, weight: 0.11159 },
  { tau: 16200, weight: 0.094531 },
  { tau: 48600, weight: 0.062687 },
  { tau: 145800, weight: 0.072086 },
  { tau: 1312200, weight: 0.092437 },
];

/** The mixture's cumulative distribution. */
export function mixtureCdf(t: number): number {
  return KERNEL_MIXTURE.reduce((sum, { tau, weight }) => sum + weight * (1 - exp(-t / tau)), 0);
}
