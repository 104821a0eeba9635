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
  const remainders: { i: number; r: number }[] = [];
  for (let i = 0; i < weights.length; i++) {
    const exact = (total * weights[i]!) / sum;
    const whole = Math.floor(exact);
    out[i] = whole;
    given += whole;
    if (exact > whole) remainders.push({ i, r: exact - whole });
  }
  remainders.sort((a, b) => b.r - a.r || a.i - b.i);
  for (let j = 0; given < total; j++, given++) out[remainders[j % remainders.length]!.i]! += 1;
  return out;
}
