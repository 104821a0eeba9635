/**
 * Threads: replies to the brand's own post that ask for an answer, and the answers the trainee
 * may give them. A step that declares a thread pauses its reaction on these replies; each answer
 * is appraised by the asker's segment, as the post was, and moves that segment's mood and trust.
 */
import { z } from 'zod';
import { withCode } from './problem';
import { FeaturesSchema } from './features';
import { LESSON_VERDICTS } from './lesson';
import { idSchema, limitedString, TEXT_LIMITS, textSchema } from './text';

/** What a reply asks of the brand: the scene and the debrief name it. */
export const ASKER_WANTS = ['refund', 'answer', 'comment', 'apology', 'fix'] as const;
export type AskerWant = (typeof ASKER_WANTS)[number];

/** The most replies a thread may ask the trainee to answer: a few, read one by one. */
export const MAX_ASKERS = 4;

/** One answer the trainee may give an asker. */
export const ThreadAnswerSchema = z.strictObject({
  /** A short id, unique among this asker's answers. */
  id: idSchema(),
  /** What the button says: a few words that describe the answer. */
  label: textSchema(TEXT_LIMITS.name),
  /** The answer exactly as the brand would post it under the asker's reply. */
  post: textSchema(TEXT_LIMITS.post),
  /**
   * True when the answer moves the conversation to private messages: only the asker reads what
   * follows, so the onlookers' reactions are few and the segment's trust moves less. At most one
   * answer of an asker is private; the scene offers it as "Move to private messages".
   */
  private: z.boolean().default(false),
  /** What the engine reads from this answer, as from a choice; the asker's segment appraises it. */
  features: FeaturesSchema.default({}),
  /**
   * How this answer stands with the lesson: "follows", "misses" or "against", as for a choice.
   * The debrief names an answer against the lesson, and it costs the lesson part as a post
   * against it does, at an answer's weight. Left out, its features are read against
   * `debrief.rewards`.
   */
  lesson: z.enum(LESSON_VERDICTS).optional(),
});

/** A reply that asks the brand for an answer: an angry customer, a fan with a question, a journalist. */
export const AskerSchema = z.strictObject({
  /** A short id, unique within the thread. */
  id: idSchema(),
  /** The audience segment the asker belongs to: their answer is appraised with that segment's values and moves its mood and trust. */
  segment: z.string().min(1),
  /** The asker's display name: invented, never a real person's. */
  author: limitedString(TEXT_LIMITS.name),
  /** The asker's handle with its @. */
  handle: z.string().regex(/^@[A-Za-z0-9_]{1,30}$/, withCode('handle-form')),
  /** Simulated minutes after the brand's post that the reply arrives: the reaction pauses on it then. */
  minutesAfter: z
    .number()
    .min(1)
    .max(60 * 24),
  /** The reply as the asker writes it. */
  text: textSchema(TEXT_LIMITS.post),
  /** What the asker wants: "refund", "answer" (a question), "comment" (a journalist), "apology" or "fix". */
  wants: z.enum(ASKER_WANTS),
  /** The answers the trainee may pick, one to five; the trainee may also leave the reply unanswered. */
  answers: z.array(ThreadAnswerSchema).min(1).max(5, withCode('too-many-answers')),
});

/** The replies that ask for an answer after the step's post, and whether the trainee may write their own answers. */
export const ThreadSchema = z.strictObject({
  /** The question put to the trainee above the replies, for example "Some replies ask you something. Answer?" */
  prompt: textSchema(TEXT_LIMITS.line),
  /** The replies that ask for an answer, in the order they arrive. */
  askers: z.array(AskerSchema).min(1).max(MAX_ASKERS),
  /** Whether the trainee may write their own answer (read by the analyser) as well as pick one. */
  freeText: z.boolean().default(true),
});

export type ThreadAnswer = z.infer<typeof ThreadAnswerSchema>;
export type Asker = z.infer<typeof AskerSchema>;
export type Thread = z.infer<typeof ThreadSchema>;
