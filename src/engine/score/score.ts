import { tanh } from '../math/exact';
import type { Scenario } from '../schema/scenario';
import { toneOf, type Outcome, type Reason, type ScorePart, type StepOutcome } from '../outcome';
import { lessonOf, type DecisionLesson } from './lesson';

const PART_MAX = 250;
/** How much more a decision against the lesson weighs in the lesson part than one that follows or misses it. */
const AGAINST_WEIGHT = 3;

/** Scales a signed quantity into [0, max]: 0 → max/2, ±∞ → max or 0. */
function band(value: number, scale: number): number {
  return Math.round((PART_MAX / 2) * (1 + tanh(value / scale)));
}

/**
 * The score, out of 1000: four parts of 250 each.
 * - followers: net change as a share of the start (±0.05% is a strong result);
 * - engagement: approving minus twice the angry reactions per exposure;
 * - trust: change in trust, weighted by each segment's share;
 * - lesson: how far the replies carry what the scenario's lesson rewards.
 * It depends only on the scenario and the transcript, not on the texture seed.
 * `lessons` are the steps' (`lessonOf`), when the caller has them already.
 */
export function scoreRun(
  scenario: Scenario,
  run: Pick<Outcome, 'steps' | 'followers' | 'reactions'>,
  trust: Map<string, { start: number; end: number }>,
  lessons: readonly DecisionLesson[] = run.steps.map((s) => lessonOf(scenario, s)),
): ScorePart[] {
  return [
    followersPart(scenario, run),
    engagementPart(run),
    trustPart(scenario, trust, run.steps.length),
    lessonPart(run.steps, lessons),
  ];
}

function followersPart(scenario: Scenario, run: Pick<Outcome, 'steps' | 'followers'>): ScorePart {
  const net = new Map<string, number>();
  const valence = new Map<string, { sum: number; n: number }>();
  for (const step of run.steps) {
    for (const s of step.segments) {
      net.set(s.segment, (net.get(s.segment) ?? 0) + s.follows - s.unfollows);
      const v = valence.get(s.segment) ?? { sum: 0, n: 0 };
      if (!step.silent) valence.set(s.segment, { sum: v.sum + s.valence, n: v.n + 1 });
    }
  }
  const tone = (segment: string) => {
    const v = valence.get(segment);
    return v && v.n > 0 ? toneOf(v.sum / v.n) : undefined;
  };
  const reasons: Reason[] = [...net]
    .filter(([, v]) => v !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, 3)
    .map(([segment, value]) => {
      const t = tone(segment);
      // A segment that liked the replies overall can still lose followers to one of them (and the other way round): say so.
      const against = value > 0 ? t === 'disliked' || t === 'outraged' : t === 'loved' || t === 'liked';
      return { key: `segment-${value > 0 ? 'followed' : 'left'}${against ? '-anyway' : ''}`, segment, value, tone: t };
    });
  if (reasons.length === 0) reasons.push({ key: 'followers-unchanged', value: 0 });
  return {
    id: 'followers',
    points: band(run.followers.delta / scenario.brand.followers, 0.0005),
    max: PART_MAX,
    reasons,
  };
}

function engagementPart(run: Pick<Outcome, 'reactions'>): ScorePart {
  const r = run.reactions;
  const good = r.likes + r.reshares + r.replies.positive;
  const bad = r.quotes + r.replies.negative;
  const quality = r.exposures > 0 ? (good - 2 * bad) / r.exposures : 0;
  const reasons: Reason[] =
    r.exposures === 0
      ? [{ key: 'no-exposure', value: 0 }]
      : [
          { key: 'approving-rate', value: good / r.exposures },
          { key: 'angry-rate', value: bad / r.exposures },
        ];
  return { id: 'engagement', points: band(quality, 0.03), max: PART_MAX, reasons };
}

function trustPart(
  scenario: Scenario,
  trust: Map<string, { start: number; end: number }>,
  decisions: number,
): ScorePart {
  let delta = 0;
  const reasons: Reason[] = [];
  for (const seg of scenario.audience.segments) {
    const t = trust.get(seg.id)!;
    delta += seg.share * (t.end - t.start);
    if (Math.abs(t.end - t.start) >= 0.01)
      reasons.push({ key: t.end > t.start ? 'trust-up' : 'trust-down', segment: seg.id, value: t.end - t.start });
  }
  reasons.sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
  if (reasons.length === 0) reasons.push({ key: 'trust-steady', value: 0 });
  // Per decision: trust adds up over a long scenario, and summed it pinned every run of four decisions near the maximum.
  return {
    id: 'trust',
    points: band(delta / Math.max(1, decisions), 0.05),
    max: PART_MAX,
    reasons: reasons.slice(0, 3),
  };
}

/** What an answer in a thread weighs in the lesson, against a post's 1. */
const THREAD_ANSWER_WEIGHT = 0.3;

function lessonPart(steps: StepOutcome[], lessons: readonly DecisionLesson[]): ScorePart {
  const contributions = new Map<string, number>();
  let sum = 0;
  let weight = 0;
  // Every decision against the lesson is named first, whatever the features added up to elsewhere.
  const against: Reason[] = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const lesson = lessons[i]!;
    if (lesson.verdict === 'against') against.push({ key: 'lesson-against', step: step.step, value: -1 });
    // A decision against the lesson weighs three times as much as another: one harmful post outweighs
    // several good ones in how people judge a brand (Baumeister et al., "Bad is stronger than good", 2001).
    const w = lesson.verdict === 'against' ? AGAINST_WEIGHT : 1;
    sum += w * lesson.value;
    weight += w;
    for (const [name, v] of lesson.contributions) contributions.set(name, (contributions.get(name) ?? 0) + v);
    // An answer in a thread adds to the decisions' value rather than averaging with them, so that answering
    // in the lesson's way always counts for something, against it always costs, and leaving it is neutral.
    for (const answer of lesson.answers) {
      sum += THREAD_ANSWER_WEIGHT * answer.value;
      for (const [name, v] of answer.contributions)
        contributions.set(name, (contributions.get(name) ?? 0) + THREAD_ANSWER_WEIGHT * v);
    }
  }
  const mean = weight > 0 ? Math.max(-1, Math.min(1, sum / weight)) : 0;
  const reasons: Reason[] = [...contributions]
    .filter(([, v]) => Math.abs(v) > 0.05)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, 3)
    .map(([feature, value]) => ({ key: value > 0 ? 'lesson-followed' : 'lesson-missed', feature, value }));
  reasons.unshift(...against);
  if (steps.every((s) => s.silent)) reasons.unshift({ key: 'lesson-silent', value: 0 });
  // Letting the clock decide is scored as the timer's choice, and the debrief says it was not chosen.
  const timedOut = steps.filter((s) => s.timedOut).length;
  if (timedOut > 0) reasons.unshift({ key: 'timed-out', value: timedOut });
  return { id: 'lesson', points: Math.round((PART_MAX / 2) * (1 + mean)), max: PART_MAX, reasons };
}
