import { exp } from '../math/exact';
import type { Features } from '../schema/features';
import { arousalOf } from './appraisal';
import { PARAMETERS as P } from './parameters';

/** Per-exposure probabilities of each reaction, for one segment and one reply. */
export interface ReactionRates {
  like: number;
  reply: number;
  /** Split of replies by sentiment; adds up to 1. */
  replyMix: { positive: number; neutral: number; negative: number };
  reshare: number;
  quote: number;
  follow: number;
  unfollow: number;
}

/**
 * Turns a segment's valence (−1..1) into reaction rates. Approval brings
 * likes, reshares and follows; disapproval brings angry replies, quote-posts
 * and unfollows, voiced more readily and spread further (negativity bias).
 */
export function reactionRates(valence: number, activity: number, x: Features): ReactionRates {
  const pos = Math.max(0, valence);
  const neg = Math.max(0, -valence);
  const arousal = 1 + P.arousalBoost * arousalOf(x);
  const ePos = exp(2 * valence);
  const eNeg = P.negativeVoice * exp(-2 * valence);
  const total = ePos + 1 + eNeg;
  return {
    like: P.likeRate * activity * Math.max(0, valence + 0.15),
    reply: P.replyRate * activity * (0.3 + Math.abs(valence)) * (1 + P.invitationBoost * x.invitation),
    replyMix: { positive: ePos / total, neutral: 1 / total, negative: eNeg / total },
    reshare: P.reshareRate * activity * pos * arousal,
    quote: P.reshareRate * P.outrageShare * activity * neg * arousal,
    follow: P.followRate * pos * pos,
    unfollow: P.unfollowRate * neg,
  };
}
