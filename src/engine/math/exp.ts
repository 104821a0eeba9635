/**
 * The exponential, bit for bit as stdlib's `exp` (a port of FreeBSD's msun), only faster where the engine calls it
 * most: a Poisson draw in every bin of every cascade computes one.
 *
 * stdlib reduces x to r with x = k·ln 2 + r, evaluates e^r as y, and returns `ldexp(y, k)`, which rebuilds the
 * number from its bit fields through typed arrays: most of its time. When the result is a normal number, y·2^k is
 * exactly that number (scaling by a power of two is exact in IEEE 754 then), so this does the same reduction and
 * polynomial step by step and multiplies by 2^k from a table. Elsewhere (near 0, near the ends of the range, NaN and
 * infinities) it calls stdlib. tests/engine/exact.test.ts checks the two agree on every bit.
 */
import stdlibExp from '@stdlib/math-base-special-exp';

// stdlib's constants (ln 2 split in two parts, and log2(e): the double nearest it, which Math.LOG2E is).
const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
const LOG2_E = Math.LOG2E;
/** Below this size stdlib returns 1 + x. */
const NEAR_ZERO = 1 / (1 << 28);
/** Within these bounds e^x, and every 2^k the reduction gives, is a normal number (stdlib's range is wider). */
const LOWEST = -700;
const HIGHEST = 700;

/** 2^k for k from −1022 to 1023 at index k + 1022, exact (halving and doubling are), a constant table. */
const POW2: readonly number[] = Object.freeze(
  Array.from({ length: 2046 }, (_, i) => {
    let p = 1;
    for (let k = i - 1022; k < 0; k++) p /= 2;
    for (let k = i - 1022; k > 0; k--) p *= 2;
    return p;
  }),
);

/** stdlib's polynomial for e^r over the reduced range (its `polyval_p`). */
function polyP(x: number): number {
  if (x === 0) return 0.16666666666666602;
  return (
    0.16666666666666602 +
    x *
      (-0.0027777777777015593 +
        x * (0.00006613756321437934 + x * (-0.0000016533902205465252 + x * 4.1381367970572385e-8)))
  );
}

/** e^x, the same bits as stdlib's `exp` for every x. */
export function exp(x: number): number {
  if (!(x > LOWEST && x < HIGHEST) || (x > -NEAR_ZERO && x < NEAR_ZERO)) return stdlibExp(x);
  const k = x < 0 ? Math.ceil(LOG2_E * x - 0.5) : Math.floor(LOG2_E * x + 0.5);
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  // stdlib's `expmulti`, with ldexp(y, k) as y × 2^k.
  const r = hi - lo;
  const t = r * r;
  const c = r - t * polyP(t);
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  return y * POW2[k + 1022]!;
}
