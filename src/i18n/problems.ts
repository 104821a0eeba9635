import type { Locale, ProblemCode, ScenarioProblem } from '../engine';
import { type MessageKey, t } from './index';

/** Every code the engine gives a problem has its sentence in the catalogue: a missing one fails the build. */
const KEYS: { [C in ProblemCode]: `problem.${C}` & MessageKey } = {
  'file-too-big': 'problem.file-too-big',
  'too-deep': 'problem.too-deep',
  'not-json': 'problem.not-json',
  'newer-format': 'problem.newer-format',
  'more-problems': 'problem.more-problems',
  'checker-stopped': 'problem.checker-stopped',
  'too-slow': 'problem.too-slow',
  'unknown-field': 'problem.unknown-field',
  'missing-field': 'problem.missing-field',
  'wrong-type': 'problem.wrong-type',
  'wrong-value': 'problem.wrong-value',
  'text-form': 'problem.text-form',
  'wrong-form': 'problem.wrong-form',
  'too-few-items': 'problem.too-few-items',
  empty: 'problem.empty',
  'too-short': 'problem.too-short',
  'too-small': 'problem.too-small',
  'too-many-items': 'problem.too-many-items',
  'too-long': 'problem.too-long',
  'too-big': 'problem.too-big',
  invalid: 'problem.invalid',
  'not-listed': 'problem.not-listed',
  'text-no-language': 'problem.text-no-language',
  'source-signed': 'problem.source-signed',
  'feature-range': 'problem.feature-range',
  'weight-range': 'problem.weight-range',
  'mood-range': 'problem.mood-range',
  'handle-form': 'problem.handle-form',
  'colour-form': 'problem.colour-form',
  'id-form': 'problem.id-form',
  'date-form': 'problem.date-form',
  'language-code': 'problem.language-code',
  'web-address': 'problem.web-address',
  difficulty: 'problem.difficulty',
  'schema-version': 'problem.schema-version',
  'locales-once': 'problem.locales-once',
  'reply-line-form': 'problem.reply-line-form',
  'alt-form': 'problem.alt-form',
  'too-many-choices': 'problem.too-many-choices',
  'too-many-answers': 'problem.too-many-answers',
  'duplicate-step': 'problem.duplicate-step',
  'duplicate-segment': 'problem.duplicate-segment',
  'start-missing': 'problem.start-missing',
  'duplicate-choice': 'problem.duplicate-choice',
  'next-missing': 'problem.next-missing',
  'timer-choice-missing': 'problem.timer-choice-missing',
  'written-next-missing': 'problem.written-next-missing',
  unreachable: 'problem.unreachable',
  'no-way-out': 'problem.no-way-out',
  'lesson-path-stops': 'problem.lesson-path-stops',
  'lesson-path-after-end': 'problem.lesson-path-after-end',
  'lesson-path-no-choice': 'problem.lesson-path-no-choice',
  'no-time': 'problem.no-time',
  'both-times': 'problem.both-times',
  'image-control': 'problem.image-control',
  'image-backslash': 'problem.image-backslash',
  'image-web': 'problem.image-web',
  'image-root': 'problem.image-root',
  'image-up': 'problem.image-up',
  'image-name': 'problem.image-name',
  'image-type': 'problem.image-type',
  'image-folder': 'problem.image-folder',
  'unknown-figure': 'problem.unknown-figure',
  'figure-on-first-step': 'problem.figure-on-first-step',
  'thread-silent': 'problem.thread-silent',
  'duplicate-asker': 'problem.duplicate-asker',
  'asker-segment-missing': 'problem.asker-segment-missing',
  'duplicate-answer': 'problem.duplicate-answer',
  'two-private': 'problem.two-private',
  'missing-translation': 'problem.missing-translation',
  'sources-twice': 'problem.sources-twice',
  'no-sources': 'problem.no-sources',
  'quote-partial': 'problem.quote-partial',
  'reply-step-missing': 'problem.reply-step-missing',
  'shares-sum': 'problem.shares-sum',
  'duplicate-id': 'problem.duplicate-id',
  'image-missing': 'problem.image-missing',
  'same-choices': 'problem.same-choices',
  'same-scores': 'problem.same-scores',
  'thread-late': 'problem.thread-late',
  'thread-flat': 'problem.thread-flat',
  'too-many-paths': 'problem.too-many-paths',
  'lesson-not-best': 'problem.lesson-not-best',
  'crowd-prefers': 'problem.crowd-prefers',
  'segment-likes-wrong': 'problem.segment-likes-wrong',
  unjudged: 'problem.unjudged',
  untranslated: 'problem.untranslated',
  'untranslated-more': 'problem.untranslated-more',
};

/**
 * A problem the game found around the engine's checks (a link that failed, a scenario id already
 * taken): a catalogue key and its values, worded when shown, like the engine's problems.
 */
export interface GameProblem {
  file: string;
  path: string;
  line: number;
  column: number;
  key: MessageKey;
  values: Record<string, string | number>;
}

/** A problem as the game lists it: the engine's (a code) or the game's own (a catalogue key). */
export type Problem = ScenarioProblem | GameProblem;

/** The catalogue key of every problem code, for tests that check the three catalogues. */
export const problemKey = (code: ProblemCode): MessageKey => KEYS[code];

/** A problem's sentence in the reader's language, made from the catalogue with its code (or key) and values. */
export function problemMessage(problem: Problem, locale: Locale): string {
  if ('key' in problem) return t(locale, problem.key, problem.values);
  const values = problem.values;
  // Placeholders a message may name though the engine left them out: what the author probably meant, a value's kind.
  return t(locale, KEYS[problem.code], {
    meant: '',
    value: '',
    got: 'other',
    before: '',
    ...values,
    hasMeant: values.meant === undefined ? 'no' : 'yes',
  });
}

/** A problem with its place, in a catalogue message that lays out the file, the line, the column and the path. */
function placed(key: 'problem.line' | 'problem.place', problem: Problem, locale: Locale): string {
  return t(locale, key, {
    file: problem.file,
    line: problem.line,
    column: problem.column,
    path: problem.path || 'none',
    message: problemMessage(problem, locale),
  });
}

/** A problem as one line of the game: the file, where in it, and the sentence, in the reader's language. */
export function problemLine(problem: Problem, locale: Locale): string {
  return placed('problem.line', problem, locale);
}

/**
 * A problem as one line of the command line, `file:line:column  path: sentence`, which editors and
 * terminals turn into a link to the place; in English unless another language is asked.
 */
export function formatProblem(problem: Problem, locale: Locale = 'en'): string {
  return placed('problem.place', problem, locale);
}
