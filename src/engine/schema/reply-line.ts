import { z } from 'zod';
import { coded, withCode } from './problem';
import { FEATURE_NAMES } from './features';
import { idReference, limitedString, TEXT_LIMITS, textSchema } from './text';
import { MOVES } from '../text/analysis';

/**
 * What a reply line can answer: a feature of the post (present from 0.3), or a
 * move the analyser read in a written reply ("conditional-apology", "blame"…).
 */
export const ANSWERS = [...FEATURE_NAMES, ...MOVES] as const;
export type Answer = (typeof ANSWERS)[number];

/** A segment's mood before the post, as a line may require it. */
export const MOODS = ['angry', 'calm', 'pleased'] as const;
export type Mood = (typeof MOODS)[number];

/**
 * One of a closed list, checked by a refinement rather than an enum: an enum's
 * failure would make the union below fall back to the plain text's messages
 * ("unknown field") instead of this one. Editors still see the list.
 */
function oneOf<T extends string>(list: readonly T[]) {
  return z
    .string()
    .refine(
      (v): v is T => (list as readonly string[]).includes(v),
      coded('not-listed', { list: list.map((v) => `"${v}"`).join(', ') }),
    )
    .meta({ enum: [...list] });
}

/** Features or moves of the post, at most 8. */
const answers = () => z.array(oneOf(ANSWERS)).max(8).optional();

/** Step ids, at least one when the field is given. */
const stepIds = () => z.array(idReference()).min(1).max(50).optional();

/**
 * A reply line with what it answers, so that it is said only to a post it fits:
 * "Clever AND clean" is never said to an innuendo, "thank you for listening" only
 * after the brand has changed course.
 */
export const TaggedReplyLineSchema = z.strictObject({
  /** The line in each language. "{quote}" stands for words of a written reply, quoted back: "“{quote}” 😂 ok this is gold". */
  text: textSchema(TEXT_LIMITS.line),
  /** Said only when the post carries every one of these: a line that laughs at a joke requires "humour". */
  requires: answers(),
  /** Said only when the post carries at least one of these: "talks back" needs "personalAddress" or "invitation". */
  anyOf: answers(),
  /** Never said when the post carries any of these: "Clever AND clean" contradicts "edge". */
  contradicts: answers(),
  /** Said only in answer to these steps: a line that thanks the brand for a reversal belongs to the step that makes it. */
  steps: stepIds(),
  /** Said only once the run has gone through one of these steps before the one answered. */
  after: stepIds(),
  /** Said only when an earlier post of the run carried every one of these: "Now you apologise?" needs an earlier "mockery". */
  earlier: answers(),
  /** Said only by a segment in this mood before the post: "angry" (below −0.2), "calm" or "pleased" (above 0.2). */
  mood: oneOf(MOODS).optional(),
});

/**
 * A line's text alone. An object with a "text" field is a tagged line: this
 * branch refuses it outright, so that a mistake in its tags is reported as such.
 */
const plainLine = z.union([
  limitedString(TEXT_LIMITS.line),
  z
    .strictObject({
      en: limitedString(TEXT_LIMITS.line).optional(),
      fr: limitedString(TEXT_LIMITS.line).optional(),
      it: limitedString(TEXT_LIMITS.line).optional(),
      text: z.never().optional(),
    })
    .refine((t) => Object.keys(t).length > 0, coded('text-no-language')),
]);

/** A reply line: a text alone (said to any post), or a text with what it answers. */
export const ReplyLineSchema = z.union([TaggedReplyLineSchema, plainLine], withCode('reply-line-form'));

export type TaggedReplyLine = z.infer<typeof TaggedReplyLineSchema>;
export type ReplyLine = z.infer<typeof ReplyLineSchema>;

/**
 * Checks what the segments' lines refer to: each step a line names exists,
 * and a line that quotes the post ("{quote}") does so in every language.
 */
export function checkReplyLines(
  scenario: {
    steps: { id: string }[];
    audience: { segments: { replies?: Partial<Record<string, ReplyLine[] | undefined>> }[] };
  },
  ctx: z.RefinementCtx,
): void {
  const steps = new Set(scenario.steps.map((s) => s.id));
  scenario.audience.segments.forEach((segment, si) => {
    for (const [sentiment, lines] of Object.entries(segment.replies ?? {})) {
      (lines ?? []).forEach((line, li) => {
        const path = ['audience', 'segments', si, 'replies', sentiment, li];
        const tagged = typeof line === 'object' && 'text' in line ? (line as TaggedReplyLine) : null;
        const text = tagged ? tagged.text : (line as TaggedReplyLine['text']);
        const texts =
          typeof text === 'string' ? [text] : text !== null && typeof text === 'object' ? Object.values(text) : [];
        const quoting = texts.filter((t) => typeof t === 'string' && t.includes('{quote}')).length;
        if (quoting > 0 && quoting < texts.length) {
          ctx.addIssue({
            code: 'custom',
            path: tagged ? [...path, 'text'] : path,
            ...coded('quote-partial', { marker: '{quote}' }),
          });
        }
        for (const field of ['steps', 'after'] as const) {
          const ids: unknown = tagged?.[field];
          if (!Array.isArray(ids)) continue;
          ids.forEach((id: unknown, i) => {
            if (typeof id === 'string' && !steps.has(id))
              ctx.addIssue({
                code: 'custom',
                path: [...path, field, i],
                ...coded('reply-step-missing', { id, steps: [...steps].map((s) => `"${s}"`).join(', ') }),
              });
          });
        }
      });
    }
  });
}
