import { z } from 'zod';
import { withCode } from './problem';
import { FEATURE_NAMES } from './features';
import { ReplyLineSchema } from './reply-line';
import { idSchema, TEXT_LIMITS, textSchema } from './text';
import { SEGMENT_PRESETS } from '../audience/presets';

const weight = z.number().min(-2, withCode('weight-range')).max(2, withCode('weight-range'));

/**
 * What a segment values: a weight from -2 (hates it) to 2 (loves it) for each
 * feature of a reply, plus `voice` (a reply in the brand's usual voice) and
 * `speed` (a reply that comes fast). Omitted weights are 0 (indifferent).
 */
export const ValuesSchema = z.strictObject({
  ...Object.fromEntries(FEATURE_NAMES.map((name) => [name, weight.optional()])),
  voice: weight.optional(),
  speed: weight.optional(),
} as Record<(typeof FEATURE_NAMES)[number] | 'voice' | 'speed', z.ZodOptional<typeof weight>>);

const share = z.number().min(0).max(1);

/** Reply lines that simulated accounts of a segment may post, by sentiment, each said only to a post it fits. */
const replyLines = z.array(ReplyLineSchema).max(50);
export const ReplyLinesSchema = z.strictObject({
  /** Lines of accounts who liked the post. */
  positive: replyLines.optional(),
  /** Lines of accounts who neither liked nor disliked it. */
  neutral: replyLines.optional(),
  /** Lines of accounts who disliked it. */
  negative: replyLines.optional(),
});

const PRESET_NAMES = Object.keys(SEGMENT_PRESETS);

/** Fills a segment from its `preset`, keeping every field the author gave. */
function applyPreset(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || !('preset' in input)) return input;
  const { preset, ...own } = input as { preset: unknown } & Record<string, unknown>;
  const base = typeof preset === 'string' ? SEGMENT_PRESETS[preset as keyof typeof SEGMENT_PRESETS] : undefined;
  if (!base) return { ...own, preset };
  const values = { ...base.values, ...((own.values as object | undefined) ?? {}) };
  return { id: preset, ...structuredClone(base), ...own, values };
}

/** One group of people in the audience, who react alike. */
export const SegmentFieldsSchema = z.strictObject({
  /** A short id, in lowercase with dashes: "families". */
  id: idSchema(),
  /** The segment's name as the debrief shows it. */
  name: textSchema(TEXT_LIMITS.name),
  /** Their share of the brand's followers, from 0 to 1; the shares add up to 1. How many followers see a reply, and can unfollow, scales with it. */
  share,
  /**
   * Non-followers of this kind that reshares can reach, as a multiple of the brand's followers: new followers
   * come only from them, so a reply they like can win many; angry quote-posts spread among them too.
   */
  outside: z.number().min(0).max(100).default(0.5),
  /**
   * How readily they react to a post they see, from 0 (lurkers) to 1 (very active): likes, replies, reshares
   * and quote-posts scale with it; following and unfollowing do not.
   */
  activity: share,
  /**
   * Edge they enjoy before delight turns into offence, from 0 (none) to 1 (anything goes): edge up to it
   * pleases as much as they value edge; every unit past it costs 4 approval, more than any weight earns.
   */
  tolerance: share,
  /**
   * Their trust in the brand when the scenario starts, from 0 to 1 (0.6 by default): above 0.5 it tilts
   * every appraisal up, below it down. Liked replies raise it; mockery and exposing customers always lower it.
   */
  trust: share.default(0.6),
  /**
   * Their mood when the scenario starts, from -1 (angry) through 0 (calm, the default) to 1 (delighted):
   * a scenario that opens in the middle of a storm starts its customers angry, so that they weigh an
   * apology or an explanation higher, a joke lower, and hold silence against the brand.
   */
  mood: z.number().min(-1, withCode('mood-range')).max(1, withCode('mood-range')).default(0),
  /**
   * What they value in a reply: each weight, from -2 to 2, times the feature's strength is added to their
   * approval; approval brings likes, reshares and new followers, disapproval angry replies and unfollows.
   */
  values: ValuesSchema,
  /** Reply lines their simulated accounts may post, preferred to the game's own lines where they fit the post. */
  replies: ReplyLinesSchema.optional(),
  /**
   * A ready-made segment to start from: young-irreverent, loyal-customers, families, media, privacy-minded or wider-public; only
   * `share` is then required, and any field given overrides the preset's.
   */
  preset: z.enum(PRESET_NAMES as [string, ...string[]]).optional(),
});

/** A segment, written in full or from a preset. */
export const SegmentSchema = z.preprocess(applyPreset, SegmentFieldsSchema);

/** The people who may see the brand's replies. */
export const AudienceSchema = z.strictObject({
  /** The segments, whose shares of followers add up to 1. */
  segments: z.array(SegmentSchema).min(1).max(12),
});

export type Segment = z.infer<typeof SegmentSchema>;
export type Values = z.infer<typeof ValuesSchema>;
export type Audience = z.infer<typeof AudienceSchema>;
