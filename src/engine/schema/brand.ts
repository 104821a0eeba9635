import { z } from 'zod';
import { TEXT_LIMITS, textSchema } from './text';
import { withCode } from './problem';

const level = z.number().min(0).max(1);

/**
 * The voice the brand has declared: how much humour, edge and warmth its
 * posts usually carry. Replies far from it read as out of character.
 */
export const VoiceSchema = z.strictObject({
  /** The voice in a sentence, as a style guide would put it. */
  description: textSchema(TEXT_LIMITS.line),
  /** Usual humour, from 0 (never jokes) to 1 (jokes all the time). */
  humour: level,
  /** Usual edge, from 0 (always safe) to 1 (provocative). */
  edge: level,
  /** Usual warmth, from 0 (distant) to 1 (warm, personal). */
  warmth: level,
  /** How much it promotes, from 0 (never sells) to 1 (always selling). */
  promotion: level.optional(),
});

/** The account the trainee speaks for. */
export const BrandSchema = z.strictObject({
  /** The display name on posts, for example "Netflix US". */
  name: z.string().min(1).max(TEXT_LIMITS.name),
  /** The handle with its @, for example "@netflix". */
  handle: z.string().regex(/^@[A-Za-z0-9_]{1,30}$/, withCode('handle-form')),
  /** The brand's colour for its avatar, as #rrggbb. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, withCode('colour-form')),
  /** Followers when the scenario starts: a whole number of at least 1. */
  followers: z.number().int().min(1).max(1e9),
  /** True when the follower count is an illustration, not a figure from the source. */
  followersIllustrative: z.boolean().default(true),
  /** The declared voice. */
  voice: VoiceSchema,
});

export type Brand = z.infer<typeof BrandSchema>;
export type Voice = z.infer<typeof VoiceSchema>;
