/** Reaction kinds tracked hour by hour. */
export const HOURLY_KINDS = ['likes', 'positive', 'neutral', 'negative', 'follows', 'unfollows', 'reshares', 'quotes'] as const;
export type HourlyKind = (typeof HOURLY_KINDS)[number];

/** One array per kind, indexed by simulated hour since the scenario began. */
export type Hourly = Record<HourlyKind, Float64Array>;

/** Zeroed hourly arrays for a run of `hours` hours. */
export function emptyHourly(hours: number): Hourly {
  const zeros = () => new Float64Array(hours);
  return { likes: zeros(), positive: zeros(), neutral: zeros(), negative: zeros(), follows: zeros(), unfollows: zeros(), reshares: zeros(), quotes: zeros() };
}
