import type { Scenario } from '../schema/scenario';
import { FEATURE_NAMES, type FeatureName } from '../schema/features';
import { toneOf, type Outcome, type ScorePart, type StepOutcome, type Tone } from '../outcome';
import type { Transcript } from '../run/decision';
import { sameDecision } from '../run/decision';

/** One part of the score on both paths. */
export interface PartDifference {
  id: ScorePart['id'];
  mine: number;
  alt: number;
  delta: number;
}

/** How one segment took a whole run. */
export interface SegmentSide {
  /** Followers won minus followers lost. */
  followers: number;
  /** Mean valence over the replies actually posted, or null when nothing was posted. */
  valence: number | null;
  tone: Tone | null;
  /** Trust at the end of the run, 0..1. */
  trust: number;
}

/** A segment that took the two paths differently. */
export interface SegmentDifference {
  segment: string;
  mine: SegmentSide;
  alt: SegmentSide;
}

/** What changed a segment's mind most at the changed decision: a feature it values or dislikes, more or less present. */
export interface Driver {
  segment: string;
  feature: FeatureName | 'speed' | 'voice';
  /** Whether the segment likes the feature (weight > 0) or dislikes it. */
  attitude: 'values' | 'dislikes';
  /** Whether the alternative carries more or less of it. */
  direction: 'more' | 'less';
  /** The feature's share of the change in the segment's appraisal. */
  effect: number;
}

/** A path's curves, hour by hour from the chart's first hour. */
export interface Curves {
  followers: number[];
  /** Net sentiment of all reactions so far, −1..1 (0 before any). */
  sentiment: number[];
}

/** Both paths' curves on one time axis. */
export interface ComparisonChart {
  /** The simulated hour the curves start at: the hour of the first reply on either path. */
  fromHour: number;
  mine: Curves;
  alt: Curves;
}

/** The trainee's run against an alternative: every figure the what-if screen shows. */
export interface Comparison {
  /** The first decision that differs, or null when the paths are the same. */
  changedAt: number | null;
  /** How many decisions after the first differ too (the continuation). */
  laterChanged: number;
  score: { mine: number; alt: number; delta: number; max: number };
  parts: PartDifference[];
  /** The part that moved most, or null when none moved. */
  movedMost: PartDifference | null;
  followers: { mine: number; alt: number };
  sentiment: { mine: number; alt: number };
  /** Segments that took the paths differently, the most changed first. */
  segments: SegmentDifference[];
  driver: Driver | null;
  chart: ComparisonChart;
}

/** Below these a segment is said to have taken both paths alike. */
const SAME_VALENCE = 0.1;
const SAME_TRUST = 0.01;

/** Compares the trainee's run with an alternative run of the same scenario. */
export function compareRuns(
  scenario: Scenario,
  mine: { transcript: Transcript; outcome: Outcome },
  alt: { transcript: Transcript; outcome: Outcome },
): Comparison {
  const length = Math.max(mine.transcript.decisions.length, alt.transcript.decisions.length);
  const differing = Array.from({ length }, (_, i) => i).filter(
    (i) => !sameDecision(mine.transcript.decisions[i], alt.transcript.decisions[i]),
  );
  const changedAt = differing[0] ?? null;
  const parts = mine.outcome.score.parts.map((p) => {
    const other = alt.outcome.score.parts.find((q) => q.id === p.id)!.points;
    return { id: p.id, mine: p.points, alt: other, delta: other - p.points };
  });
  const movedMost = parts.reduce<PartDifference | null>(
    (best, p) => (p.delta !== 0 && (!best || Math.abs(p.delta) > Math.abs(best.delta)) ? p : best),
    null,
  );
  const segments = scenario.audience.segments
    .map((s) => ({ segment: s.id, mine: sideOf(s.id, s.trust, mine.outcome), alt: sideOf(s.id, s.trust, alt.outcome) }))
    .filter(reactedDifferently)
    .sort((a, b) => change(b) - change(a));
  const driver =
    changedAt === null || !segments[0]
      ? null
      : driverOf(scenario, segments[0].segment, mine.outcome.steps[changedAt], alt.outcome.steps[changedAt]);
  return {
    changedAt,
    laterChanged: Math.max(0, differing.length - 1),
    score: {
      mine: mine.outcome.score.total,
      alt: alt.outcome.score.total,
      delta: alt.outcome.score.total - mine.outcome.score.total,
      max: mine.outcome.score.max,
    },
    parts,
    movedMost,
    followers: { mine: mine.outcome.followers.delta, alt: alt.outcome.followers.delta },
    sentiment: { mine: mine.outcome.sentiment, alt: alt.outcome.sentiment },
    segments,
    driver,
    chart: chartOf(mine.outcome, alt.outcome),
  };
}

function sideOf(segment: string, trustAtStart: number, outcome: Outcome): SegmentSide {
  let followers = 0;
  let sum = 0;
  let n = 0;
  let trust = trustAtStart;
  for (const step of outcome.steps) {
    const r = step.segments.find((s) => s.segment === segment);
    if (!r) continue;
    followers += r.follows - r.unfollows;
    trust = r.trustAfter;
    if (!step.silent) [sum, n] = [sum + r.valence, n + 1];
  }
  const valence = n > 0 ? sum / n : null;
  return { followers, valence, tone: valence === null ? null : toneOf(valence), trust };
}

function reactedDifferently(d: SegmentDifference): boolean {
  return (
    d.mine.tone !== d.alt.tone ||
    d.mine.followers !== d.alt.followers ||
    Math.abs(d.mine.trust - d.alt.trust) >= SAME_TRUST ||
    Math.abs((d.mine.valence ?? 0) - (d.alt.valence ?? 0)) >= SAME_VALENCE
  );
}

/** How much a segment's reaction changed, for ordering: followers first, then feeling. */
function change(d: SegmentDifference): number {
  return Math.abs(d.alt.followers - d.mine.followers) + 1000 * Math.abs((d.alt.valence ?? 0) - (d.mine.valence ?? 0));
}

/** The feature whose change moved this segment's appraisal most, in the direction it moved. */
function driverOf(
  scenario: Scenario,
  segmentId: string,
  mine: StepOutcome | undefined,
  alt: StepOutcome | undefined,
): Driver | null {
  const seg = scenario.audience.segments.find((s) => s.id === segmentId);
  if (!seg || !mine || !alt) return null;
  const featureValue = (step: StepOutcome, f: Driver['feature']) =>
    step.silent ? 0 : f === 'speed' ? step.speed : f === 'voice' ? step.voice : step.features[f];
  const moved =
    (alt.segments.find((s) => s.segment === segmentId)?.appraisal ?? 0) -
    (mine.segments.find((s) => s.segment === segmentId)?.appraisal ?? 0);
  // The model's own terms at that decision: what each feature (or the speed, or the voice) added to this segment's appraisal on each side.
  const termsOf = (step: StepOutcome) => step.segments.find((s) => s.segment === segmentId)?.terms;
  const termOf = (step: StepOutcome, f: Driver['feature']) => {
    const t = termsOf(step);
    return !t ? 0 : f === 'speed' ? t.speed : f === 'voice' ? t.voice : (t.features[f] ?? 0);
  };
  const candidates = [...FEATURE_NAMES, 'speed' as const, 'voice' as const].map((feature) => {
    const effect = termOf(alt, feature) - termOf(mine, feature);
    return {
      feature,
      effect,
      more: featureValue(alt, feature) > featureValue(mine, feature),
      differs: featureValue(alt, feature) !== featureValue(mine, feature),
    };
  });
  const top = candidates
    .filter((c) => c.differs && c.effect !== 0 && Math.sign(c.effect) === Math.sign(moved || c.effect))
    .sort((x, y) => Math.abs(y.effect) - Math.abs(x.effect))[0];
  if (!top) return null;
  const likes = top.effect > 0 === top.more;
  return {
    segment: segmentId,
    feature: top.feature,
    attitude: likes ? 'values' : 'dislikes',
    direction: top.more ? 'more' : 'less',
    effect: top.effect,
  };
}

function chartOf(mine: Outcome, alt: Outcome): ComparisonChart {
  const firstPost = (o: Outcome) => Math.floor((o.steps[0]?.postedAt ?? 0) / 60);
  const fromHour = Math.min(firstPost(mine), firstPost(alt));
  const hours = Math.max(mine.series.followers.length, alt.series.followers.length) - fromHour;
  return { fromHour, mine: curvesOf(mine, fromHour, hours), alt: curvesOf(alt, fromHour, hours) };
}

/** Followers and the running net sentiment, padded with their last value to `hours`. */
function curvesOf(o: Outcome, fromHour: number, hours: number): Curves {
  const followers: number[] = [];
  const sentiment: number[] = [];
  let net = 0;
  let all = 0;
  for (let h = fromHour; h < fromHour + hours; h++) {
    const e = o.series.engagement[h] ?? 0;
    net += (o.series.sentiment[h] ?? 0) * e;
    all += e;
    followers.push(o.series.followers[h] ?? o.series.followers.at(-1) ?? o.followers.start);
    sentiment.push(all > 0 ? Math.round((net / all) * 1000) / 1000 : 0);
  }
  return { followers, sentiment };
}
