/** Pearson's correlation of two equally long series. */
export function pearson(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

/** F1 of the class `c`. */
export function f1Of(gold: readonly number[], predicted: readonly number[], c: number): number {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (predicted[i] === c && gold[i] === c) tp++;
    else if (predicted[i] === c) fp++;
    else if (gold[i] === c) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Macro-F1 over the classes 0..k−1. */
export function macroF1(gold: readonly number[], predicted: readonly number[], k: number): number {
  let sum = 0;
  for (let c = 0; c < k; c++) sum += f1Of(gold, predicted, c);
  return sum / k;
}

/** Negative (0) below `low`, positive (2) above `high`, neutral (1) between. */
export const threeClass = (scores: readonly number[], [low, high]: readonly [number, number]): number[] =>
  scores.map((s) => (s < low ? 0 : s > high ? 2 : 1));

/** The two thresholds (negative below `low`, positive above `high`) that give the best macro-F1 on a validation split. */
export function tuneThresholds(scores: readonly number[], gold: readonly number[]): [number, number] {
  const grid = [...new Set(scores.map((s) => Math.round(s * 200) / 200))].sort((a, b) => a - b);
  let best: [number, number] = [0, 0];
  let bestF = -1;
  for (let i = 0; i < grid.length; i++) {
    for (let j = i; j < grid.length; j++) {
      const f = macroF1(gold, threeClass(scores, [grid[i]!, grid[j]!]), 3);
      if (f > bestF) [bestF, best] = [f, [grid[i]!, grid[j]!]];
    }
  }
  return best;
}
