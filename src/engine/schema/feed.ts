import { z } from 'zod';
import { withCode } from './problem';
import { ImageSchema } from './image';
import { limitedString, TEXT_LIMITS, textSchema } from './text';

const count = z.number().int().min(0);

/** A post in the feed the trainee reads before deciding. */
export const FeedItemSchema = z.strictObject({
  /** The author's display name. */
  author: limitedString(TEXT_LIMITS.name),
  /** The author's handle with its @. */
  handle: z.string().regex(/^@[A-Za-z0-9_]{1,30}$/, withCode('handle-form')),
  /** True when the post is the brand's own. */
  fromBrand: z.boolean().default(false),
  /** True when the post comes from a rival brand's account, which the feed marks as such. */
  fromRival: z.boolean().default(false),
  /** Minutes before the decision that the post went out. */
  minutesAgo: z
    .number()
    .min(0)
    .max(60 * 24 * 365),
  /** What the post says. Real posts stay in their original words (a plain string). */
  text: textSchema(TEXT_LIMITS.post),
  /**
   * A picture posted with the text, such as a photo of cold fries: a file of the project,
   * with its alternative text in each of the scenario's languages (see docs/authoring.md, "Images").
   */
  image: ImageSchema.optional(),
  /** Shown counts, only where the source reports them. */
  likes: count.optional(),
  reshares: count.optional(),
  replies: count.optional(),
  /** A note under the post, such as "Quoted from the reports of the time". */
  note: textSchema(TEXT_LIMITS.line).optional(),
});

export type FeedItem = z.infer<typeof FeedItemSchema>;
