/** The remainders, in [0, 1), are counted in this many equal ranges to find the cut-off among few of them. */
const RANGES = 64;

/** Room for the remainders and their selection, as long as the weights: a run makes one and reuses it at every step. */
export interface ApportionScratch {
  readonly remainders: Float64Array;
  readonly selection: Float64Array;
  /** How many remainders fall in each of the `RANGES` ranges. */
  readonly counts: Int32Array;
}

/** Scratch for apportioning over `length` slots (the remainders and their selection share one buffer). */
export function apportionScratch(length: number): ApportionScratch {
  const doubles = new Float64Array(2 * length);
  return {
    remainders: doubles.subarray(0, length),
    selection: doubles.subarray(length),
    counts: new Int32Array(RANGES),
  };
}

/**
 * Splits a whole number across slots in proportion to weights, by largest
 * remainder, so the parts are whole and add up exactly to the total.
 * Writes the parts into `out` (as long as `weights`) when given one, and
 * works in `scratch` when it has that length.
 */
export function apportion(
  total: number,
  weights: ArrayLike<number>,
  fallbackSlot = 0,
  out: Int32Array = new Int32Array(weights.length),
  scratch?: ApportionScratch,
): Int32Array {
  out.fill(0);
  if (total <= 0 || weights.length === 0) return out;
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]!;
  if (!(sum > 0)) {
    out[Math.min(fallbackSlot, weights.length - 1)] = total;
    return out;
  }
  let given = 0;
  const { remainders: remainder, selection } =
    scratch && scratch.remainders.length === weights.length ? scratch : apportionScratch(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const exact = (total * weights[i]!) / sum;
    const whole = Math.floor(exact);
    out[i] = whole;
    given += whole;
    remainder[i] = exact - whole;
  }
  // Fewer units are left than slots: hand one each to the largest remainders,
  // ties to the earliest slot. The cut-off remainder is found by counting the
  // remainders in ranges of [0, 1), then selecting within the one range that
  // holds it, not by a sort or a selection over all of them (this runs for
  // every kind of reaction at every step).
  const left = total - given;
  if (left > 0) {
    const { counts } = scratch && scratch.counts.length === RANGES ? scratch : apportionScratch(0);
    counts.fill(0);
    for (let i = 0; i < remainder.length; i++) counts[(remainder[i]! * RANGES) | 0]!++;
    // The range holding the cut-off: the ranges above it hold fewer than `left` remainders, with it at least `left`.
    let range = RANGES - 1;
    let above = 0;
    while (above + counts[range]! < left) above += counts[range--]!;
    let within = 0;
    for (let i = 0; i < remainder.length; i++)
      if (((remainder[i]! * RANGES) | 0) === range) selection[within++] = remainder[i]!;
    // Every remainder of a higher range is larger than all of this one's, so the cut-off is this one's
    // (left − above)-th largest, and the ties at it are the units left once the larger remainders have one.
    const cut = kthSmallest(selection, within, within - (left - above));
    let ties = left - above;
    for (let i = 0; i < within; i++) if (selection[i]! > cut) ties--;
    for (let i = 0; i < remainder.length; i++) {
      if (remainder[i]! > cut || (remainder[i] === cut && ties-- > 0)) out[i]! += 1;
    }
  }
  return out;
}

/** The k-th smallest value (0-based) of the first `length` values of `a`, by Hoare's selection; reorders them. */
function kthSmallest(a: Float64Array, length: number, k: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}
