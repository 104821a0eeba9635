/**
 * What is wrong with a scenario file, as a code and the values that fill its sentence. The engine
 * says no words: whoever shows a problem makes its sentence from the catalogue (`problem.<code>`),
 * in the player's language in the game and in English (or the language asked) on the command line.
 */
export const PROBLEM_CODES = [
  // The file as a whole
  'file-too-big',
  'too-deep',
  'not-json',
  'newer-format',
  'more-problems',
  'checker-stopped',
  'too-slow',
  // Zod's own checks, by the kind of issue
  'unknown-field',
  'missing-field',
  'wrong-type',
  'wrong-value',
  'text-form',
  'wrong-form',
  'too-few-items',
  'empty',
  'too-short',
  'too-small',
  'too-many-items',
  'too-long',
  'too-big',
  'invalid',
  'not-listed',
  'text-no-language',
  'source-signed',
  // A field's own form, named where Zod's kind of issue would say too little
  'feature-range',
  'weight-range',
  'mood-range',
  'handle-form',
  'colour-form',
  'id-form',
  'date-form',
  'language-code',
  'web-address',
  'difficulty',
  'schema-version',
  'locales-once',
  'reply-line-form',
  'alt-form',
  'too-many-choices',
  'too-many-answers',
  // The scenario's own rules
  'duplicate-step',
  'duplicate-segment',
  'start-missing',
  'duplicate-choice',
  'next-missing',
  'timer-choice-missing',
  'written-next-missing',
  'unreachable',
  'no-way-out',
  'lesson-path-stops',
  'lesson-path-after-end',
  'lesson-path-no-choice',
  'no-time',
  'both-times',
  'image-control',
  'image-backslash',
  'image-web',
  'image-root',
  'image-up',
  'image-name',
  'image-type',
  'image-folder',
  'unknown-figure',
  'figure-on-first-step',
  'thread-silent',
  'duplicate-asker',
  'asker-segment-missing',
  'duplicate-answer',
  'two-private',
  'missing-translation',
  'sources-twice',
  'no-sources',
  'quote-partial',
  'reply-step-missing',
  'shares-sum',
  'duplicate-id',
  'image-missing',
  // The checker's design problems and warnings
  'same-choices',
  'same-scores',
  'thread-late',
  'thread-flat',
  'too-many-paths',
  'lesson-not-best',
  'crowd-prefers',
  'segment-likes-wrong',
  'unjudged',
  'untranslated',
  'untranslated-more',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** What fills a problem's sentence: ids, names, numbers. `meant` is an id the author probably meant. */
export type ProblemValues = Record<string, string | number>;

/** A problem as the engine says it: a code and the values that fill its sentence. */
export interface Coded {
  code: ProblemCode;
  values: ProblemValues;
}

/** True when a Zod issue's message is one of the codes (see `withCode`), not Zod's own default sentence. */
export const isProblemCode = (message: string): message is ProblemCode =>
  (PROBLEM_CODES as readonly string[]).includes(message);

/**
 * What a Zod custom issue carries so that the loader can give its problem a code: the values in
 * `params`, and the code again as the message Zod requires, never a sentence.
 */
export const coded = (code: ProblemCode, values: ProblemValues = {}): { message: ProblemCode; params: Coded } => ({
  message: code,
  params: { code, values },
});

/**
 * A Zod check's problem code, given as its message, for a check whose kind of issue says too
 * little ("a weight runs from -2 to 2" rather than "must be at least -2"). The loader gives it
 * the values Zod's issue carries: the limit, the value found.
 */
export const withCode = (code: ProblemCode): { error: ProblemCode } => ({ error: code });
