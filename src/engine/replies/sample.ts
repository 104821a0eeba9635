import type { Scenario } from '../schema/scenario';
import type { Locale } from '../schema/text';
import { localize } from '../schema/text';
import type { ReplyMix, SegmentReaction, VisibleReply } from '../outcome';
import { pick, type Rng } from '../random/rng';
import { DEFAULT_REPLY_LINES, FIRST_NAMES, LAST_NAMES } from './defaults';

/** At most this many replies per step are drawn for the feed to show. */
export const VISIBLE_REPLIES = 40;

function linesFor(scenario: Scenario, segment: string, sentiment: keyof ReplyMix) {
  const own = scenario.audience.segments.find((s) => s.id === segment)?.replies?.[sentiment];
  return own && own.length > 0 ? own : DEFAULT_REPLY_LINES[sentiment];
}

const ASCII = new Map<string, string>();

/** A name as lowercase ASCII letters, for a handle ("Chloé" → "chloe"); cached, as it runs per reply. */
function ascii(name: string): string {
  let out = ASCII.get(name);
  if (out === undefined) {
    out = name.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
    ASCII.set(name, out);
  }
  return out;
}

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
  const buckets: { segment: string; sentiment: keyof ReplyMix; count: number }[] = [];
  for (const s of segments) {
    for (const sentiment of ['positive', 'neutral', 'negative'] as const) {
      if (s.replies[sentiment] > 0) buckets.push({ segment: s.segment, sentiment, count: s.replies[sentiment] });
    }
  }
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  const n = Math.min(total, Math.max(0, Math.floor(most)));
  const out: VisibleReply[] = [];
  for (let i = 0; i < n; i++) {
    let r = rng.next() * total;
    const bucket = buckets.find((b) => (r -= b.count) < 0) ?? buckets[buckets.length - 1]!;
    const first = pick(rng, FIRST_NAMES);
    const last = pick(rng, LAST_NAMES);
    const handle = `@${ascii(first)}${ascii(last).slice(0, 4)}${Math.floor(rng.next() * 100)}`;
    out.push({
      at: replyMinutes(rng),
      segment: bucket.segment,
      sentiment: bucket.sentiment,
      line: Math.floor(rng.next() * linesFor(scenario, bucket.segment, bucket.sentiment).length),
      name: `${first} ${last}`,
      handle,
    });
  }
  return out.sort((a, b) => a.at - b.at);
}
