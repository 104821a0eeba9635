import { z } from 'zod';
import { TEXT_LIMITS, textSchema, tooLong } from './text';

const level = z.number().min(0, { error: 'must be at least 0' }).max(1, { error: 'must be at most 1' });

/**
 * The voice the brand has declared: how much humour, edge and warmth its
 * posts usually carry. Replies far from it read as out of character.
 */
export const VoiceSchema = z.strictObject({
  /** The voice in a sentence, as a style guide would put it. */
  description: textSchema("the voice's description", TEXT_LIMITS.line),
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
  name: z
    .string()
    .min(1, { error: 'give the brand a display name' })
    .max(TEXT_LIMITS.name, tooLong("the brand's name", TEXT_LIMITS.name)),
  /** The handle with its @, for example "@netflix". */
  handle: z
    .string()
    .regex(/^@[A-Za-z0-9_]{1,30}$/, { error: 'a handle starts with @ and has 1 to 30 letters, digits or _' }),
  /** The brand's colour for its avatar, as #rrggbb. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'expected a colour such as "#e50914"' }),
  /** Followers when the scenario starts: a whole number of at least 1. */
  followers: z.number().int({ error: 'followers must be a whole number' }).min(1).max(1e9),
  /** True when the follower count is an illustration, not a figure from the source. */
  followersIllustrative: z.boolean().default(true),
  /** The declared voice. */
  voice: VoiceSchema,
});

export type Brand = z.infer<typeof BrandSchema>;
export type Voice = z.infer<typeof VoiceSchema>;
