import type { Scenario } from './schema/scenario';
import { DEBRIEF, type Choice, type Step } from './schema/step';
import { completeFeatures } from './schema/features';
import type { Outcome, Reactions, Series, StepOutcome } from './outcome';
import { PlayError, type Transcript } from './transcript';
import { HORIZON_HOURS } from './cascade/hawkes';
import { createRng, hashSeed, type Rng } from './random/rng';
import { emptyHourly, type Hourly } from './series/hourly';
import { addReactions, emptyReactions, featuresInRange, respond, type AudienceState } from './audience/respond';
import { sampleReplies } from './replies/sample';
import { scoreRun } from './score/score';

interface Resolved {
  step: Step;
  choice: Choice;
  postedAt: number;
}

/** Checks a transcript against the scenario, step by step, and resolves its choices. */
function resolve(scenario: Scenario, transcript: Transcript): { path: Resolved[]; complete: boolean } {
  if (transcript.scenarioId !== scenario.id) {
    throw new PlayError('wrong-scenario', `this run is for scenario "${transcript.scenarioId}", not "${scenario.id}"`);
  }
  if (transcript.scenarioVersion !== scenario.version) {
    throw new PlayError('wrong-version', `this run was made on version ${transcript.scenarioVersion} of "${scenario.id}"; this is version ${scenario.version}`);
  }
  const steps = new Map(scenario.steps.map((s) => [s.id, s]));
  const path: Resolved[] = [];
  let expected = scenario.start;
  transcript.decisions.forEach((d, i) => {
    if (expected === DEBRIEF) throw new PlayError('after-end', `decision ${i + 1} comes after the scenario has ended`);
    const step = steps.get(d.step);
    if (!step) throw new PlayError('unknown-step', `decision ${i + 1} names step "${d.step}", which this scenario does not have`);
    if (d.step !== expected) throw new PlayError('out-of-order', `decision ${i + 1} is for step "${d.step}", but the run is at step "${expected}"`);
    const choice = step.choices.find((c) => c.id === d.choice);
    if (!choice) {
      throw new PlayError('unknown-choice', `step "${step.id}" has no choice "${d.choice}" (it has ${step.choices.map((c) => `"${c.id}"`).join(', ')})`);
    }
    const bad = featuresInRange(completeFeatures(choice.features));
    if (bad) throw new PlayError('features-out-of-range', `choice "${choice.id}" of step "${step.id}" has "${bad}" outside 0..1`);
    path.push({ step, choice, postedAt: step.at + choice.delayMinutes });
    expected = choice.next;
  });
  return { path, complete: expected === DEBRIEF };
}

/**
 * Plays a transcript: the outcome of a run, as plain JSON.
 *
 * A pure function: the same scenario, transcript and seed give the same
 * outcome, byte for byte, in Node and in the browser. Counts and the score
 * are drawn from a stream seeded by the scenario and each decision, never by
 * `seed`, so every trainee who makes the same choices gets the same score and
 * a leaderboard is fair; `seed` only varies the texture (which simulated
 * accounts reply, with which lines, when). A transcript that stops before the
 * debrief plays the steps so far (`complete: false`).
 */
export function play(scenario: Scenario, transcript: Transcript, seed: number): Outcome {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new PlayError('bad-seed', `the seed must be a whole number from 0 to 4294967295, not ${String(seed)}`);
  }
  const { path, complete } = resolve(scenario, transcript);
  const lastPost = path.reduce((m, r) => Math.max(m, r.postedAt), 0);
  const hours = Math.floor(lastPost / 60) + HORIZON_HOURS + 1;
  const hourly = emptyHourly(hours);
  const audience: AudienceState = {
    segments: new Map(scenario.audience.segments.map((s) => [s.id, { mood: 0, trust: s.trust, followers: s.share * scenario.brand.followers }])),
  };

  const steps: StepOutcome[] = path.map(({ step, choice, postedAt }, i) => {
    const rng = createRng(hashSeed(scenario.id, scenario.version, i, step.id, choice.id));
    const { replyHours, ...result } = respond(scenario, step, choice, postedAt, audience, rng, hourly);
    const texture = createRng(hashSeed(seed, i, step.id, choice.id));
    const replies = sampleReplies(scenario, result.segments, replyTime(replyHours, postedAt), texture);
    return { ...result, sentiment: sentimentOf(result.totals), replies };
  });

  const reactions = emptyReactions();
  for (const s of steps) addReactions(reactions, s.totals);
  const start = scenario.brand.followers;
  const followers = { start, end: start + reactions.follows - reactions.unfollows, delta: reactions.follows - reactions.unfollows };
  const trust = new Map(scenario.audience.segments.map((s) => [s.id, { start: s.trust, end: audience.segments.get(s.id)!.trust }]));
  const parts = scoreRun(scenario, { steps, followers, reactions }, trust);
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed,
    complete,
    steps,
    series: toSeries(hourly, start),
    followers,
    reactions,
    sentiment: sentimentOf(reactions),
    score: { total: parts.reduce((sum, p) => sum + p.points, 0), max: parts.reduce((sum, p) => sum + p.max, 0), parts },
  };
}

/** Net sentiment of counted reactions: approving minus angry, over all, in −1..1. */
function sentimentOf(r: Reactions): number {
  return netSentiment(r.likes + r.reshares + r.replies.positive, r.replies.neutral, r.quotes + r.replies.negative);
}

function netSentiment(positive: number, neutral: number, negative: number): number {
  const all = positive + neutral + negative;
  return all > 0 ? (positive - negative) / all : 0;
}

/** Draws the minute of a visible reply from the step's hourly reply counts. */
function replyTime(replyHours: Float64Array, postedAt: number): (rng: Rng) => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < replyHours.length; i++) cumulative.push((sum += replyHours[i]!));
  return (rng) => {
    const r = rng.next() * sum;
    const hour = cumulative.findIndex((c) => c > r);
    return Math.max(postedAt, Math.round((Math.max(0, hour) + rng.next()) * 60));
  };
}

function toSeries(h: Hourly, start: number): Series {
  const series: Series = { followers: [], engagement: [], sentiment: [] };
  let followers = start;
  for (let i = 0; i < h.likes.length; i++) {
    followers += h.follows[i]! - h.unfollows[i]!;
    const positive = h.likes[i]! + h.reshares[i]! + h.positive[i]!;
    const negative = h.quotes[i]! + h.negative[i]!;
    series.followers.push(followers);
    series.engagement.push(positive + negative + h.neutral[i]!);
    series.sentiment.push(Math.round(netSentiment(positive, h.neutral[i]!, negative) * 1000) / 1000);
  }
  return series;
}
