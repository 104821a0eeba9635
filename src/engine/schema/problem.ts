/**
 * What is wrong with a scenario file, as a code and the values that fill its sentence. The engine
 * says no words to a player: the game makes the sentence from the catalogue (`problem.<code>`) in
 * the player's language; the English `message` beside it is for the instructor's command line.
 */
export type ProblemCode =
  // The file as a whole
  | 'file-too-big'
  | 'too-deep'
  | 'not-json'
  | 'newer-format'
  | 'more-problems'
  | 'checker-stopped'
  // Zod's own checks, by the kind of issue
  | 'unknown-field'
  | 'missing-field'
  | 'wrong-type'
  | 'wrong-value'
  | 'text-form'
  | 'wrong-form'
  | 'too-few-items'
  | 'empty'
  | 'too-short'
  | 'too-small'
  | 'too-many-items'
  | 'too-long'
  | 'too-big'
  | 'invalid'
  | 'not-listed'
  | 'text-no-language'
  | 'source-signed'
  // The scenario's own rules
  | 'duplicate-step'
  | 'duplicate-segment'
  | 'start-missing'
  | 'duplicate-choice'
  | 'next-missing'
  | 'timer-choice-missing'
  | 'written-next-missing'
  | 'unreachable'
  | 'no-way-out'
  | 'lesson-path-stops'
  | 'lesson-path-after-end'
  | 'lesson-path-no-choice'
  | 'no-time'
  | 'both-times'
  | 'image-control'
  | 'image-backslash'
  | 'image-web'
  | 'image-root'
  | 'image-up'
  | 'image-name'
  | 'image-type'
  | 'image-folder'
  | 'unknown-figure'
  | 'figure-on-first-step'
  | 'thread-silent'
  | 'duplicate-asker'
  | 'asker-segment-missing'
  | 'duplicate-answer'
  | 'two-private'
  | 'missing-translation'
  | 'sources-twice'
  | 'no-sources'
  | 'quote-partial'
  | 'reply-step-missing'
  | 'shares-sum'
  | 'duplicate-id'
  // The checker's design problems and warnings
  | 'same-choices'
  | 'same-scores'
  | 'thread-late'
  | 'thread-flat'
  | 'too-many-paths'
  | 'lesson-not-best'
  | 'crowd-prefers'
  | 'segment-likes-wrong'
  | 'unjudged'
  | 'untranslated'
  | 'untranslated-more';

/** What fills a problem's sentence: ids, names, numbers. `meant` is an id the author probably meant. */
export type ProblemValues = Record<string, string | number>;

/** A problem as the engine says it: a code, its values, and the English sentence for the command line. */
export interface Coded {
  code: ProblemCode;
  values?: ProblemValues;
}

/** The parameters a Zod custom issue carries so that the loader can give its problem a code. */
export const coded = (code: ProblemCode, values: ProblemValues = {}): { params: Coded } => ({
  params: { code, values },
});
