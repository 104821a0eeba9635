import type { Scenario } from './schema/scenario';
import { DEBRIEF, type Choice, type Step } from './schema/step';
import { completeFeatures } from './schema/features';
import type { Outcome, Reactions, Series, StepOutcome, WrittenReply } from './outcome';
import { isWritten, PlayError, type Transcript, type WrittenDecision } from './transcript';
import { analyse, languageDataReady, PLATFORM_LIMIT, type Analysis, type AnalyseOptions } from './text';
import type { Locale } from './schema/text';
import { HORIZON_HOURS } from './cascade/hawkes';
import { createRng, hashSeed, type Rng } from './random/rng';
import { zeroedHourly, type Hourly } from './series/hourly';
import { addReactions, emptyReactions, featuresInRange, respond, type AudienceState } from './audience/respond';
import { sampleReplies } from './replies/sample';
import { scoreRun } from './score/score';

interface Resolved {
  step: Step;
  choice: Choice;
  postedAt: number;
  /** The step's timer ran out and took its choice. */
  timedOut?: true;
  /** What the analyser read, for a written reply, and the text it read. */
  analysis?: Analysis;
  text?: string;
}

/** The id a written reply goes by in outcomes: never a valid authored choice id's clash, as ids cannot start with "@". */
export const WRITTEN = '@written';

/**
 * How the analyser reads a reply written at this step: the people in its feed,
 * the brand's names, the step's forced language and case words. The compose
 * preview uses the same, so it shows what play() will read.
 */
export function replyAnalysisOptions(scenario: Scenario, step: Step, hint?: Locale): AnalyseOptions {
  const free = step.freeText;
  return {
    ...(free?.language ? { language: free.language } : {}),
    ...(hint ? { hint } : {}),
    handles: step.feed.map((item) => item.handle),
    brand: [scenario.brand.name, scenario.brand.handle.replace(/^@/, '')],
    ...(free?.cues ? { cues: free.cues } : {}),
  };
}

/** Turns a written reply into a choice whose features come from the analyser. */
function writtenChoice(scenario: Scenario, step: Step, d: WrittenDecision, i: number): { choice: Choice; analysis: Analysis; text: string } {
  const free = step.freeText;
  if (!free) throw new PlayError('no-free-text', `decision ${i + 1} is a written reply, but step "${step.id}" offers only its choices`);
  const text = d.text.trim();
  if (text.length === 0) throw new PlayError('empty-reply', `decision ${i + 1} is a written reply with no text`);
  const length = [...text].length;
  if (!languageDataReady()) throw new PlayError('text-not-ready', 'the text analyser is still loading its word lists: await loadLanguageData() before playing written replies');
  if (length > PLATFORM_LIMIT) throw new PlayError('reply-too-long', `decision ${i + 1} is a written reply of ${length} characters; the feed allows ${PLATFORM_LIMIT}`);
  const analysis = analyse(text, replyAnalysisOptions(scenario, step, d.locale));
  // The story follows what the reply carries: the first branch whose feature is strong enough, else the default.
  const next = free.branches?.find((b) => analysis.features[b.feature] >= b.atLeast)?.next ?? free.next;
  const choice: Choice = { id: WRITTEN, label: text, post: text, silent: false, delayMinutes: free.delayMinutes, features: analysis.features, next };
  return { choice, analysis, text };
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
    if (isWritten(d)) {
      const { choice, analysis, text } = writtenChoice(scenario, step, d, i);
      path.push({ step, choice, postedAt: step.at + choice.delayMinutes, analysis, text });
      expected = choice.next;
      return;
    }
    const choice = step.choices.find((c) => c.id === d.choice);
    if (!choice) {
      throw new PlayError('unknown-choice', `step "${step.id}" has no choice "${d.choice}" (it has ${step.choices.map((c) => `"${c.id}"`).join(', ')})`);
    }
    const bad = featuresInRange(completeFeatures(choice.features));
    if (bad) throw new PlayError('features-out-of-range', `choice "${choice.id}" of step "${step.id}" has "${bad}" outside 0..1`);
    // Running out of time is a decision too, but only the timer's own choice can be taken that way.
    if (d.timedOut && step.timer?.choice !== choice.id) {
      throw new PlayError('not-timed', step.timer ? `decision ${i + 1} ran out of time, but step "${step.id}" takes "${step.timer.choice}" then, not "${choice.id}"` : `decision ${i + 1} ran out of time, but step "${step.id}" has no timer`);
    }
    const resolved: Resolved = { step, choice, postedAt: step.at + choice.delayMinutes };
    if (d.timedOut) resolved.timedOut = true;
    path.push(resolved);
    expected = choice.next;
  });
  return { path, complete: expected === DEBRIEF };
}

/** What `play()` may be asked beyond the run itself; none of it changes a count or the score. */
export interface PlayOptions {
  /** At most this many replies per step drawn for the feed to show (40 unless said). */
  visibleReplies?: number;
}

/** For re-checking a run (the team and class servers): no replies drawn for a feed nobody shows, the same counts and score. */
export const CHECK_ONLY: PlayOptions = { visibleReplies: 0 };

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
export function play(scenario: Scenario, transcript: Transcript, seed: number, options: PlayOptions = {}): Outcome {
  return playRun(scenario, transcript, seed, null, options);
}

/** What one decision set off, hour by hour since the scenario began: approving, neutral and angry reactions. */
export interface StepHours {
  /** Likes, reshares and positive replies. */
  approving: number[];
  neutral: number[];
  /** Quote-posts and negative replies. */
  angry: number[];
}

/** Plays a transcript like `play()`, and also returns each decision's own reactions hour by hour (for the timeline). */
export function playByStep(scenario: Scenario, transcript: Transcript, seed: number, options: PlayOptions = {}): { outcome: Outcome; hours: StepHours[] } {
  const hours: StepHours[] = [];
  return { outcome: playRun(scenario, transcript, seed, hours, options), hours };
}

/** The run's hours, reused from one run to the next: each run reads them out into its outcome before it returns (the engine is synchronous). */
let runHours: Hourly | null = null;

function playRun(scenario: Scenario, transcript: Transcript, seed: number, byStep: StepHours[] | null, options: PlayOptions): Outcome {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new PlayError('bad-seed', `the seed must be a whole number from 0 to 4294967295, not ${String(seed)}`);
  }
  const { path, complete } = resolve(scenario, transcript);
  const lastPost = path.reduce((m, r) => Math.max(m, r.postedAt), 0);
  const hours = Math.floor(lastPost / 60) + HORIZON_HOURS + 1;
  const hourly = (runHours = zeroedHourly(runHours, hours));
  const audience: AudienceState = {
    segments: new Map(scenario.audience.segments.map((s) => [s.id, { mood: s.mood, trust: s.trust, followers: s.share * scenario.brand.followers }])),
  };

  const steps: StepOutcome[] = path.map(({ step, choice, postedAt, analysis, text, timedOut }, i) => {
    // A written reply's draws depend on its words, as a picked one's on its id.
    const key = text !== undefined ? `${WRITTEN}:${text}` : choice.id;
    const rng = createRng(hashSeed(scenario.id, scenario.version, i, step.id, key));
    const before = byStep ? hoursOf(hourly) : null;
    const r = respond(scenario, step, choice, postedAt, audience, rng, hourly);
    if (byStep && before) byStep.push(difference(hoursOf(hourly), before));
    const texture = createRng(hashSeed(seed, i, step.id, key));
    const replies = sampleReplies(scenario, r.segments, replyTime(r.replyHours, postedAt), texture, options.visibleReplies);
    // Spelled out rather than spread (this runs at every step); the keys keep their order in the JSON.
    const outcome: StepOutcome = {
      step: r.step,
      choice: r.choice,
      next: r.next,
      silent: r.silent,
      postedAt: r.postedAt,
      features: r.features,
      speed: r.speed,
      voice: r.voice,
      segments: r.segments,
      totals: r.totals,
      sentiment: sentimentOf(r.totals),
      replies,
    };
    if (timedOut) outcome.timedOut = timedOut;
    if (analysis && text !== undefined) outcome.written = writtenOf(text, analysis);
    return outcome;
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

function writtenOf(text: string, a: Analysis): WrittenReply {
  return { text, language: a.language, languageFrom: a.languageFrom, length: a.length, limit: a.limit, valence: a.valence, signals: a.signals };
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
    // The first hour whose cumulative count passes r (the counts never decrease, so a binary search finds it); hour 0 if none does.
    let lo = 0;
    let hi = cumulative.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    const hour = lo < cumulative.length ? lo : 0;
    return Math.max(postedAt, Math.round((hour + rng.next()) * 60));
  };
}

function hoursOf(h: Hourly): StepHours {
  return {
    approving: Array.from(h.likes, (x, i) => x + h.reshares[i]! + h.positive[i]!),
    neutral: Array.from(h.neutral),
    angry: Array.from(h.quotes, (x, i) => x + h.negative[i]!),
  };
}

function difference(after: StepHours, before: StepHours): StepHours {
  const minus = (a: number[], b: number[]) => a.map((x, i) => x - b[i]!);
  return { approving: minus(after.approving, before.approving), neutral: minus(after.neutral, before.neutral), angry: minus(after.angry, before.angry) };
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
