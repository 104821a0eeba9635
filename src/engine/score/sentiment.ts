import type { Scenario } from '../schema/scenario';
import type { SegmentReaction, StepOutcome } from '../outcome';

/**
 * The audience's sentiment about one reply, in −1..1: each segment's valence
 * weighted by its share of the followers, as the trust part of the score
 * weighs the segments. Counting reactions instead let one enthusiastic segment's
 * likes outvote three angry ones.
 */
export function weightedSentiment(scenario: Scenario, segments: SegmentReaction[]): number {
  let sum = 0;
  let weight = 0;
  for (const s of segments) {
    const share = scenario.audience.segments.find((seg) => seg.id === s.segment)?.share ?? 0;
    sum += share * s.valence;
    weight += share;
  }
  return weight > 0 ? sum / weight : 0;
}

/** The run's sentiment: the mean of its posted replies' weighted sentiments (0 when nothing was posted). */
export function runSentiment(steps: Pick<StepOutcome, 'silent' | 'sentiment'>[]): number {
  const posted = steps.filter((s) => !s.silent);
  return posted.length > 0 ? posted.reduce((sum, s) => sum + s.sentiment, 0) / posted.length : 0;
}
