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

/** Zeroed hourly arrays for a run of `hours` hours. */
export function emptyHourly(hours: number): Hourly {
  const zeros = () => new Float64Array(hours);
  return {
    likes: zeros(),
    positive: zeros(),
    neutral: zeros(),
    negative: zeros(),
    follows: zeros(),
    unfollows: zeros(),
    reshares: zeros(),
    quotes: zeros(),
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
