import type { Locale } from '../../src/engine';
import { problemMessage, type Problem } from '../../src/i18n/problems';

/** What the reader of a problem sees: its sentence made from the catalogue, in English unless told. */
export const problemText = (problem: Problem, locale: Locale = 'en'): string => problemMessage(problem, locale);

/** A problem with the English sentence the instructor reads beside it, for assertions on both. */
export const worded = <P extends Problem>(problem: P): P & { message: string } => ({
  ...problem,
  message: problemText(problem),
});
