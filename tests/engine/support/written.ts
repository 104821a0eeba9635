import { play, routeTo, transcriptOf, type Locale, type Scenario } from '../../../src/engine';
import { explainWritten } from '../../../src/i18n/written';
import { TEST_ANALYSER, WITH_ANALYSER } from '../../support/analyser';

/** A run that reaches `step` by the shortest route and answers it with `text`: its outcome, the written step, and what the debrief says of it. */
export function answer(scenario: Scenario, step: string, text: string, locale: Locale) {
  const outcome = play(
    scenario,
    transcriptOf(scenario, [...routeTo(scenario, step)!, { step, text, locale }]),
    1,
    WITH_ANALYSER,
  );
  const written = outcome.steps[outcome.steps.length - 1]!;
  return { outcome, written, debrief: explainWritten(scenario, written, locale) };
}

/** The moves the analyser reads in a reply, by name. */
export const movesOf = (text: string, locale: Locale) =>
  TEST_ANALYSER.analyse(text, { language: locale }).moves.map((m) => m.move);
