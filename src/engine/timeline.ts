import type { Scenario } from './schema/scenario';
import type { Outcome } from './outcome';
import type { Transcript } from './run/decision';
import { playByStep } from './play';
import type { Analyser } from './text';
import { HORIZON_HOURS } from './cascade/hawkes';

/** When angry reactions to one decision took over: the hour it started, and how angry it got. */
export interface Storm {
  /** Simulated hour since the scenario began. */
  hour: number;
  /** Simulated minutes from the post to the start of that hour (0 when it started in the post's own hour). */
  minutesAfterPost: number;
  /** Angry reactions (quote-posts and negative replies) over the whole storm. */
  angry: number;
  /** The angriest hour's share of angry reactions, 0..1. */
  peakShare: number;
}

/** One decision on the timeline. */
export interface TimelineEntry {
  index: number;
  step: string;
  /** The choice's id, or "@written". */
  choice: string;
  /** Simulated minute the decision was due (the step's time). */
  dueAt: number;
  /** Simulated minute the reply went out. */
  postedAt: number;
  /** How long the reply took, in simulated minutes. */
  tookMinutes: number;
  silent: boolean;
  timedOut: boolean;
  written: boolean;
  /** Every reaction it set off: likes, replies, reshares and quote-posts. */
  reactions: number;
  approving: number;
  angry: number;
  /** How the audience took it, −1..1: the segments' valences weighted by their share. */
  sentiment: number;
  /** Followers won minus lost. */
  followers: number;
  /** Its own reactions hour by hour, from the hour of the post, over the simulated horizon. */
  hourly: { approving: number[]; angry: number[] };
  storm: Storm | null;
}

/** A run as a sequence of decisions in simulated time. */
export interface Timeline {
  entries: TimelineEntry[];
  /** The decision whose storm began first, or null when the run had none. */
  firstStorm: { index: number; hour: number } | null;
  outcome: Outcome;
}

/**
 * An hour is stormy when angry reactions are at least this share of the
 * approving and angry ones and at least `STORM_MIN_ANGRY` in number: a few
 * grumbles on a quiet post are not a storm, nor a few quote-posts among
 * thousands of likes.
 */
export const STORM_SHARE = 0.2;
export const STORM_MIN_ANGRY = 20;

/** The run as a timeline: each decision's timing, what it set off, and when a storm began. `analyser` reads its written replies. */
export function timelineOf(scenario: Scenario, transcript: Transcript, seed: number, analyser?: Analyser): Timeline {
  const { outcome, hours } = playByStep(scenario, transcript, seed, { analyser });
  const entries = outcome.steps.map((s, index): TimelineEntry => {
    const h = hours[index]!;
    const from = Math.floor(s.postedAt / 60);
    const to = from + HORIZON_HOURS + 1;
    const approving = h.approving.slice(from, to);
    const angry = h.angry.slice(from, to);
    const dueAt = scenario.steps.find((step) => step.id === s.step)?.at ?? s.postedAt;
    const t = s.totals;
    return {
      index,
      step: s.step,
      choice: s.choice,
      dueAt,
      postedAt: s.postedAt,
      tookMinutes: s.postedAt - dueAt,
      silent: s.silent,
      timedOut: s.timedOut === true,
      written: s.written !== undefined,
      reactions: t.likes + t.reshares + t.quotes + t.replies.positive + t.replies.neutral + t.replies.negative,
      approving: t.likes + t.reshares + t.replies.positive,
      angry: t.quotes + t.replies.negative,
      sentiment: s.sentiment,
      followers: t.follows - t.unfollows,
      hourly: { approving, angry },
      storm: stormOf(approving, angry, from, s.postedAt),
    };
  });
  const stormy = entries.filter((e) => e.storm).sort((a, b) => a.storm!.hour - b.storm!.hour)[0];
  return { entries, firstStorm: stormy ? { index: stormy.index, hour: stormy.storm!.hour } : null, outcome };
}

function stormOf(approving: number[], angry: number[], fromHour: number, postedAt: number): Storm | null {
  const stormy = (i: number) => angry[i]! >= STORM_MIN_ANGRY && angry[i]! >= STORM_SHARE * (angry[i]! + approving[i]!);
  const start = angry.findIndex((_, i) => stormy(i));
  if (start < 0) return null;
  let total = 0;
  let peakShare = 0;
  for (let i = start; i < angry.length && stormy(i); i++) {
    total += angry[i]!;
    peakShare = Math.max(peakShare, angry[i]! / (angry[i]! + approving[i]!));
  }
  const hour = fromHour + start;
  return { hour, minutesAfterPost: Math.max(0, hour * 60 - postedAt), angry: total, peakShare };
}
