import type { Scenario } from '../schema/scenario';
import type { Locale } from '../schema/text';
import type { ReplyMix, SegmentReaction, VisibleReply } from '../outcome';
import { createRng, type Rng } from '../random/rng';
import { completeFeatures } from '../schema/features';
import { FIRST_NAMES, LAST_NAMES } from './defaults';
import { composeReplies, replyText, type LinePool, type Post } from './compose';

/** At most this many replies per step are drawn for the feed to show. */
export const VISIBLE_REPLIES = 40;

/** A name as lowercase ASCII letters, for a handle ("Chloé" → "chloe"). */
function ascii(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

/**
 * Each account's full name and the start of its handle (all of the first
 * name, four letters of the surname), made once for every pair of names
 * rather than per reply, at index first × LAST_NAMES.length + last.
 */
const NAMES = FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => `${first} ${last}`));
const HANDLES = FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => `@${ascii(first)}${ascii(last).slice(0, 4)}`));

/** The words of a visible reply, in the given language. */
export function replyLine(scenario: Scenario, reply: VisibleReply, locale: Locale): string {
  return replyText(scenario, reply.line, reply.quote, locale);
}

/**
 * Draws the replies the feed shows: which segment, which sentiment (in
 * proportion to the counted replies), when (following the step's reply
 * curve), from which invented account (each says one thing: no name twice
 * in a reaction), and in which words (`composeReplies`, from what the post
 * carries). Texture only: no count depends on it.
 */
export function sampleReplies(
  scenario: Scenario,
  segments: SegmentReaction[],
  replyMinutes: (rng: Rng) => number,
  rng: Rng,
  most = VISIBLE_REPLIES,
  post?: Post,
  pool?: LinePool,
): VisibleReply[] {
  const wanted = Math.max(0, Math.floor(most));
  // Asked for none (a replay for its counts only): nothing to draw.
  if (wanted === 0) return [];
  const buckets: { segment: string; sentiment: keyof ReplyMix; count: number }[] = [];
  for (const s of segments) {
    for (const sentiment of ['positive', 'neutral', 'negative'] as const) {
      if (s.replies[sentiment] > 0) buckets.push({ segment: s.segment, sentiment, count: s.replies[sentiment] });
    }
  }
  let total = 0;
  for (const b of buckets) total += b.count;
  const n = Math.min(total, wanted);
  // Accounts and words from streams of their own, so that asking for more replies adds to the feed rather than reshuffling it.
  const accountRng = createRng(Math.floor(rng.next() * 0x100000000));
  const wordRng = createRng(Math.floor(rng.next() * 0x100000000));
  const accounts = new DistinctAccounts();
  const drawn: VisibleReply[] = [];
  for (let i = 0; i < n; i++) {
    let r = rng.next() * total;
    let bucket = buckets[buckets.length - 1]!;
    for (const b of buckets) {
      r -= b.count;
      if (r < 0) {
        bucket = b;
        break;
      }
    }
    const account = accounts.next(accountRng);
    const handle = HANDLES[account]! + Math.floor(accountRng.next() * 100);
    drawn.push({
      at: replyMinutes(rng),
      segment: bucket.segment,
      sentiment: bucket.sentiment,
      line: -1,
      name: NAMES[account]!,
      handle,
    });
  }
  // The words in the order the feed shows the replies, so that no line comes back within a screenful.
  const out = byTime(drawn);
  const words = composeReplies(scenario, post ?? { step: '', features: completeFeatures({}) }, out, wordRng, pool);
  for (let i = 0; i < out.length; i++) {
    out[i]!.line = words[i]!.line;
    const quote = words[i]!.quote;
    if (quote !== undefined) out[i]!.quote = quote;
  }
  return out;
}

/**
 * Accounts drawn so that no two replies of a reaction come from the same
 * one while there are names enough (a Fisher–Yates shuffle of the names'
 * indices, a step per reply); past that, names come round again.
 */
class DistinctAccounts {
  /**
   * The shuffle's places, only those it has moved set (an empty place holds its own index): an array with holes
   * rather than a Map, which grew and rehashed as a reaction drew its few dozen names.
   */
  private readonly moved = new Array<number | undefined>(NAMES.length);
  private drawn = 0;

  next(rng: Rng): number {
    const n = NAMES.length;
    const k = this.drawn++ % n;
    const j = k + Math.floor(rng.next() * (n - k));
    const chosen = this.moved[j] ?? j;
    this.moved[j] = this.moved[k] ?? k;
    this.moved[k] = chosen;
    return chosen;
  }
}

/**
 * Sorts replies by time, equal times in the order drawn: what the stable
 * `replies.sort((a, b) => a.at - b.at)` gives, by a merge sort about twice as
 * fast as its comparator calls (the game asks for 400 replies a step).
 */
function byTime(replies: VisibleReply[]): VisibleReply[] {
  let from = replies;
  let to = new Array<VisibleReply>(replies.length);
  for (let width = 1; width < replies.length; width *= 2) {
    for (let lo = 0; lo < replies.length; lo += 2 * width) {
      const mid = Math.min(lo + width, replies.length);
      const hi = Math.min(lo + 2 * width, replies.length);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++)
        to[k] = i < mid && (j >= hi || from[i]!.at <= from[j]!.at) ? from[i++]! : from[j++]!;
    }
    const merged = to;
    to = from;
    from = merged;
  }
  return from;
}
