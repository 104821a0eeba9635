/** Reaction kinds tracked hour by hour. */
export const HOURLY_KINDS = ['likes', 'positive', 'neutral', 'negative', 'follows', 'unfollows', 'reshares', 'quotes'] as const;
export type HourlyKind = (typeof HOURLY_KINDS)[number];

/** One array per kind, indexed by simulated hour since the scenario began. */
export type Hourly = Record<HourlyKind, Float64Array>;

export function emptyHourly(hours: number): Hourly {
  return Object.fromEntries(HOURLY_KINDS.map((k) => [k, new Float64Array(hours)])) as Hourly;
}
