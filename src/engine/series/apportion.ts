/** Scratch for the remainders and their selection, reused (the engine is synchronous) while the length stays the same. */
let remainders = new Float64Array(0);
let selection = new Float64Array(0);

/**
 * Splits a whole number across slots in proportion to weights, by largest
 * remainder, so the parts are whole and add up exactly to the total.
 * Writes the parts into `out` (as long as `weights`) when given one.
 */
export function apportion(total: number, weights: ArrayLike<number>, fallbackSlot = 0, out: Int32Array = new Int32Array(weights.length)): Int32Array {
  out.fill(0);
  if (total <= 0 || weights.length === 0) return out;
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]!;
  if (!(sum > 0)) {
    out[Math.min(fallbackSlot, weights.length - 1)] = total;
    return out;
  }
  let given = 0;
  if (remainders.length !== weights.length) {
    remainders = new Float64Array(weights.length);
    selection = new Float64Array(weights.length);
  }
  const remainder = remainders;
  for (let i = 0; i < weights.length; i++) {
    const exact = (total * weights[i]!) / sum;
    const whole = Math.floor(exact);
    out[i] = whole;
    given += whole;
    remainder[i] = exact - whole;
  }
  // Fewer units are left than slots: hand one each to the largest remainders,
  // ties to the earliest slot. The cut-off remainder is found by selection,
  // not a full sort (this runs for every kind of reaction at every step).
  const left = total - given;
  if (left > 0) {
    selection.set(remainder);
    const cut = kthSmallest(selection, weights.length - left);
    let ties = left;
    for (let i = 0; i < remainder.length; i++) if (remainder[i]! > cut) ties--;
    for (let i = 0; i < remainder.length; i++) {
      if (remainder[i]! > cut || (remainder[i] === cut && ties-- > 0)) out[i]! += 1;
    }
  }
  return out;
}


/** The k-th smallest value (0-based) of `a`, by Hoare's selection; reorders `a`. */
function kthSmallest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
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
