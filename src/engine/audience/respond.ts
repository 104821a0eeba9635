import { tanh } from '../math/exact';
import type { Scenario } from '../schema/scenario';
import type { Choice, Step } from '../schema/step';
import { completeFeatures, FEATURE_NAMES, type Features } from '../schema/features';
import type { Reactions, SegmentReaction, StepOutcome } from '../outcome';
import { BIN_MINUTES, BINS, simulateCascade, type CascadeHours } from '../cascade/hawkes';
import { poisson, type Rng } from '../random/rng';
import { apportion, apportionScratch, type ApportionScratch } from '../series/apportion';
import { emptyHourly, HOURLY_KINDS, zeroedHourly, type Hourly, type HourlyKind } from '../series/hourly';
import {
  appraisalTerms,
  appraise,
  speedOf,
  trustDelta,
  voiceConsistency,
  type AppraisalTerms,
  type SegmentState,
} from './appraisal';
import { PARAMETERS as P } from './parameters';
import { reactionRates } from './reactions';

/** The audience between steps: each segment's mood, trust and followers. */
export interface AudienceState {
  segments: Map<string, SegmentState & { followers: number }>;
}

/**
 * Scratch buffers for every segment and step of one run: each is read before
 * the next step overwrites it, and allocating typed arrays was a large share
 * of a step's cost. `playRun` makes one per run, sized to the run's hours,
 * and hands it to every step: no module keeps any of it.
 */
export interface RespondScratch {
  /** The hour of each cascade bin. */
  readonly hourOfBin: Int32Array;
  /** The step's expected reactions hour by hour, which its counted totals follow. */
  readonly expected: Hourly;
  readonly hourFollowers: Float64Array;
  readonly hourOutsiders: Float64Array;
  /** The step's replies hour by hour (returned by `respond`, valid until the next step). */
  readonly replyHours: Float64Array;
  readonly parts: Int32Array;
  readonly apportion: ApportionScratch;
}

/** Scratch buffers for a run of `hours` hours: the hourly ones are views of one buffer (see `emptyHourly`). */
export function respondScratch(hours: number): RespondScratch {
  const doubles = new Float64Array(3 * hours);
  return {
    hourOfBin: new Int32Array(BINS),
    expected: emptyHourly(hours),
    hourFollowers: doubles.subarray(0, hours),
    hourOutsiders: doubles.subarray(hours, 2 * hours),
    replyHours: doubles.subarray(2 * hours, 3 * hours),
    parts: new Int32Array(hours),
    apportion: apportionScratch(hours),
  };
}

/**
 * A reply as the audience meets it: an authored choice, or a written reply
 * with how much of it its readers take in (`Analysis.heard`, 1 when absent).
 */
export type PlayedChoice = Choice & { heard?: number };

/** Silence says nothing, so nothing in it is appraised. */
const SILENT_TERMS: Readonly<AppraisalTerms> = Object.freeze({
  features: Object.freeze({}),
  voice: 0,
  speed: 0,
  trust: 0,
});

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function emptyReactions(): Reactions {
  return {
    exposures: 0,
    likes: 0,
    replies: { positive: 0, neutral: 0, negative: 0 },
    reshares: 0,
    quotes: 0,
    follows: 0,
    unfollows: 0,
  };
}

export function addReactions(into: Reactions, r: Reactions): void {
  into.exposures += r.exposures;
  into.likes += r.likes;
  into.replies.positive += r.replies.positive;
  into.replies.neutral += r.replies.neutral;
  into.replies.negative += r.replies.negative;
  into.reshares += r.reshares;
  into.quotes += r.quotes;
  into.follows += r.follows;
  into.unfollows += r.unfollows;
}

/**
 * How the audience responds to one decision: each segment appraises the
 * reply, its followers see it, reshares carry it to outsiders through a
 * Hawkes cascade over 72 hours, and the segment's mood, trust and followers
 * move. Adds the step's reactions, hour by hour, into `hourly`, working in
 * `scratch` (as long as `hourly`). The returned `replyHours` is the
 * scratch's, valid until the next step.
 */
export function respond(
  scenario: Scenario,
  step: Step,
  choice: PlayedChoice,
  postedAt: number,
  audience: AudienceState,
  rng: Rng,
  hourly: Hourly,
  scratch: RespondScratch,
): Omit<StepOutcome, 'replies' | 'sentiment' | 'dueAt'> & { replyHours: Float64Array } {
  const x: Features = choice.silent ? completeFeatures({}) : completeFeatures(choice.features);
  const timeliness = speedOf(choice.delayMinutes);
  // A quick reply in the brand's voice pleases as much as it says: a pile of cues posted fast is no quick answer.
  const heard = choice.heard ?? 1;
  const consistency = voiceConsistency(x, scenario.brand.voice);
  const speed = heard * timeliness;
  const voice = heard * consistency;
  const hours = hourly.likes.length;
  if (scratch.replyHours.length !== hours)
    throw new RangeError(`the scratch buffers are for ${scratch.replyHours.length} hours, the run has ${hours}`);
  const { hourOfBin, hourFollowers, hourOutsiders, replyHours, parts } = scratch;
  const expected = zeroedHourly(scratch.expected, hours);
  replyHours.fill(0);
  const segments: SegmentReaction[] = [];
  const totals = emptyReactions();
  const startHour = Math.min(hours - 1, Math.floor(postedAt / 60));
  // The hour of each bin, once for all segments.
  for (let k = 0; k < BINS; k++) hourOfBin[k] = Math.floor((postedAt + k * BIN_MINUTES) / 60);
  // The cascades add exposures per hour here, and reshares and quotes straight into the run's hours.
  const cascadeHours: CascadeHours = {
    hourOfBin,
    followerExposures: hourFollowers,
    outsiderExposures: hourOutsiders,
    reshares: hourly.reshares,
    quotes: hourly.quotes,
  };

  for (const seg of scenario.audience.segments) {
    const state = audience.segments.get(seg.id)!;
    let r: SegmentReaction;
    if (choice.silent) {
      // Silence costs only where people are waiting for an answer.
      const anger = Math.max(0, -state.mood);
      const unfollows = Math.min(
        Math.floor(state.followers),
        poisson(rng, state.followers * P.silentUnfollowRate * anger * seg.activity),
      );
      for (let h = startHour; h < Math.min(hours, startHour + 24); h++) expected.unfollows[h]! += unfollows / 24;
      r = {
        ...emptyReactions(),
        unfollows,
        segment: seg.id,
        appraisal: 0,
        valence: 0,
        terms: SILENT_TERMS,
        trustBefore: state.trust,
        trustAfter: clamp(state.trust - P.silenceCost * anger, 0, 1),
      };
    } else {
      const appraisal = appraise(seg, state, x, voice, speed, heard);
      const valence = tanh(appraisal / P.appraisalScale);
      const rates = reactionRates(valence, seg.activity, x);
      // Exposures are summed per hour, as the rates are constant for the segment.
      hourFollowers.fill(0);
      hourOutsiders.fill(0);
      const run = simulateCascade(
        {
          seedExposures: state.followers * P.organicReach * (P.slowReach + (1 - P.slowReach) * timeliness),
          followers: state.followers,
          outsiders: seg.outside * scenario.brand.followers,
          reshareProb: rates.reshare,
          quoteProb: rates.quote,
          fanout: P.fanout,
          outrageReach: P.outrageReach,
        },
        rng,
        cascadeHours,
      );
      const followerExp = run.followerExposures;
      const outsiderExp = run.outsiderExposures;
      const { like, follow, unfollow } = rates;
      const replyPositive = rates.reply * rates.replyMix.positive;
      const replyNeutral = rates.reply * rates.replyMix.neutral;
      const replyNegative = rates.reply * rates.replyMix.negative;
      const { likes, positive, neutral, negative, follows, unfollows } = expected;
      for (let h = startHour; h < hours; h++) {
        const fe = hourFollowers[h]!;
        const oe = hourOutsiders[h]!;
        const e = fe + oe;
        if (e === 0) continue;
        likes[h]! += like * e;
        positive[h]! += replyPositive * e;
        neutral[h]! += replyNeutral * e;
        negative[h]! += replyNegative * e;
        follows[h]! += follow * oe;
        unfollows[h]! += unfollow * fe;
      }
      const exposures = followerExp + outsiderExp;
      r = {
        segment: seg.id,
        appraisal,
        valence,
        terms: appraisalTerms(seg, state, x, voice, speed, heard),
        exposures: Math.round(exposures),
        likes: poisson(rng, rates.like * exposures),
        replies: {
          positive: poisson(rng, rates.reply * rates.replyMix.positive * exposures),
          neutral: poisson(rng, rates.reply * rates.replyMix.neutral * exposures),
          negative: poisson(rng, rates.reply * rates.replyMix.negative * exposures),
        },
        reshares: run.reshares,
        quotes: run.quotes,
        follows: poisson(rng, rates.follow * outsiderExp),
        unfollows: Math.min(Math.floor(state.followers), poisson(rng, rates.unfollow * followerExp)),
        trustBefore: state.trust,
        trustAfter: clamp(state.trust + trustDelta(valence, x), 0, 1),
      };
      state.mood = P.moodMemory * state.mood + (1 - P.moodMemory) * valence;
    }
    state.trust = r.trustAfter;
    state.followers += r.follows - r.unfollows;
    segments.push(r);
    addReactions(totals, r);
  }

  // Spread the step's counted totals over the hours, following the expected curve.
  const counted: Record<Exclude<HourlyKind, 'reshares' | 'quotes'>, number> = {
    likes: totals.likes,
    positive: totals.replies.positive,
    neutral: totals.replies.neutral,
    negative: totals.replies.negative,
    follows: totals.follows,
    unfollows: totals.unfollows,
  };
  for (const kind of HOURLY_KINDS) {
    if (kind === 'reshares' || kind === 'quotes') continue;
    apportion(counted[kind], expected[kind], startHour, parts, scratch.apportion);
    const isReply = kind === 'positive' || kind === 'neutral' || kind === 'negative';
    const into = hourly[kind];
    for (let h = startHour; h < hours; h++) {
      into[h]! += parts[h]!;
      if (isReply) replyHours[h]! += parts[h]!;
    }
  }
  return {
    step: step.id,
    choice: choice.id,
    next: choice.next,
    silent: choice.silent,
    postedAt,
    features: x,
    speed: timeliness,
    voice: consistency,
    segments,
    totals,
    replyHours,
  };
}

/** True when every feature is a number in [0, 1]. */
export function featuresInRange(x: Features): string | null {
  for (const name of FEATURE_NAMES) {
    const v = x[name];
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) return name;
  }
  return null;
}
