import { exp } from '../math/exact';
import type { FeatureName, Features } from '../schema/features';
import type { Segment, Values } from '../schema/audience';
import type { Voice } from '../schema/brand';
import { PARAMETERS as P } from './parameters';

/** A segment's state between steps: mood in [-1, 1], trust in [0, 1]. */
export interface SegmentState {
  mood: number;
  trust: number;
}

/** How timely a reply is, in (0, 1]: 1 when instant, e^(−1) after an hour. */
export function speedOf(delayMinutes: number): number {
  return exp(-delayMinutes / P.speedMinutes);
}

/** How close a reply sits to the brand's declared voice, in [0, 1]. */
export function voiceConsistency(x: Features, voice: Voice): number {
  const traits: [number, number][] = [
    [x.humour, voice.humour],
    [x.edge, voice.edge],
    [x.warmth, voice.warmth],
  ];
  if (voice.promotion !== undefined) traits.push([x.promotion, voice.promotion]);
  return 1 - traits.reduce((sum, [a, b]) => sum + Math.abs(a - b), 0) / traits.length;
}

/** How arousing a reply is: what makes people share (Berger and Milkman 2012). */
export function arousalOf(x: Features): number {
  return Math.max(x.humour, x.edge, x.mockery, x.profanity);
}

function weighted(values: Values, x: Features, tolerance: number, heard: number, anger: number): number {
  let a = 0;
  // for…in visits the same keys in the same order as Object.entries, without making the pairs (this runs per segment and step).
  for (const key in values) {
    const name = key as keyof Values;
    const w = values[name];
    if (w === undefined || name === 'voice' || name === 'speed') continue;
    // Edge pleases only up to the segment's tolerance, and only as much as the reply is taken in; past it, it offends.
    a += worth(name, w, anger) * (name === 'edge' ? heard * Math.min(x.edge, tolerance) : x[name]);
  }
  return a;
}

/** What a feature is worth to a segment: an angry one enjoys a joke less the angrier it is, besides what the joke costs it (see `appraise`). */
const worth = (name: keyof Values, w: number, anger: number) => (name === 'humour' && w > 0 ? w * (1 - anger) : w);

/**
 * A segment's appraisal of a reply, a real number mapped to valence by tanh:
 * what it values, minus offence past its tolerance, plus fit with the brand's
 * voice and speed; an angry segment weighs repair higher and jokes lower
 * (Herhausen et al., J. Marketing 2019), and trust tilts the reading.
 * `heard` is how much of a written reply its readers take in (see
 * `Analysis.heard`; 1 for an authored reply): crude words in a reply that
 * says little are no joke anyone enjoys, though they offend all the same.
 */
export function appraise(
  seg: Segment,
  state: SegmentState,
  x: Features,
  voice: number,
  speed: number,
  heard = 1,
): number {
  const anger = Math.max(0, -state.mood);
  let a = weighted(seg.values, x, seg.tolerance, heard, anger);
  a -= P.offence * Math.max(0, x.edge - seg.tolerance);
  a += (seg.values.voice ?? 0) * voice + (seg.values.speed ?? 0) * speed;
  if (anger > 0) {
    const repair = Math.max(x.apology, x.accountability, x.explanation, x.warmth);
    a += anger * (P.repairWhenAngry * repair - P.levityWhenAngry * Math.max(x.humour, x.promotion));
  }
  return a + P.trustTilt * (state.trust - 0.5);
}

/**
 * How a segment's trust moves after a reply. Exposing customers' private
 * behaviour and mocking them always cost trust; the rest follows the
 * appraisal, damped by the exposure so that a liked privacy breach never pays.
 */
export function trustDelta(valence: number, x: Features): number {
  return (
    P.trustFromAppraisal * valence * (1 - x.privacyExposure) -
    P.trustFromPrivacy * x.privacyExposure -
    P.trustFromMockery * x.mockery
  );
}

/**
 * What each part of the reply added to a segment's appraisal, as `appraise` weighs it: per
 * feature (its value's weight, offence past the tolerance, and the angry mood's repair and
 * levity terms given to the feature that carried them), and the voice, speed and trust terms.
 * Their sum is the appraisal. Every explanation words these terms rather than computing its own.
 */
export interface AppraisalTerms {
  /** The features that moved the appraisal, and by how much (only those that moved it). */
  features: Partial<Record<FeatureName, number>>;
  voice: number;
  speed: number;
  trust: number;
}

const REPAIR: readonly FeatureName[] = ['apology', 'accountability', 'explanation', 'warmth'];
const LEVITY: readonly FeatureName[] = ['humour', 'promotion'];

/** Adds `v` to a feature's term, leaving out the terms that are 0. */
function addTerm(features: Partial<Record<FeatureName, number>>, name: FeatureName, v: number): void {
  if (v !== 0) features[name] = (features[name] ?? 0) + v;
}

/** The feature of `names` the reply carries most, the first of them on a tie. */
function strongest(x: Features, names: readonly FeatureName[]): FeatureName {
  return names.reduce((a, b) => (x[b] > x[a] ? b : a));
}

/**
 * The terms of `appraise` for the same inputs (their sum equals it up to rounding).
 * Its helpers are functions of the module rather than closures: this runs per segment and step.
 */
export function appraisalTerms(
  seg: Segment,
  state: SegmentState,
  x: Features,
  voice: number,
  speed: number,
  heard = 1,
): AppraisalTerms {
  const features: Partial<Record<FeatureName, number>> = {};
  const anger = Math.max(0, -state.mood);
  for (const key in seg.values) {
    const name = key as keyof Values;
    const w = seg.values[name];
    if (w === undefined || name === 'voice' || name === 'speed') continue;
    addTerm(
      features,
      name,
      worth(name, w, anger) * (name === 'edge' ? heard * Math.min(x.edge, seg.tolerance) : x[name]),
    );
  }
  addTerm(features, 'edge', -P.offence * Math.max(0, x.edge - seg.tolerance));
  if (anger > 0) {
    // The angry mood weighs the strongest repair and the strongest levity, as `appraise` does: each term goes to the feature that carried it.
    const repair = strongest(x, REPAIR);
    const levity = strongest(x, LEVITY);
    addTerm(features, repair, anger * P.repairWhenAngry * x[repair]);
    addTerm(features, levity, -anger * P.levityWhenAngry * x[levity]);
  }
  return {
    features,
    voice: (seg.values.voice ?? 0) * voice,
    speed: (seg.values.speed ?? 0) * speed,
    trust: P.trustTilt * (state.trust - 0.5),
  };
}
