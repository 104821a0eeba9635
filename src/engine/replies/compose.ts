import type { ReplyMix } from '../outcome';
import type { Rng } from '../random/rng';
import type { Features } from '../schema/features';
import { ANSWERS, type Answer, type Mood, type TaggedReplyLine } from '../schema/reply-line';
import type { Scenario } from '../schema/scenario';
import { localize, type Locale } from '../schema/text';
import type { Move } from '../text/analysis';
import { LIBRARY_LINES } from './defaults';
import { carried, fits, moodOf, presupposed, stanceOf, type Answered, type Stance } from './stance';

export type Sentiment = keyof ReplyMix;

/** Replies this close in the feed never share a line: the feed shows about this many at once. */
export const WINDOW = 10;

/** Where a line's words of the post go. */
const QUOTE = '{quote}';

/** A line the simulated audience may say. */
export interface PoolLine {
  /** The line as written, with its tags. */
  line: TaggedReplyLine;
  stance: Stance;
  sentiment: Sentiment;
  /** The segment whose line it is; null for the game's own lines, which any segment may say. */
  segment: string | null;
  /** The line quotes words of the post ("{quote}"). */
  quotes: boolean;
  /** The answers it presupposes, whose words it quotes. */
  presupposes: readonly Answer[];
  /** The same answers, as indices into ANSWERS (into `LinePool.cares`). */
  presupposedAt: readonly number[];
  /** The first line of the pool with the same words (its own index if none before): lines alike count as one against repeats. */
  words: number;
}

/** Every line a scenario's audience may say, grouped once per scenario. */
export interface LinePool {
  lines: readonly PoolLine[];
  /** Each segment's own lines, by sentiment, as indices into `lines`. */
  own: ReadonlyMap<string, Readonly<Record<Sentiment, readonly number[]>>>;
  /** The game's own lines, by sentiment. */
  library: Readonly<Record<Sentiment, readonly number[]>>;
  /**
   * What each segment cares about, by answer in the order of ANSWERS (0 for what its values do not name): read by
   * index for every line of every bucket, where looking each answer up by name in the values was slow.
   */
  cares: ReadonlyMap<string, readonly number[]>;
  /** Some line is said only at some steps or after others: which lines fit then depends on the steps too. */
  byStep: boolean;
  /** The answers some line's tags name, as bits: what a post carries beyond them fits no line differently. */
  tested: number;
  /** The answers some line asks of an earlier post, as bits. */
  testedEarlier: number;
  /** The moods some line is tagged with: in any other mood, a segment fits the same lines. */
  testedMoods: ReadonlySet<Mood>;
  /**
   * The buckets already worked out for posts that quote nothing: by what the post is checked against
   * (`postKey`), then by segment, sentiment and mood (`bucketSlot`).
   */
  buckets: Map<string, Map<string, (Bucket | undefined)[]>>;
}

/** Posts whose buckets a pool keeps at most: a replay meets the same few posts again and again. */
const KEPT_POSTS = 200;

/** A line as the pool keeps it, except where its words first appear, which depends on the lines before it. */
type ReadLine = Omit<PoolLine, 'words'> & { en: string };

function readLine(raw: Parameters<typeof stanceOf>[0], sentiment: Sentiment, segment: string | null): ReadLine {
  const { line, stance } = stanceOf(raw);
  const en = localize(line.text, 'en');
  const presupposes = presupposed(line);
  const presupposedAt = presupposes.map((a) => ANSWERS.indexOf(a));
  return { line, stance, sentiment, segment, quotes: en.includes(QUOTE), presupposes, presupposedAt, en };
}

/** The game's lines with their tags read, once for all scenarios (a constant table, frozen), by sentiment. */
const LIBRARY_READ: Readonly<Record<Sentiment, readonly ReadLine[]>> = Object.freeze({
  positive: Object.freeze(LIBRARY_LINES.positive.map((l) => Object.freeze(readLine(l, 'positive', null)))),
  neutral: Object.freeze(LIBRARY_LINES.neutral.map((l) => Object.freeze(readLine(l, 'neutral', null)))),
  negative: Object.freeze(LIBRARY_LINES.negative.map((l) => Object.freeze(readLine(l, 'negative', null)))),
});

const SENTIMENTS: readonly Sentiment[] = ['positive', 'neutral', 'negative'];

/**
 * The scenario's lines (its segments' first, then the game's), with their tags read. A run makes
 * it once (`play` passes it on to every step), rather than a cache at module level keeping it;
 * the game's lines are read once for all runs (`LIBRARY_READ`), only placed after the scenario's.
 */
export function linePool(scenario: Scenario): LinePool {
  const lines: PoolLine[] = [];
  const firstWith = new Map<string, number>();
  const add = (read: ReadLine): number => {
    const words = firstWith.get(read.en) ?? lines.length;
    firstWith.set(read.en, words);
    const { line, stance, sentiment, segment, quotes, presupposes, presupposedAt } = read;
    lines.push({ line, stance, sentiment, segment, quotes, presupposes, presupposedAt, words });
    return lines.length - 1;
  };
  const own = new Map<string, Record<Sentiment, number[]>>();
  for (const s of scenario.audience.segments) {
    const bySentiment: Record<Sentiment, number[]> = { positive: [], neutral: [], negative: [] };
    for (const sentiment of SENTIMENTS)
      for (const l of s.replies?.[sentiment] ?? []) bySentiment[sentiment].push(add(readLine(l, sentiment, s.id)));
    own.set(s.id, bySentiment);
  }
  const library: Record<Sentiment, number[]> = { positive: [], neutral: [], negative: [] };
  for (const sentiment of SENTIMENTS) for (const read of LIBRARY_READ[sentiment]) library[sentiment].push(add(read));
  let tested = 0;
  let testedEarlier = 0;
  const testedMoods = new Set<Mood>();
  for (const { stance } of lines) {
    tested |= stance.requires | stance.anyOf | stance.contradicts;
    testedEarlier |= stance.earlier;
    if (stance.mood !== null) testedMoods.add(stance.mood);
  }
  return {
    lines,
    own,
    library,
    cares: new Map(
      scenario.audience.segments.map((s) => [
        s.id,
        ANSWERS.map((a) => (s.values as Record<string, number | undefined>)[a] ?? 0),
      ]),
    ),
    byStep: lines.some((l) => l.stance.steps !== null || l.stance.after !== null),
    tested,
    testedEarlier,
    testedMoods,
    buckets: new Map(),
  };
}

/** The words of a reply in a language: its line, with the quoted words of the post in place. */
export function replyText(scenario: Scenario, line: number, quote: string | undefined, locale: Locale): string {
  const raw = rawLineAt(scenario, line);
  if (!raw) return '';
  const text = localize(stanceOf(raw).line.text, locale);
  return text.includes(QUOTE) ? text.replace(QUOTE, quote ?? '…') : text;
}

/** The line numbered `index` in the pool's order (each segment's positive, neutral, negative lines, then the game's), without making the pool. */
function rawLineAt(scenario: Scenario, index: number): Parameters<typeof stanceOf>[0] | undefined {
  let i = index;
  const groups = [
    ...scenario.audience.segments.flatMap((s) => [
      s.replies?.positive ?? [],
      s.replies?.neutral ?? [],
      s.replies?.negative ?? [],
    ]),
    LIBRARY_LINES.positive,
    LIBRARY_LINES.neutral,
    LIBRARY_LINES.negative,
  ];
  for (const g of groups) {
    if (i < g.length) return g[i];
    i -= g.length;
  }
  return undefined;
}

/** What the simulated replies answer. */
export interface Post {
  /** The step answered. */
  step: string;
  /** The post's features (declared by the author, or read by the analyser). */
  features: Features;
  /** The moves the analyser read in a written reply: an apology taken back, the fault put on the customer… */
  moves?: readonly Move[];
  /** Words of the post a line may quote back, by the feature or move they carry, and "any" for the words that stand out most. */
  quotes?: Partial<Record<Answer | 'any', string>>;
  /** The run before this post, step by step: no one thanks the brand for what it has not done. */
  history?: readonly { step: string; features: Features; moves?: readonly Move[] }[];
  /** Each segment's mood before the post, from −1 (angry) to 1 (delighted). */
  moods?: ReadonlyMap<string, number>;
}

/** Who replies, and how they took the post. */
export interface ReplySlot {
  segment: string;
  sentiment: Sentiment;
}

/** A reply's words: a line of the pool (`linePool`), and the words of the post it quotes, if it quotes any. */
export interface ComposedReply {
  line: number;
  quote?: string;
}

/** The lines a segment may say with one sentiment to one post; never changed once made (a scenario keeps them). */
interface Bucket {
  lines: number[];
  /** Each line's `words`, which repeats are counted by. */
  words: number[];
  weights: number[];
  quotes: (string | undefined)[];
  /** Some line of the bucket quotes the post. */
  quoting: boolean;
  /** The weights of all its lines together, and by `words`: what the lines said lately take from the total. */
  total: number;
  weightOf: number[];
}

/** How much more a segment's own line is said than one of the game's: it was written for this audience. */
const OWN = 3;
/** The first reply that must quote a written post, if none has, is drawn among this many. */
const QUOTE_WITHIN = 4;
/** How much more a line that quotes the post is said: it shows the post was read. */
const QUOTING = 1.5;

/**
 * Chooses the words of each reply, in the order given (the feed's order), from
 * what the post carries: only lines whose tags fit the post, the run before it
 * and the segment's mood; more often the lines that speak of what the segment
 * cares about, in the direction it took it; a written reply's own words quoted
 * back at least once when a line can; no line twice within `WINDOW` replies.
 * Draws one number of `rng` per reply, and one more for a post it may quote.
 */
export function composeReplies(
  scenario: Scenario,
  post: Post,
  slots: readonly ReplySlot[],
  rng: Rng,
  pool: LinePool = linePool(scenario),
): ComposedReply[] {
  let earlier = 0;
  for (const h of post.history ?? []) earlier |= carried(h.features, h.moves);
  const before = (post.history ?? []).map((h) => h.step);
  const now = carried(post.features, post.moves);
  // Each segment's buckets, found once per reaction; for a post that quotes nothing (a picked reply), once per pool
  // for all the posts checked alike (a replay meets the same few again and again).
  let kept: Map<string, (Bucket | undefined)[]> | undefined;
  if (post.quotes === undefined) {
    const key = postKey(pool, now, earlier, post.step, before);
    kept = pool.buckets.get(key);
    if (!kept) {
      if (pool.buckets.size >= KEPT_POSTS) pool.buckets.clear();
      kept = new Map();
      pool.buckets.set(key, kept);
    }
  }
  const buckets = kept ?? new Map<string, (Bucket | undefined)[]>();
  // The segment whose buckets were looked up last, and its mood: replies come in runs of the same segment.
  let segment: string | undefined;
  let own: (Bucket | undefined)[] = [];
  let mood: Mood = 'calm';
  // When each line's words were last said (a plain array, see `bucket`), and the words of the last replies, newest last.
  const lastUsed = new Array<number>(pool.lines.length).fill(-WINDOW);
  const recent: number[] = [];
  const out: ComposedReply[] = [];
  let quoted = post.quotes === undefined;
  // Among the first few replies, not always the first, someone quotes the post back.
  const quoteFrom = quoted ? 0 : Math.floor(rng.next() * QUOTE_WITHIN);
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    if (slot.segment !== segment) {
      segment = slot.segment;
      mood = moodOf(post.moods?.get(segment) ?? 0);
      own = buckets.get(segment) ?? [];
      buckets.set(segment, own);
    }
    const at = bucketSlot(pool, slot.sentiment, mood);
    let b = own[at];
    if (!b) {
      b = bucket(pool, segment, slot.sentiment, { carried: now, earlier, step: post.step, before, mood }, post);
      own[at] = b;
    }
    const r = rng.next();
    // Until a reply has quoted the post, the first that can from `quoteFrom` on does.
    let k = quoted || i < quoteFrom || !b.quoting ? -1 : chooseQuoting(b, lastUsed, i, r);
    if (k < 0) k = choose(b, lastUsed, recent, i, r);
    if (k < 0) {
      out.push({ line: -1 });
      continue;
    }
    const line = b.lines[k]!;
    const words = b.words[k]!;
    lastUsed[words] = i;
    recent.push(words);
    if (recent.length >= WINDOW) recent.shift();
    const quote = b.quotes[k];
    if (quote !== undefined) quoted = true;
    out.push(quote === undefined ? { line } : { line, quote });
  }
  return out;
}

/**
 * What a post that quotes nothing is checked against, as a key: what it carries and what the run carried before
 * it, of the answers some line's tags name (two posts alike in those fit the same lines, so share their buckets);
 * its step and the steps before only when some line of the pool is said at some steps or after others.
 */
function postKey(pool: LinePool, now: number, earlier: number, step: string, before: readonly string[]): string {
  const bits = `${now & pool.tested} ${earlier & pool.testedEarlier}`;
  return pool.byStep ? `${bits}\u0000${step}\u0000${before.join('\u0000')}` : bits;
}

/** Where a bucket sits among a segment's: by sentiment, then by mood (the moods no line is tagged with share one). */
function bucketSlot(pool: LinePool, sentiment: Sentiment, mood: Mood): number {
  const s = sentiment === 'positive' ? 0 : sentiment === 'neutral' ? 1 : 2;
  const m = !pool.testedMoods.has(mood) ? 3 : mood === 'angry' ? 0 : mood === 'calm' ? 1 : 2;
  return 4 * s + m;
}

/** The lines a segment may say with a sentiment to this post, and how often. */
function bucket(pool: LinePool, segment: string, sentiment: Sentiment, answered: Answered, post: Post): Bucket {
  const b: Bucket = {
    lines: [],
    words: [],
    weights: [],
    quotes: [],
    quoting: false,
    total: 0,
    // A plain array: a typed one this long is allocated outside V8's heap, which cost more than all the rest.
    weightOf: new Array<number>(pool.lines.length).fill(0),
  };
  const cares = pool.cares.get(segment);
  const direction = sentiment === 'positive' ? 1 : sentiment === 'negative' ? -1 : 0;
  const own = pool.own.get(segment)?.[sentiment] ?? [];
  const library = pool.library[sentiment];
  // The segment's own lines, then the game's (a loop over both rather than a closure per bucket).
  for (let n = 0; n < own.length + library.length; n++) {
    const isOwn = n < own.length;
    const index = isOwn ? own[n]! : library[n - own.length]!;
    const line = pool.lines[index]!;
    if (!fits(line.stance, answered)) continue;
    let quote: string | undefined;
    if (line.quotes) {
      quote = quoteFor(line, post);
      if (quote === undefined) continue;
    }
    let weight = isOwn ? OWN : 1;
    if (quote !== undefined) weight *= QUOTING;
    // A line about what the segment cares about, in the direction it took the post, comes to mind first.
    for (const at of line.presupposedAt) {
      const care = direction * (cares?.[at] ?? 0);
      weight *= care > 0 ? 1 + care : care < 0 ? 0.4 : 1;
    }
    b.lines.push(index);
    b.words.push(line.words);
    b.weights.push(weight);
    b.total += weight;
    b.weightOf[line.words] = b.weightOf[line.words]! + weight;
    b.quotes.push(quote);
    if (quote !== undefined) b.quoting = true;
  }
  return b;
}

/** The post's words a quoting line takes: those of the first answer it presupposes that has any, or the words that stand out. */
function quoteFor(line: PoolLine, post: Post): string | undefined {
  const quotes = post.quotes;
  if (!quotes) return undefined;
  if (line.presupposes.length === 0) return quotes.any;
  for (const a of line.presupposes) if (quotes[a] !== undefined) return quotes[a];
  return undefined;
}

/**
 * A line of the bucket by weight, among those whose words were not said in
 * the last `WINDOW` replies; if every line's were, the one said longest ago.
 * −1 for an empty bucket. Runs for every reply: the lines said lately are
 * taken off the bucket's total, and the walk stops at the line drawn.
 */
function choose(b: Bucket, lastUsed: readonly number[], recent: readonly number[], i: number, r: number): number {
  let total = b.total;
  for (let j = 0; j < recent.length; j++) {
    const words = recent[j]!;
    // Counted once: only where it was said last.
    if (lastUsed[words] === i - recent.length + j) total -= b.weightOf[words]!;
  }
  if (total > 1e-9) {
    let x = r * total;
    let last = -1;
    for (let k = 0; k < b.lines.length; k++) {
      if (i - lastUsed[b.words[k]!]! < WINDOW) continue;
      last = k;
      x -= b.weights[k]!;
      if (x < 0) return k;
    }
    if (last >= 0) return last;
  }
  let oldest = -1;
  for (let k = 0; k < b.lines.length; k++)
    if (oldest < 0 || lastUsed[b.words[k]!]! < lastUsed[b.words[oldest]!]!) oldest = k;
  return oldest;
}

/** A line that quotes the post, by weight, among those not said lately; −1 if none. */
function chooseQuoting(b: Bucket, lastUsed: readonly number[], i: number, r: number): number {
  let total = 0;
  for (let k = 0; k < b.lines.length; k++)
    if (b.quotes[k] !== undefined && i - lastUsed[b.words[k]!]! >= WINDOW) total += b.weights[k]!;
  let x = r * total;
  let last = -1;
  for (let k = 0; k < b.lines.length; k++) {
    if (b.quotes[k] === undefined || i - lastUsed[b.words[k]!]! < WINDOW) continue;
    last = k;
    x -= b.weights[k]!;
    if (x < 0) return k;
  }
  return last;
}
