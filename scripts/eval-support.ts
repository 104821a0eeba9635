/**
 * What the evaluation commands share: the library, the analyser, the score a
 * written reply earns at a step, and the public data sets beside the checkout.
 */
import {
  createAnalyser,
  loadLanguageData,
  play,
  routeTo,
  transcriptOf,
  type Analyser,
  type Locale,
  type Scenario,
  type Step,
} from '../src/engine';
import { readScenarioFolder } from '../src/library/scenario-folder';

/** The analyser the game uses, made once. */
export const analyser: Analyser = createAnalyser(await loadLanguageData());

/** The library's scenarios by id. */
export const library: Map<string, Scenario> = new Map(
  readScenarioFolder('scenarios').entries.map((e) => [e.scenario.id, e.scenario]),
);

/** Every step of the library that accepts writing, with its scenario. */
export function freeTextSteps(): { scenario: Scenario; step: Step }[] {
  return [...library.values()].flatMap((scenario) =>
    scenario.steps.filter((s) => s.freeText).map((step) => ({ scenario, step })),
  );
}

/**
 * The score of a run that reaches `step` by the shortest route and answers it
 * with `text` (or the step's choice `choice`), read by `reader`, then stops: what the trainee's
 * reply is worth at that step, everything before it being equal.
 */
export function scoreAt(
  scenario: Scenario,
  stepId: string,
  reply: { text: string; locale: Locale } | { choice: string },
  reader: Analyser = analyser,
): number {
  const route = routeTo(scenario, stepId);
  if (!route) throw new Error(`${scenario.id}: step "${stepId}" cannot be reached`);
  const decision =
    'text' in reply ? { step: stepId, text: reply.text, locale: reply.locale } : { step: stepId, choice: reply.choice };
  return play(scenario, transcriptOf(scenario, [...route, decision]), 1, { analyser: reader, visibleReplies: 0 }).score
    .total;
}

export { DATASETS, readLines } from './support/datasets';
