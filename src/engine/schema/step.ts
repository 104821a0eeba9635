import { z } from 'zod';
import { withCode } from './problem';
import { FEATURE_NAMES, FeaturesSchema } from './features';
import { FeedItemSchema } from './feed';
import { LESSON_VERDICTS } from './lesson';
import { ThreadSchema } from './thread';
import { idReference, idSchema, LocaleSchema, TEXT_LIMITS, textSchema } from './text';

/** The id that ends a path: the trainee goes to the debrief. */
export const DEBRIEF = 'debrief';

/** The most steps a scenario may have: every one is played when the file is checked. The library's longest has 6. */
export const MAX_STEPS = 50;

const id = idSchema();

/** One reply the trainee may pick. */
export const ChoiceSchema = z.strictObject({
  /** A short id, unique within its step. */
  id,
  /** What the button says: a few words that describe the option. */
  label: textSchema(TEXT_LIMITS.name),
  /** The reply exactly as the brand would post it. Leave it out for a choice that posts nothing. */
  post: textSchema(TEXT_LIMITS.post).optional(),
  /** True when this choice posts nothing (staying silent, waiting). */
  silent: z.boolean().default(false),
  /** Simulated minutes between the moment of the decision and the post going out. */
  delayMinutes: z
    .number()
    .min(0)
    .max(60 * 24 * 14)
    .default(5),
  /** What the engine reads from this reply. Ignored for a silent choice. */
  features: FeaturesSchema.default({}),
  /** The step this choice leads to, or "debrief" to end the scenario. */
  next: idReference(),
  /**
   * How this choice stands with the lesson: "follows", "misses" or "against"
   * (see the debrief's lesson). It sets the choice's share of the lesson part
   * of the score; left out, the lesson part reads the choice's features
   * against `debrief.rewards`, and the checker warns.
   */
  lesson: z.enum(LESSON_VERDICTS).optional(),
});

/** Words a scenario adds to what the analyser looks for, per feature: its in-jokes, its taboo words, in any language. */
export const ScenarioCuesSchema = z.partialRecord(z.enum(FEATURE_NAMES), z.array(z.string().min(1).max(80)).max(200));

/** A turn the story takes when a written reply carries a feature strongly enough. */
export const FreeTextBranchSchema = z.strictObject({
  /** The feature that decides, such as "privacyExposure". */
  feature: z.enum(FEATURE_NAMES),
  /** From this value up (0 to 1), the reply takes this branch. */
  atLeast: z.number().min(0).max(1),
  /** The step this branch leads to, or "debrief". */
  next: idReference(),
});

/** The trainee may write their own reply at this step; the analyser turns it into features. */
/** How the author judges a reference reply: what a trainee's own reply can be measured against. */
export const EXEMPLAR_VERDICTS = ['good', 'weak', 'harmful'] as const;

/** A reply the author wrote for a step that accepts writing, in one language, with their verdict and why. */
export const ExemplarSchema = z.strictObject({
  /** The language the reply is written in. */
  locale: LocaleSchema,
  /** The reply as the brand would post it, within the feed's 280 characters. */
  text: z.string().trim().min(1).max(280),
  /** "good" (what an experienced manager would post), "weak" (harmless but misses) or "harmful" (makes things worse). */
  verdict: z.enum(EXEMPLAR_VERDICTS),
  /** Why, in a sentence: shown to the author and used in reviews, not to the trainee. */
  why: z.string().min(1).max(TEXT_LIMITS.line),
});

export const FreeTextSchema = z.strictObject({
  /** The step a written reply leads to, or "debrief" to end the scenario, when no branch applies. */
  next: idReference(),
  /** Where a written reply goes instead when it carries a feature, first match first: a reply that exposes customers meets the backlash. */
  branches: z.array(FreeTextBranchSchema).max(10).optional(),
  /** Simulated minutes between the decision and a written reply going out: writing takes longer than picking. */
  delayMinutes: z
    .number()
    .min(0)
    .max(60 * 24 * 14)
    .default(10),
  /** Read written replies in this language instead of detecting it. */
  language: LocaleSchema.optional(),
  /** Extra words that signal a feature in this scenario, for example "spark joy" for humour in a Marie Kondo joke. */
  cues: ScenarioCuesSchema.optional(),
  /** Reference replies with the author's verdict, a few per language: the bar a written reply, or a pile of cues, is measured against (npm run eval:gaming). */
  exemplars: z.array(ExemplarSchema).max(60).optional(),
});

/** A decision against the clock: when the time runs out, the given choice is taken (often staying silent). */
export const TimerSchema = z.strictObject({
  /** Real seconds the trainee has to decide. */
  seconds: z.number().int().min(5).max(600),
  /** The id of the choice taken when the time runs out. */
  choice: idReference(),
});

/** One decision point: a feed to read and replies to choose from. */
export const StepSchema = z.strictObject({
  /** A short id, unique within the scenario. */
  id,
  /** The step's heading, for example "Adam Rippon's joke". */
  title: textSchema(TEXT_LIMITS.name),
  /**
   * Simulated minutes since the scenario began when this decision is due. Give this or `after`:
   * `after` follows the run as played, so the feed's times and the reaction before it hold together.
   */
  at: z
    .number()
    .min(0)
    .max(60 * 24 * 365)
    .optional(),
  /**
   * Simulated minutes between the previous decision's post going out (or the scenario's start, for a
   * first step) and this decision being due: the reaction to the previous post plays until then.
   */
  after: z
    .number()
    .min(0)
    .max(60 * 24 * 365)
    .optional(),
  /**
   * What is going on, in a sentence or two. It may quote what the previous post drew only through
   * the placeholders the game fills from the run: `{likes}`, `{replies}`, `{reshares}`, `{quotes}`,
   * with ICU plurals (`{replies, plural, =0 {no replies} one {# reply} other {# replies}}`).
   */
  situation: textSchema(TEXT_LIMITS.paragraph),
  /** The posts the trainee reads, newest last. */
  feed: z.array(FeedItemSchema).min(1).max(20),
  /** The question put to the trainee; it may quote the previous post's figures as the situation does. */
  prompt: textSchema(TEXT_LIMITS.line),
  /** The replies to pick from: at least two. */
  choices: z.array(ChoiceSchema).min(2).max(9, withCode('too-many-choices')),
  /** Whether the trainee may write their own reply instead, and where it leads. Leave it out to offer only the choices. */
  freeText: FreeTextSchema.optional(),
  /** A time limit for the decision, and the choice taken when it runs out. Leave it out for no limit. */
  timer: TimerSchema.optional(),
  /** Replies to the brand's post that ask for an answer, and the answers the trainee may give: the step's thread. Leave it out for none. */
  thread: ThreadSchema.optional(),
});

export type Choice = z.infer<typeof ChoiceSchema>;
export type Step = z.infer<typeof StepSchema>;
export type FreeText = z.infer<typeof FreeTextSchema>;
export type Exemplar = z.infer<typeof ExemplarSchema>;
