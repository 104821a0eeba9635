/**
 * Splits a whole number across slots in proportion to weights, by largest
 * remainder, so the parts are whole and add up exactly to the total.
 */
export function apportion(total: number, weights: ArrayLike<number>, fallbackSlot = 0): Int32Array {
  const out = new Int32Array(weights.length);
  if (total <= 0 || weights.length === 0) return out;
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]!;
  if (!(sum > 0)) {
    out[Math.min(fallbackSlot, weights.length - 1)] = total;
    return out;
  }
  let given = 0;
  const remainder = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const exact = (total * weights[i]!) / sum;
    const whole = Math.floor(exact);
    out[i] = whole;
    given += whole;
    remainder[i] = exact - whole;
  }
  // Fewer units are left than slots: hand one each to the largest remainders,
  // ties to the earliest slot. The cut-off remainder comes from a native
  // numeric sort, far cheaper than a sort with a comparator or a scan per
  // unit (this runs for every kind of reaction at every step).
  const left = total - given;
  if (left > 0) {
    const cut = remainder.slice().sort()[weights.length - left]!;
    let ties = left;
    for (let i = 0; i < remainder.length; i++) if (remainder[i]! > cut) ties--;
    for (let i = 0; i < remainder.length; i++) {
      if (remainder[i]! > cut || (remainder[i] === cut && ties-- > 0)) out[i]! += 1;
    }
  }
  return out;
}

