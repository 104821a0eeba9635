import type { Scenario } from '../schema/scenario';
import type { Locale } from '../schema/text';
import { localize } from '../schema/text';
import type { ReplyMix, SegmentReaction, VisibleReply } from '../outcome';
import type { Rng } from '../random/rng';
import { DEFAULT_REPLY_LINES, FIRST_NAMES, LAST_NAMES } from './defaults';

/** At most this many replies per step are drawn for the feed to show. */
export const VISIBLE_REPLIES = 40;

function linesFor(scenario: Scenario, segment: string, sentiment: keyof ReplyMix) {
  const own = scenario.audience.segments.find((s) => s.id === segment)?.replies?.[sentiment];
  return own && own.length > 0 ? own : DEFAULT_REPLY_LINES[sentiment];
}

/** A name as lowercase ASCII letters, for a handle ("Chloé" → "chloe"). */
function ascii(name: string): string {
  return name.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
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
  const lines = linesFor(scenario, reply.segment, reply.sentiment);
  return localize(lines[reply.line % lines.length]!, locale);
}

/**
 * Draws the replies the feed shows: which segment, which sentiment (in
 * proportion to the counted replies), when (following the step's reply
 * curve), and from which invented account. Texture only: no count depends on it.
 */
export function sampleReplies(
  scenario: Scenario,
  segments: SegmentReaction[],
  replyMinutes: (rng: Rng) => number,
  rng: Rng,
  most = VISIBLE_REPLIES,
): VisibleReply[] {
  const wanted = Math.max(0, Math.floor(most));
  // Asked for none (a replay for its counts only): nothing to draw.
  if (wanted === 0) return [];
  const buckets: { segment: string; sentiment: keyof ReplyMix; count: number; lines: number }[] = [];
  for (const s of segments) {
    for (const sentiment of ['positive', 'neutral', 'negative'] as const) {
      // How many lines the bucket has, found once rather than for every reply.
      if (s.replies[sentiment] > 0) buckets.push({ segment: s.segment, sentiment, count: s.replies[sentiment], lines: linesFor(scenario, s.segment, sentiment).length });
    }
  }
  let total = 0;
  for (const b of buckets) total += b.count;
  const n = Math.min(total, wanted);
  const out: VisibleReply[] = [];
  for (let i = 0; i < n; i++) {
    let r = rng.next() * total;
    let bucket = buckets[buckets.length - 1]!;
    for (const b of buckets) {
      if ((r -= b.count) < 0) {
        bucket = b;
        break;
      }
    }
    // The same draws as `pick` of a first name and a surname, as indices into the names made above.
    const f = Math.floor(rng.next() * FIRST_NAMES.length);
    const account = f * LAST_NAMES.length + Math.floor(rng.next() * LAST_NAMES.length);
    const handle = HANDLES[account]! + Math.floor(rng.next() * 100);
    out.push({
      at: replyMinutes(rng),
      segment: bucket.segment,
      sentiment: bucket.sentiment,
      line: Math.floor(rng.next() * bucket.lines),
      name: NAMES[account]!,
      handle,
    });
  }
  return byTime(out);
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
      for (let k = lo; k < hi; k++) to[k] = i < mid && (j >= hi || from[i]!.at <= from[j]!.at) ? from[i++]! : from[j++]!;
    }
    const merged = to;
    to = from;
    from = merged;
  }
  return from;
}
