import { FEATURE_NAMES, type Features } from '../schema/features';
import { ANSWERS, type Answer, type Mood, type ReplyLine, type TaggedReplyLine } from '../schema/reply-line';
import type { Move } from '../text/analysis';

/** A feature counts as carried by a post from this value: a line that requires "edge" needs edge of 0.3 or more. */
export const PRESENT = 0.3;

/** A segment is angry below this mood, pleased above its opposite. */
const ANGRY = -0.2;

/** One bit per answer, in the order of ANSWERS (24 of them: a 32-bit integer holds them all). */
const BITS: Readonly<Record<string, number>> = Object.freeze(Object.fromEntries(ANSWERS.map((a, i) => [a, 1 << i])));

function mask(answers: readonly Answer[] | undefined): number {
  let m = 0;
  for (const a of answers ?? []) m |= BITS[a]!;
  return m;
}

/** A line's tags as bits, checked for every candidate line at every step: a few integer operations each. */
export interface Stance {
  requires: number;
  anyOf: number;
  contradicts: number;
  earlier: number;
  steps: readonly string[] | null;
  after: readonly string[] | null;
  mood: Mood | null;
}

/** A reply line as written (a text alone, or a text with tags) with its tags as bits. */
export function stanceOf(line: ReplyLine): { line: TaggedReplyLine; stance: Stance } {
  const tagged: TaggedReplyLine =
    typeof line === 'object' && 'text' in line ? (line as TaggedReplyLine) : { text: line };
  return {
    line: tagged,
    stance: {
      requires: mask(tagged.requires),
      anyOf: mask(tagged.anyOf),
      contradicts: mask(tagged.contradicts),
      earlier: mask(tagged.earlier),
      steps: tagged.steps ?? null,
      after: tagged.after ?? null,
      mood: tagged.mood ?? null,
    },
  };
}

/** What a post carries, as bits: its features from PRESENT up, and the moves read in it. */
export function carried(features: Features, moves: readonly Move[] = []): number {
  let m = 0;
  for (let i = 0; i < FEATURE_NAMES.length; i++) if (features[FEATURE_NAMES[i]!] >= PRESENT) m |= 1 << i;
  for (const move of moves) m |= BITS[move]!;
  return m;
}

/** True when the bits carry this answer. */
export function carries(bits: number, answer: Answer): boolean {
  return (bits & BITS[answer]!) !== 0;
}

/** A segment's mood in words. */
export function moodOf(mood: number): Mood {
  return mood < ANGRY ? 'angry' : mood > -ANGRY ? 'pleased' : 'calm';
}

/** What a line is checked against: the post, the run before it, and the segment that would say it. */
export interface Answered {
  /** What the post carries (`carried`). */
  carried: number;
  /** What the run's earlier posts carried, together. */
  earlier: number;
  /** The step answered. */
  step: string;
  /** The steps played before it. */
  before: readonly string[];
  mood: Mood;
}

/** True when a line with this stance may answer: nothing it presupposes is missing, nothing it contradicts is there. */
export function fits(s: Stance, a: Answered): boolean {
  if ((a.carried & s.requires) !== s.requires) return false;
  if (s.anyOf !== 0 && (a.carried & s.anyOf) === 0) return false;
  if ((a.carried & s.contradicts) !== 0) return false;
  if ((a.earlier & s.earlier) !== s.earlier) return false;
  if (s.mood !== null && s.mood !== a.mood) return false;
  if (s.steps !== null && !s.steps.includes(a.step)) return false;
  if (s.after !== null && !s.after.some((id) => a.before.includes(id))) return false;
  return true;
}

/** The answers a line presupposes, in the order its tags name them: which of the post's words it may quote. */
export function presupposed(line: TaggedReplyLine): readonly Answer[] {
  return [...(line.requires ?? []), ...(line.anyOf ?? [])];
}
