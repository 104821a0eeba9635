/**
 * How a thread's answers land: each is appraised by the asker's segment with the same model as a
 * post (its values, mood, trust, the brand's voice, the answer's speed), read by a few onlookers
 * of that segment (only the asker, for a private answer), and moves the segment's mood and trust
 * by a share of what a post would.
 */
import { tanh } from '../math/exact';
import type { Scenario } from '../schema/scenario';
import type { ThreadExchange } from '../outcome';
import type { ResolvedAnswer } from '../run/thread';
import { poisson, type Rng } from '../random/rng';
import type { Hourly } from '../series/hourly';
import { appraise, speedOf, trustDelta, voiceConsistency } from './appraisal';
import { PARAMETERS as P } from './parameters';
import { reactionRates } from './reactions';
import { emptyReactions, type AudienceState } from './respond';

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Plays the answers of a thread in order; their reactions go into `hourly` at the hour each answer goes out. */
export function respondInThread(
  scenario: Scenario,
  answers: readonly ResolvedAnswer[],
  audience: AudienceState,
  rng: Rng,
  hourly: Hourly,
): ThreadExchange[] {
  const hours = hourly.likes.length;
  return answers.map((a) => {
    const seg = scenario.audience.segments.find((s) => s.id === a.asker.segment)!;
    const state = audience.segments.get(seg.id)!;
    const voice = voiceConsistency(a.features, scenario.brand.voice);
    const speed = speedOf(a.delayMinutes);
    const valence = tanh(appraise(seg, state, a.features, voice, speed) / P.appraisalScale);
    const rates = reactionRates(valence, seg.activity, a.features);
    // The asker reads it; in public, so do a few of the segment.
    const exposures = a.private ? 1 : Math.max(1, Math.round(state.followers * P.threadReach));
    const reactions = emptyReactions();
    reactions.exposures = exposures;
    reactions.likes = poisson(rng, rates.like * exposures);
    reactions.replies.positive = poisson(rng, rates.reply * rates.replyMix.positive * exposures);
    reactions.replies.neutral = poisson(rng, rates.reply * rates.replyMix.neutral * exposures);
    reactions.replies.negative = poisson(rng, rates.reply * rates.replyMix.negative * exposures);
    const h = Math.min(hours - 1, Math.floor(a.at / 60));
    hourly.likes[h]! += reactions.likes;
    hourly.positive[h]! += reactions.replies.positive;
    hourly.neutral[h]! += reactions.replies.neutral;
    hourly.negative[h]! += reactions.replies.negative;
    const weight = a.private ? P.privateThreadWeight : P.threadWeight;
    const before = { trust: state.trust, mood: state.mood };
    state.trust = clamp(state.trust + weight * trustDelta(valence, a.features), 0, 1);
    state.mood = clamp(state.mood + weight * (1 - P.moodMemory) * (valence - state.mood), -1, 1);
    const exchange: ThreadExchange = {
      asker: a.asker.id,
      segment: seg.id,
      answer: a.answer,
      private: a.private,
      askedAt: a.at - a.delayMinutes,
      at: a.at,
      features: a.features,
      speed,
      voice,
      valence,
      trustBefore: before.trust,
      trustAfter: state.trust,
      moodBefore: before.mood,
      moodAfter: state.mood,
      reactions,
    };
    return exchange;
  });
}
