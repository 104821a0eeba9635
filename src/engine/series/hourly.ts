/** Reaction kinds tracked hour by hour. */
export const HOURLY_KINDS = [
  'likes',
  'positive',
  'neutral',
  'negative',
  'follows',
  'unfollows',
  'reshares',
  'quotes',
] as const;
export type HourlyKind = (typeof HOURLY_KINDS)[number];

/** One array per kind, indexed by simulated hour since the scenario began. */
export type Hourly = Record<HourlyKind, Float64Array>;

/**
 * Zeroed hourly arrays for a run of `hours` hours: views of one buffer, as a
 * run makes several sets and each typed array of its own would be allocated
 * outside V8's heap, which costs far more than its size.
 */
export function emptyHourly(hours: number): Hourly {
  const all = new Float64Array(HOURLY_KINDS.length * hours);
  return {
    likes: all.subarray(0, hours),
    positive: all.subarray(hours, 2 * hours),
    neutral: all.subarray(2 * hours, 3 * hours),
    negative: all.subarray(3 * hours, 4 * hours),
    follows: all.subarray(4 * hours, 5 * hours),
    unfollows: all.subarray(5 * hours, 6 * hours),
    reshares: all.subarray(6 * hours, 7 * hours),
    quotes: all.subarray(7 * hours, 8 * hours),
  };
}

/**
 * Zeroed hourly arrays for a run of `hours` hours, reusing `h` when it has
 * that length: for scratch sets kept between calls, as allocating typed arrays
 * costs more than zeroing them.
 */
export function zeroedHourly(h: Hourly | null, hours: number): Hourly {
  if (!h || h.likes.length !== hours) return emptyHourly(hours);
  for (const kind of HOURLY_KINDS) h[kind].fill(0);
  return h;
}
