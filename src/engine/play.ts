import type { Scenario } from './schema/scenario';
import { DEBRIEF } from './schema/step';
import type { Outcome, Series, StepOutcome, WrittenReply } from './outcome';
import type { Transcript } from './run/decision';
import { PlayError } from './run/refusal';
import { replayTranscript } from './run/run';
import { WRITTEN } from './run/decision';
import type { Analyser, Analysis } from './text';
import { normalisedText } from './text/prepare';
import { HORIZON_HOURS } from './cascade/hawkes';
import { createRng, hashSeed, type Rng } from './random/rng';
import { emptyHourly, type Hourly } from './series/hourly';
import { addReactions, emptyReactions, respond, respondScratch, type AudienceState } from './audience/respond';
import { sampleReplies } from './replies/sample';
import { linePool, type Post } from './replies/compose';
import { quotesOf } from './replies/quotes';
import { scoreRun } from './score/score';
import { bandOf } from './score/band';
import { lessonOf } from './score/lesson';
import { runSentiment, weightedSentiment } from './score/sentiment';
import { respondInThread } from './audience/thread';

/** What `play()` may be asked beyond the run itself; none of it changes a count or the score. */
export interface PlayOptions {
  /** At most this many replies per step drawn for the feed to show (40 unless said). */
  visibleReplies?: number;
  /** Reads the written replies (`createAnalyser`); a transcript with one and no analyser is refused (`text-not-ready`). */
  analyser?: Analyser;
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
export function playByStep(
  scenario: Scenario,
  transcript: Transcript,
  seed: number,
  options: PlayOptions = {},
): { outcome: Outcome; hours: StepHours[] } {
  const hours: StepHours[] = [];
  return { outcome: playRun(scenario, transcript, seed, hours, options), hours };
}

function playRun(
  scenario: Scenario,
  transcript: Transcript,
  seed: number,
  byStep: StepHours[] | null,
  options: PlayOptions,
): Outcome {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    // A seed is a whole number from 0 to 4294967295.
    throw new PlayError('bad-seed', { seed });
  }
  // The run as decide() takes it, decision by decision: the first refusal is thrown as a PlayError.
  const { run, resolved: path } = replayTranscript(scenario, transcript, options.analyser);
  const complete = run.stepId === DEBRIEF;
  const lastPost = path.reduce((m, r) => Math.max(m, r.postedAt, ...(r.thread ?? []).map((a) => a.at)), 0);
  const hours = Math.floor(lastPost / 60) + HORIZON_HOURS + 1;
  // The run's workspace: its hours, and the scratch buffers every step reuses; made here, for this run alone.
  const hourly = emptyHourly(hours);
  const scratch = respondScratch(hours);
  const audience: AudienceState = {
    segments: new Map(
      scenario.audience.segments.map((s) => [
        s.id,
        { mood: s.mood, trust: s.trust, followers: s.share * scenario.brand.followers },
      ]),
    ),
  };

  const drawsReplies = options.visibleReplies === undefined || options.visibleReplies > 0;
  // The reply lines with their tags read, once per run.
  const pool = drawsReplies ? linePool(scenario) : undefined;
  // What the run has posted so far, for replies that answer its history (no thanks for a reversal not made).
  const history: NonNullable<Post['history']>[number][] = [];
  const steps: StepOutcome[] = path.map((decided, i) => {
    const { step, choice, dueAt, postedAt, analysis, text, timedOut, thread } = decided;
    // A written reply's draws depend on its words as the analyser reads them, as a picked one's on its id:
    // characters nobody sees (zero-width, no-break spaces, doubled spaces) or capitals do not re-roll the score.
    // A reply that says nothing is met as silence is, with silence's draws: it earns exactly what silence earns.
    const key =
      text === undefined
        ? choice.id
        : choice.silent
          ? (step.choices.find((c) => c.silent)?.id ?? WRITTEN)
          : `${WRITTEN}:${normalisedText(text)}`;
    const rng = createRng(hashSeed(scenario.id, scenario.version, i, step.id, key));
    const before = byStep ? hoursOf(hourly) : null;
    const moods = drawsReplies ? new Map([...audience.segments].map(([id, s]) => [id, s.mood])) : undefined;
    const r = respond(scenario, step, choice, postedAt, audience, rng, hourly, scratch);
    // The replies are drawn before the thread's answers add to the hours: they answer the post.
    const texture = createRng(hashSeed(seed, i, step.id, key));
    const moves = analysis?.moves.map((m) => m.move);
    const post: Post = {
      step: step.id,
      features: r.features,
      moves,
      quotes: analysis ? quotesOf(analysis) : undefined,
      history: [...history],
      moods,
    };
    history.push({ step: step.id, features: r.features, moves });
    const replies = sampleReplies(
      scenario,
      r.segments,
      replyTime(r.replyHours, postedAt),
      texture,
      options.visibleReplies,
      post,
      pool,
    );
    // The thread's answers draw from a stream of their own, so that answering leaves the post's counts as they were.
    const exchanges = thread
      ? respondInThread(
          scenario,
          thread,
          audience,
          createRng(hashSeed(scenario.id, scenario.version, i, step.id, key, 'thread')),
          hourly,
        )
      : null;
    if (byStep && before) byStep.push(difference(hoursOf(hourly), before));
    // Spelled out rather than spread (this runs at every step); the keys keep their order in the JSON.
    const outcome: StepOutcome = {
      step: r.step,
      choice: r.choice,
      next: r.next,
      silent: r.silent,
      dueAt,
      postedAt: r.postedAt,
      features: r.features,
      speed: r.speed,
      voice: r.voice,
      segments: r.segments,
      totals: r.totals,
      sentiment: weightedSentiment(scenario, r.segments),
      replies,
    };
    if (timedOut) outcome.timedOut = timedOut;
    if (analysis && text !== undefined) outcome.written = writtenOf(text, analysis);
    if (exchanges && thread) {
      exchanges.forEach((e, k) => {
        const a = thread[k]!;
        if (a.analysis && a.text !== undefined) e.written = writtenOf(a.text, a.analysis);
      });
      outcome.thread = exchanges;
    }
    if (decided.threadLapsed) outcome.threadLapsed = decided.threadLapsed;
    return outcome;
  });

  const reactions = emptyReactions();
  for (const s of steps) {
    addReactions(reactions, s.totals);
    for (const e of s.thread ?? []) addReactions(reactions, e.reactions);
  }
  const start = scenario.brand.followers;
  const followers = {
    start,
    end: start + reactions.follows - reactions.unfollows,
    delta: reactions.follows - reactions.unfollows,
  };
  const trust = new Map(
    scenario.audience.segments.map((s) => [s.id, { start: s.trust, end: audience.segments.get(s.id)!.trust }]),
  );
  // Each decision's standing with the lesson, read once for the score and the band.
  const lessons = steps.map((s) => lessonOf(scenario, s));
  const parts = scoreRun(scenario, { steps, followers, reactions }, trust, lessons);
  const total = parts.reduce((sum, p) => sum + p.points, 0);
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed,
    complete,
    steps,
    series: toSeries(hourly, start),
    followers,
    reactions,
    sentiment: runSentiment(steps),
    score: {
      total,
      max: parts.reduce((sum, p) => sum + p.max, 0),
      parts,
      band: bandOf(scenario, steps, total, lessons),
    },
  };
}

function writtenOf(text: string, a: Analysis): WrittenReply {
  return {
    text,
    language: a.language,
    languageFrom: a.languageFrom,
    length: a.length,
    limit: a.limit,
    valence: a.valence,
    signals: a.signals,
    moves: a.moves,
  };
}

function netSentiment(positive: number, neutral: number, negative: number): number {
  const all = positive + neutral + negative;
  return all > 0 ? (positive - negative) / all : 0;
}

/** Draws the minute of a visible reply from the step's hourly reply counts. */
function replyTime(replyHours: Float64Array, postedAt: number): (rng: Rng) => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (const hours of replyHours) {
    sum += hours;
    cumulative.push(sum);
  }
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
  return {
    approving: minus(after.approving, before.approving),
    neutral: minus(after.neutral, before.neutral),
    angry: minus(after.angry, before.angry),
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
