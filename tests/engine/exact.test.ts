import stdlibExp from '@stdlib/math-base-special-exp';
import { describe, expect, it } from 'vitest';
import { exp } from '../../src/engine/math/exact';
import { createRng, poisson } from '../../src/engine/random/rng';

/** The arguments where `exp` and stdlib's give different bits (none, or the replays would change). */
function disagreements(xs: Iterable<number>): number[] {
  const found: number[] = [];
  for (const x of xs) if (!Object.is(exp(x), stdlibExp(x))) found.push(x);
  return found;
}

function* spread(from: number, to: number, count: number, seed: number): Generator<number> {
  const rng = createRng(seed);
  for (let i = 0; i < count; i++) yield from + (to - from) * rng.next();
}

/** Each x at which the reduction's k changes, ±(k + ½)·ln 2, and the numbers either side of it. */
function* roundingEdges(): Generator<number> {
  for (let k = -1030; k <= 1030; k++) {
    const x = (k + 0.5) * Math.LN2;
    for (const y of [x, x * (1 + 2 ** -52), x * (1 - 2 ** -52)]) yield y;
  }
}

describe('the exponential the engine computes with', () => {
  it('gives the same bits as stdlib over the draws of a cascade (means from 0 to 30)', () => {
    expect(disagreements(spread(-30, 0, 300_000, 1))).toEqual([]);
  });

  it('gives the same bits as stdlib over its whole range, at its ends and where the reduction changes', () => {
    expect(disagreements(spread(-750, 720, 300_000, 2))).toEqual([]);
    expect(disagreements(roundingEdges())).toEqual([]);
    const ends = [-745.2, -745, -708.4, -708, -700, -699.99, 0, -0, 2 ** -28, -(2 ** -28), 2 ** -29, 1e-300];
    expect(disagreements([...ends, 699.99, 700, 709, 709.8, 710, Infinity, -Infinity, NaN])).toEqual([]);
  });
});

/** The Poisson draw by inversion with nothing skipped: what `poisson` must give for a uniform draw `u`. */
function searched(u: number, mean: number): number {
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

describe('a Poisson draw', () => {
  it('skips the search only for draws it would make 0 or 1 too', () => {
    const means = [1e-12, 1e-9, 2 ** -28, 1e-6, 1e-4, 0.01, 0.1, 0.3, 0.5, 0.9, 1, 1.5, 1.99, 2, 2.01, 5, 12, 29.9];
    const stream = createRng(3);
    const differing: string[] = [];
    for (const mean of means) {
      const edges = [exp(-mean), exp(-mean) + exp(-mean) * mean];
      // Uniform draws, and draws within a few units of the last place either side of where the search compares them
      // for a draw of 0 and of 1, where a shortcut could err.
      const us = [...Array.from({ length: 20_000 }, () => stream.next())];
      for (const edge of edges) for (let d = -64; d <= 64; d++) us.push(edge + d * 2 ** -53);
      for (const u of us.filter((x) => x >= 0 && x < 1)) {
        const drawn = poisson({ next: () => u }, mean);
        if (drawn !== searched(u, mean)) differing.push(`mean ${mean}, u ${u}: ${drawn}, not ${searched(u, mean)}`);
      }
    }
    expect(differing).toEqual([]);
  });
});
